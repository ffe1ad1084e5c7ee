package uk.foi.api.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import uk.foi.api.application.CalendarService;
import uk.foi.api.application.Roles;
import uk.foi.api.store.CalendarFeeds;
import uk.foi.api.store.RequestSearch;
import uk.foi.deadlines.DeadlineKind;

/**
 * The deadlines in force as an iCalendar (RFC 5545) feed, per caseworker or team, so staff see them in Outlook.
 *
 * <p>A calendar app subscribes by URL and cannot send a bearer token; wave 1 put one in the URL, which leaks with
 * the URL and could write. Now a signed-in user makes a <b>feed</b> ({@code POST /calendar/feeds}): the answer holds
 * a URL with a random token, shown once; only the token's SHA-256 is stored; the token reads that one caseworker's or
 * team's deadlines and nothing else; the owner (or a manager or administrator) revokes it with
 * {@code DELETE /calendar/feeds/{id}}. API clients read {@code GET /calendar/deadlines.ics} with their bearer token.
 *
 * <p>The calendar is written by ical4j's validating outputter: one DTSTAMP per event, lines folded at 75 octets,
 * links absolute ({@code FOI_PUBLIC_URL}, else the address the call came to), and an empty feed still a valid
 * VCALENDAR (it always carries the Europe/London time zone, RFC 5545 s3.6 requiring one component at least).
 */
@Controller("/calendar")
@Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
public class CalendarController {

    private static final MediaType ICS = MediaType.of("text/calendar");
    /** Loads Europe/London's definition once and keeps it, rather than on every feed read. */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final CalendarService calendar;
    private final Clock clock;
    private final Optional<String> publicUrl;

    CalendarController(CalendarService calendar, Clock clock, @Value("${foi.public-url:}") String publicUrl) {
        this.calendar = calendar;
        this.clock = clock;
        this.publicUrl = Optional.of(publicUrl.trim()).filter(u -> !u.isEmpty()).map(CalendarController::trimSlash);
    }

    /**
     * What a feed shows: exactly one of the two.
     *
     * @param assignee one caseworker's deadlines (a caseworker or auditor may only ask for their own)
     * @param team     one team's deadlines
     */
    @Serdeable
    public record FeedBody(@Nullable @Size(min = 1, max = 200) String assignee,
            @Nullable @Size(min = 1, max = 200) String team) {
    }

    /**
     * A feed as listed.
     *
     * @param id         its id, to revoke it
     * @param owner      who made it
     * @param assignee   the caseworker it shows, or null
     * @param team       the team it shows, or null
     * @param createdAt  when it was made
     * @param lastUsedAt when a calendar app last read it, or null
     */
    @Serdeable
    public record FeedView(UUID id, String owner, @Nullable String assignee, @Nullable String team,
            Instant createdAt, @Nullable Instant lastUsedAt) {
    }

    /**
     * A feed just made: the only time its URL is shown.
     *
     * @param feed the feed
     * @param url  the URL to subscribe to; it holds the feed's token
     */
    @Serdeable
    public record NewFeed(FeedView feed, String url) {
    }

    /**
     * @param auth     the caller
     * @param assignee only this caseworker's requests
     * @param team     only this team's requests
     * @param request  the call, for absolute links
     * @return the deadlines in force, as all-day events
     */
    @Get("/deadlines.ics")
    @Produces("text/calendar")
    public HttpResponse<String> deadlines(Authentication auth, @Nullable @QueryValue String assignee,
            @Nullable @QueryValue String team, HttpRequest<?> request) {
        Optional<String> who = Optional.ofNullable(assignee);
        Optional<String> which = Optional.ofNullable(team);
        return ics(calendar.deadlines(Callers.of(auth), who, which), who, which, request);
    }

    /**
     * @param auth    the caller
     * @param body    whose deadlines
     * @param request the call, for the URL
     * @return 201 with the feed and its URL, shown this once
     */
    @Post("/feeds")
    public HttpResponse<NewFeed> create(Authentication auth, @Valid @Body FeedBody body, HttpRequest<?> request) {
        CalendarService.NewFeed made = calendar.create(Callers.of(auth), Optional.ofNullable(body.assignee()),
                Optional.ofNullable(body.team()));
        return HttpResponse.<NewFeed>status(HttpStatus.CREATED).body(new NewFeed(view(made.feed()),
                base(request) + "/calendar/feeds/" + made.token() + "/deadlines.ics"));
    }

