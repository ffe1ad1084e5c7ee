package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foi.api.application.Caller;
import uk.foi.api.application.CaseloadService;
import uk.foi.api.application.RequestService;
import uk.foi.api.application.Roles;
import uk.foi.api.application.Sha256;
import uk.foi.api.store.RequestSearch;
import uk.foi.core.authority.Authority;
import uk.foi.core.disclosure.PersonalDataFinder;
import uk.foi.core.request.Channel;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.Intake;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.RequestText;
import uk.foi.core.request.Requester;
import uk.foi.core.request.Status;
import uk.foi.deadlines.Regime;

/** Intake, reading and searching requests, the requester's details and the audit trail. */
@Controller("/requests")
public class RequestController {

    private static final PersonalDataFinder PERSONAL_DATA = new PersonalDataFinder();

    private final RequestService service;
    private final CaseloadService caseload;
    private final FoiOffice office;
    private final JsonMapper json;

    RequestController(RequestService service, CaseloadService caseload, FoiOffice office, JsonMapper json) {
        this.service = service;
        this.caseload = caseload;
        this.office = office;
        this.json = json;
    }

    /**
     * A new request as staff log it.
     *
     * @param receivedOn the date of receipt; today if absent
     * @param channel    how it arrived
     * @param text       the request as asked, with its numbered questions
     * @param requester  who sent it; stored apart from the request
     * @param regime     the regime to handle it under, one the authority is subject to; its main one if absent
     */
    @Serdeable
    public record IntakeBody(@Nullable LocalDate receivedOn, @NotNull Channel channel,
            @NotBlank @Size(max = RequestText.MAX_LENGTH) String text, @NotNull @Valid RequesterBody requester,
            @Nullable Regime regime) {
    }

    /**
     * The requester: personal data, seen only by caseworkers and managers.
     *
     * @param name          how to address them (FOIA s8(1)(b))
     * @param email         an email address for correspondence
     * @param postalAddress or a postal one
     */
    @Serdeable
    public record RequesterBody(@NotBlank @Size(max = 500) String name, @Nullable @Email @Size(max = 320) String email,
            @Nullable @Size(max = 2000) String postalAddress) {
    }

