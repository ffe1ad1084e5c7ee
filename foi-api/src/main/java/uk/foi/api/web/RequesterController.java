package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.foi.api.application.RequesterService;
import uk.foi.api.application.RequesterService.Purpose;
import uk.foi.api.application.Roles;
import uk.foi.api.store.Requesters;

/**
 * A requester across their requests, for the few reasons the law gives to look (issue 19, requester data): whether a
 * request repeats an earlier one or is vexatious (FOIA s14; EIR reg 12(4)(b)), whether requests may be aggregated for
 * the cost limit (SI 2004/3244 reg 5: requests by the same person, or people acting together, within 60 working
 * days), and a requester's own request for their personal data (UK GDPR Art 15). Managers only; each look-up is logged
 * with its purpose, and the log is read by auditors and admins. Searches are sent in the body, never the address, so
 * that the personal data looked for stays out of access logs.
 */
@Controller("/requesters")
public class RequesterController {

    private final RequesterService requesters;
    private final Clock clock;

    RequesterController(RequesterService requesters, Clock clock) {
        this.requesters = requesters;
        this.clock = clock;
    }

    /**
     * @param email   their email address, matched whatever its case
     * @param name    or their name, matched whatever its case and spacing
     * @param purpose why
     */
    @Serdeable
    public record Search(@Nullable @Email @Size(max = 320) String email, @Nullable @Size(max = 200) String name,
            @NotNull Purpose purpose) {
    }

    /**
     * A request of theirs.
     *
     * @param id            the request
     * @param reference     its reference
     * @param receivedOn    when it arrived
     * @param status        its status
     * @param regime        the law it is handled under
     * @param text          the request as asked
     * @param name          their name on it
     * @param email         their email address on it
     * @param postalAddress their postal address on it
     */
    @Serdeable
    public record FoundView(String id, String reference, LocalDate receivedOn, String status, String regime,
            String text, String name, @Nullable String email, @Nullable String postalAddress) {
    }

    /**
     * One look-up, as the log keeps it.
     *
     * @param actor     who looked
     * @param purpose   why
     * @param lookedFor what they looked for
     * @param results   how many requests they saw
     * @param at        when
     */
    @Serdeable
    public record AccessView(String actor, String purpose, String lookedFor, int results, Instant at) {
    }

    /**
     * Finds the authority's requests by the same person, and logs the look-up.
     *
     * @param auth a manager
     * @param body whom, and why
     * @return their requests, newest first, with the details they gave on each
     */
    @Post("/search")
    @Secured(Roles.MANAGER)
    public List<FoundView> search(Authentication auth, @Valid @Body Search body) {
        return requesters.search(Callers.of(auth), Optional.ofNullable(body.email()),
                Optional.ofNullable(body.name()), body.purpose()).stream().map(RequesterController::found).toList();
    }

    /** @param email the requester's email address, matched whatever its case */
    @Serdeable
    public record ExportBody(@NotNull @Email @Size(max = 320) String email) {
    }

    /**
     * A message of theirs, or to them.
     *
     * @param direction   IN from them, OUT to them
     * @param at          when it arrived, or was sent
     * @param subject     its subject
     * @param text        its text
     * @param attachments its attachments' names
     */
    @Serdeable
    public record ExportedMessage(String direction, Instant at, String subject, String text,
            List<String> attachments) {
    }

    /**
     * A request of theirs with its correspondence.
     *
     * @param request        the request, with the details they gave on it
     * @param correspondence its messages, oldest first
     */
    @Serdeable
    public record ExportedRequest(FoundView request, List<ExportedMessage> correspondence) {
    }

    /**
     * @param email     whose data it is
     * @param madeAt    when it was made
     * @param requests  their requests, newest first
     */
    @Serdeable
    public record Export(String email, Instant madeAt, List<ExportedRequest> requests) {
    }

    /**
     * Everything the authority holds about a requester from their requests, for their subject access request (UK GDPR
     * Art 15): each request with the details they gave and its correspondence both ways. Logged as a look-up for
     * SUBJECT_ACCESS.
     *
     * @param auth a manager
     * @param body whose
     * @return their data
     */
    @Post("/export")
    @Secured(Roles.MANAGER)
    public Export export(Authentication auth, @Valid @Body ExportBody body) {
        List<ExportedRequest> requests = requesters.export(Callers.of(auth), body.email()).stream()
                .map(e -> new ExportedRequest(found(e.request()), e.correspondence().stream()
                        .map(m -> new ExportedMessage(m.direction(), m.sentAt() != null ? m.sentAt() : m.arrivedAt(),
                                m.subject(), m.body(), e.attachments().getOrDefault(m.id(), List.of()))).toList()))
                .toList();
        return new Export(body.email().strip(), clock.instant(), requests);
    }

    private static FoundView found(Requesters.Found f) {
        return new FoundView(f.id().toString(), f.reference(), f.receivedOn(), f.status(), f.regime(), f.text(),
                f.name(), f.email(), f.postalAddress());
    }

    /**
     * @param auth an auditor or admin
     * @return every look-up of requesters across requests, newest first
     */
    @Get("/access-log")
    @Secured({Roles.AUDITOR, Roles.ADMIN})
    public List<AccessView> accessLog(Authentication auth) {
        return requesters.accessLog(Callers.of(auth)).stream()
                .map(a -> new AccessView(a.actor(), a.purpose(), a.lookedFor(), a.results(), a.at())).toList();
    }
}
