package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import uk.foi.api.store.RequestSearch;
import uk.foi.deadlines.DeadlineKind;

/**
 * An iCalendar (RFC 5545) feed of the deadlines in force, per caseworker or team, so staff can subscribe from
 * Outlook. Calendar clients cannot send a bearer header, so this path also takes the token as
 * {@code ?access_token=} (see {@link QueryTokenReader}); use a token with only the reading role for the feed.
 */
@Controller("/calendar")
@Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
public class CalendarController {

    private static final MediaType ICS = MediaType.of("text/calendar");

    private final RequestService service;
    private final RequestSearch search;
    private final Clock clock;

    CalendarController(RequestService service, RequestSearch search, Clock clock) {
        this.service = service;
        this.search = search;
        this.clock = clock;
    }

    /**
     * @param auth     the caller
     * @param assignee only this caseworker's requests
     * @param team     only this team's requests
     * @return all-day events, one per deadline in force
     */
    @Get("/deadlines.ics")
    @Produces("text/calendar")
    public HttpResponse<String> deadlines(Authentication auth, @Nullable @QueryValue String assignee,
            @Nullable @QueryValue String team) {
        Caller caller = Caller.of(auth);
        service.authorityOf(caller);
        Calendar calendar = new Calendar().withProdId(new ProdId("-//FOI toolkit//foi-api//EN").getValue())
                .withProperty(ImmutableVersion.VERSION_2_0).withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        DtStamp stamp = new DtStamp(clock.instant().atOffset(ZoneOffset.UTC).toInstant());
        for (RequestSearch.CalendarEntry d : search.deadlines(caller.authority(), Optional.ofNullable(assignee),
                Optional.ofNullable(team))) {
            DeadlineKind kind = DeadlineKind.valueOf(d.kind());
            VEvent event = new VEvent(d.due(), d.reference() + ": " + kind.description());
            event.add(new Uid(d.requestId() + "-" + d.kind() + "@foi-toolkit"));
            event.add(stamp);
            event.add(new Description(kind.description() + " (" + (kind.party() == DeadlineKind.Party.AUTHORITY
                    ? "the authority must act" : "the requester's window") + ")\n" + d.rule()
                    + (d.assignee() == null ? "" : "\nAssigned to " + d.assignee())
                    + (d.team() == null ? "" : ", team " + d.team()) + "\n/requests/" + d.requestId()
                    + "/timeline"));
            calendar.add(event);
        }
        return HttpResponse.ok(calendar.toString()).contentType(ICS);
    }
}