    /**
     * @param auth the caller
     * @return the caller's feeds in force; a manager's or administrator's list has the whole authority's
     */
    @Get("/feeds")
    public List<FeedView> list(Authentication auth) {
        return calendar.feeds(Callers.of(auth)).stream().map(CalendarController::view).toList();
    }

    /**
     * @param auth the caller
     * @param id   the feed
     * @return 204; its URL answers 404 from now on
     */
    @Delete("/feeds/{id}")
    public HttpResponse<Void> revoke(Authentication auth, @PathVariable UUID id) {
        calendar.revoke(Callers.of(auth), id);
        return HttpResponse.noContent();
    }

    /**
     * @param token   the feed's token, from its URL
     * @param request the call, for absolute links
     * @return the feed's deadlines; 404 for a token that is unknown or revoked
     */
    @Get("/feeds/{token}/deadlines.ics")
    @Produces("text/calendar")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<String> feed(@PathVariable @Size(max = 100) String token, HttpRequest<?> request) {
        CalendarService.Fetched fetched = calendar.fetch(token);
        return ics(fetched.entries(), Optional.ofNullable(fetched.feed().assignee()),
                Optional.ofNullable(fetched.feed().team()), request);
    }

    private HttpResponse<String> ics(List<RequestSearch.CalendarEntry> entries, Optional<String> assignee,
            Optional<String> team, HttpRequest<?> request) {
        String base = base(request);
        Calendar calendar = new Calendar().withProdId(new ProdId("-//FOI toolkit//foi-api//EN").getValue())
                .withProperty(ImmutableVersion.VERSION_2_0).withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new XProperty("X-WR-CALNAME", "FOI deadlines" + assignee.map(a -> ": " + a)
                        .or(() -> team.map(t -> ": team " + t)).orElse("")))
                .withComponent(ZONES.getTimeZone("Europe/London").getVTimeZone())
                .getFluentTarget();
        DtStamp stamp = new DtStamp(clock.instant());
        for (RequestSearch.CalendarEntry d : entries) {
            DeadlineKind kind = DeadlineKind.valueOf(d.kind());
            String link = base + "/requests/" + d.requestId() + "/timeline";
            VEvent event = new VEvent(d.due(), d.reference() + ": " + kind.description());
            event.replace(stamp); // the constructor stamps the wall clock; the feed says when it was made
            event.add(new Uid(d.requestId() + "-" + d.kind() + "@foi-toolkit"));
            event.add(new Url(URI.create(link)));
            event.add(new Description(kind.description() + " (" + switch (kind.party()) {
                case AUTHORITY -> "the authority must act";
                case REQUESTER -> "the requester's window";
                case EITHER -> "either side may act";
            } + ")\n" + d.rule()
                    + (d.assignee() == null ? "" : "\nAssigned to " + d.assignee())
                    + (d.team() == null ? "" : ", team " + d.team()) + "\n" + link));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("the calendar feed is not valid iCalendar", e);
        }
        return HttpResponse.ok(out.toString()).contentType(ICS);
    }

    /** Where links point: FOI_PUBLIC_URL, or the scheme and host the call came to. */
    private String base(HttpRequest<?> request) {
        return publicUrl.orElseGet(() -> {
            String host = request.getHeaders().get("Host");
            String scheme = request.getHeaders().get("X-Forwarded-Proto");
            if (scheme == null || !(scheme.equals("https") || scheme.equals("http"))) {
                scheme = request.isSecure() ? "https" : "http";
            }
            return scheme + "://" + (host == null || host.isBlank() ? "localhost" : host);
        });
    }

    private static FeedView view(CalendarFeeds.Feed f) {
        return new FeedView(f.id(), f.owner(), f.assignee(), f.team(), f.createdAt(), f.lastUsedAt());
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