    /**
     * Logs a request and computes its deadlines.
     *
     * @param auth the caller
     * @param body the request
     * @return 201 with the request, its deadlines, its Location and ETag
     */
    @Post
    @Secured({Roles.CASEWORKER, Roles.MANAGER})
    public HttpResponse<Views.RequestView> receive(Authentication auth, @Valid @Body IntakeBody body,
            @Nullable @Header("Idempotency-Key") String idempotencyKey) {
        Caller caller = Callers.of(auth);
        Authority authority = service.authorityOf(caller);
        LocalDate today = office.today();
        LocalDate receivedOn = body.receivedOn() == null ? today : body.receivedOn();
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (receivedOn.isAfter(today)) {
            errors.add(new ApiProblem.FieldError("receivedOn", receivedOn + " is after today (" + today + ")"));
        }
        office.outsideCalendar(receivedOn).ifPresent(why -> errors.add(new ApiProblem.FieldError("receivedOn",
                why)));
        Regime regime = body.regime() == null ? authority.regime() : body.regime();
        if (!authority.regimes().contains(regime)) {
            errors.add(new ApiProblem.FieldError("regime", regime + " is not a regime " + authority.name()
                    + " is subject to: " + authority.regimes()));
        }
        if (!body.channel().written() && (regime == Regime.FOIA || regime == Regime.FOISA)) {
            errors.add(new ApiProblem.FieldError("channel", body.channel() + " is oral; " + regime
                    + " s8(1)(a) needs a request in writing"));
        }
        Requester requester = null;
        try {
            requester = new Requester(body.requester().name(), Optional.ofNullable(body.requester().email())
                    .filter(e -> !e.isBlank()), Optional.ofNullable(body.requester().postalAddress())
                    .filter(a -> !a.isBlank()));
        } catch (IllegalArgumentException e) {
            errors.add(new ApiProblem.FieldError("requester", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        RequestService.Received received = service.receive(caller,
                new Intake(RequestId.random(), receivedOn, body.channel(), body.text(), Optional.of(regime)), requester,
                idempotency(idempotencyKey, body));
        FoiRequest r = received.request();
        MutableHttpResponse<Views.RequestView> created = HttpResponse.created(view(r))
                .header(HttpHeaders.LOCATION, "/requests/" + r.id()).header(HttpHeaders.ETAG, etag(r));
        return received.replayed() ? created.header("Idempotent-Replayed", "true") : created;
    }

    /**
     * An intake's Idempotency-Key (draft-ietf-httpapi-idempotency-key-header) with the fingerprint of its body: a
     * retry with the same key and body gets the first request back; the same key with another body is refused.
     */
    private Optional<RequestService.IdempotencyKey> idempotency(@Nullable String key, IntakeBody body) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            throw ApiProblem.invalid("Idempotency-Key", "must be 1 to 255 visible ASCII characters, such as a UUID");
        }
        try {
            return Optional.of(new RequestService.IdempotencyKey(key, Sha256.of(json.writeValueAsBytes(body))));
        } catch (IOException e) {
            throw new IllegalStateException("cannot fingerprint the intake", e);
        }
    }

    /**
     * @param auth the caller
     * @param id   the request
     * @return the request with every deadline and its working
     */
    @Get("/{id}")
    @Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public HttpResponse<Views.RequestView> get(Authentication auth, @PathVariable String id) {
        FoiRequest r = service.get(Callers.of(auth), requestId(id));
        return HttpResponse.ok(view(r)).header(HttpHeaders.ETAG, etag(r));
    }

    /**
     * @param auth the caller
     * @param id   the request
     * @return the deadlines, each with its working, and the events that drove them
     */
    @Get("/{id}/timeline")
    @Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public TimelineView timeline(Authentication auth, @PathVariable String id) {
        Caller caller = Callers.of(auth);
        FoiRequest r = service.get(caller, requestId(id));
        List<Views.AuditView> history = service.audit(caller, r.id()).stream().map(a -> Views.AuditView.of(
                a.sequence(), a.type(), a.command(), a.actor(), a.occurredAt(), a.event())).toList();
        return new TimelineView(r.id().toString(), r.reference(), office.today(),
                office.deadlines(r).stream().map(Views.DeadlineView::of).toList(), history);
    }

    /**
     * @param id        the request
     * @param reference its reference
     * @param today     the day the states are judged on
     * @param deadlines the deadlines, response first
     * @param history   the audit trail: who did what, when
     */
    @Serdeable
    public record TimelineView(String id, String reference, LocalDate today, List<Views.DeadlineView> deadlines,
            List<Views.AuditView> history) {
    }

    /**
     * @param auth the caller, a caseworker or manager of the authority
     * @param id   the request
     * @return the requester's personal data
     */
    @Get("/{id}/requester")
    @Secured({Roles.CASEWORKER, Roles.MANAGER})
    public Views.RequesterView requester(Authentication auth, @PathVariable String id) {
        return Views.RequesterView.of(service.requester(Callers.of(auth), requestId(id)));
    }

    /**
     * The section 17 check of the response as it stands: what issuing it today would check, so that staff see the
     * findings, part by part, before they send it.
     *
     * @param auth the caller
     * @param id   the request
     * @return the findings: errors would block the response
     */
    @Get("/{id}/response-check")
    @Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public ReferenceController.CheckView responseCheck(Authentication auth, @PathVariable String id) {
        FoiRequest r = service.get(Callers.of(auth), requestId(id));
        var report = office.checkResponse(r);
        return new ReferenceController.CheckView(report.errors(), report.warnings());
    }

    /**
     * A suggestion of personal data in the wording.
     *
     * @param kind  what it looks like: EMAIL, PHONE, ADDRESS, POSTCODE, NI_NUMBER or NAME
     * @param words the same in words
     * @param found the text found
     */
    @Serdeable
    public record SuggestionView(PersonalDataFinder.Kind kind, String words, String found) {
    }

    /**
     * @param published   whether the response is on the disclosure log now
     * @param text        the wording to start from: the published wording if published, otherwise the request as
     *                    asked with what looks like personal data replaced by "[name removed]" and the like
     * @param suggestions what looks like personal data in the request as asked (or in the published wording, once
     *                    published): for staff to check, since a pattern cannot find every name
     */
    @Serdeable
    public record PublicationDraft(boolean published, String text, List<SuggestionView> suggestions) {
    }

    /**
     * A draft of the wording to publish on the disclosure log. It shows the requester's own words, so only the roles
     * that see the request's personal data may ask for it.
     *
     * @param auth the caller
     * @param id   the request
     * @return the draft
     */
    @Get("/{id}/publication-draft")
    @Secured({Roles.CASEWORKER, Roles.MANAGER})
    public PublicationDraft publicationDraft(Authentication auth, @PathVariable String id) {
        FoiRequest r = service.get(Callers.of(auth), requestId(id));
        String source = r.publication().map(FoiRequest.Publication::text).orElse(r.text().asReceived());
        List<PersonalDataFinder.Suggestion> found = PERSONAL_DATA.find(source);
        return new PublicationDraft(r.publication().isPresent(), r.publication().isPresent() ? source
                : PersonalDataFinder.redact(source, found), found.stream()
                        .map(f -> new SuggestionView(f.kind(), f.kind().words(), f.found())).toList());
    }

    /**
     * @param byStatus how many requests are in each status (statuses with none are left out)
     * @param overdue  how many have a deadline the authority had to meet already passed
     * @param total    how many in all
     */
    @Serdeable
    public record CountsView(java.util.Map<Status, Long> byStatus, long overdue, long total) {
    }

    /**
     * How many requests there are in each status, and how many are overdue: a caseload's counts, for the same
     * filters as the list (not its status or overdue filters, which are what is counted).
     *
     * @param auth         the caller
     * @param regime       this regime
     * @param assignee     assigned to this caseworker
     * @param team         owned by this team
     * @param receivedFrom received on or after
     * @param receivedTo   received on or before
     * @param q            words in the reference or request
     * @return the counts
     */
    @Get("/counts")
    @Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public CountsView counts(Authentication auth, @Nullable @QueryValue Regime regime,
            @Nullable @QueryValue String assignee, @Nullable @QueryValue String team,
            @Nullable @QueryValue LocalDate receivedFrom, @Nullable @QueryValue LocalDate receivedTo,
            @Nullable @QueryValue String q) {
        RequestSearch.Counts counts = caseload.counts(Callers.of(auth), filter(null, regime, assignee, team, null,
                null, receivedFrom, receivedTo, q));
        return new CountsView(counts.byStatus(), counts.overdue(),
                counts.byStatus().values().stream().mapToLong(Long::longValue).sum());
    }

    /**
     * Lists the authority's requests, newest first or (a caseload) the soonest statutory date first.
     *
     * @param auth         the caller
     * @param status       any of these statuses
     * @param regime       this regime
     * @param assignee     assigned to this caseworker
     * @param team         owned by this team
     * @param dueBefore    with a deadline the authority must meet before this day
     * @param overdue      true: only overdue; false: only not overdue
     * @param receivedFrom received on or after
     * @param receivedTo   received on or before
     * @param q            words in the reference or request
     * @param limit        page size, 1 to 100 (20)
     * @param cursor       the {@code next} of the previous page
     * @param sort         {@code received} (newest first, the default) or {@code due} (the next statutory date
     *                     first, none last)
     * @return a page, each request with its working days left
     */
    @Get
    @Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public Views.PageView list(Authentication auth, @Nullable @QueryValue List<Status> status,
            @Nullable @QueryValue Regime regime, @Nullable @QueryValue String assignee,
            @Nullable @QueryValue String team, @Nullable @QueryValue LocalDate dueBefore,
            @Nullable @QueryValue Boolean overdue, @Nullable @QueryValue LocalDate receivedFrom,
            @Nullable @QueryValue LocalDate receivedTo, @Nullable @QueryValue String q,
            @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue String sort) {
        RequestSearch.Sort order = sort == null || sort.equals("received") ? RequestSearch.Sort.RECEIVED
                : sort.equals("due") ? RequestSearch.Sort.DUE
                : null;
        if (order == null) {
            throw ApiProblem.invalid("sort", "must be received or due");
        }
        Optional<RequestSearch.Cursor> after = Paging.cursor(cursor, order);
        int size = Paging.limit(limit, RequestSearch.MAX_LIMIT);
        RequestSearch.Page page = caseload.page(Callers.of(auth), filter(status, regime, assignee, team, dueBefore,
                overdue, receivedFrom, receivedTo, q), order, after, size);
        return new Views.PageView(page.items(), page.next().orElse(null));
    }

    private RequestSearch.Filter filter(@Nullable List<Status> status, @Nullable Regime regime,
            @Nullable String assignee, @Nullable String team, @Nullable LocalDate dueBefore, @Nullable Boolean overdue,
            @Nullable LocalDate receivedFrom, @Nullable LocalDate receivedTo, @Nullable String q) {
        if (receivedFrom != null && receivedTo != null && receivedFrom.isAfter(receivedTo)) {
            throw ApiProblem.invalid("receivedFrom", "is after receivedTo");
        }
        return new RequestSearch.Filter(status == null ? List.of() : status, Optional.ofNullable(regime),
                Optional.ofNullable(assignee), Optional.ofNullable(team), Optional.ofNullable(dueBefore),
                Optional.ofNullable(overdue), Optional.ofNullable(receivedFrom), Optional.ofNullable(receivedTo),
                Optional.ofNullable(q).filter(t -> !t.isBlank()), office.today());
    }

    Views.RequestView view(FoiRequest r) {
        return Views.request(r, office.deadlines(r));
    }

    static String etag(FoiRequest r) {
        return "\"" + r.version() + "\"";
    }

    static RequestId requestId(String id) {
        try {
            return RequestId.parse(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound("no request " + id + ": request ids are UUIDs");
        }
    }
}
