package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.foi.api.store.RequestSearch;
import uk.foi.core.request.Channel;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.OverallOutcome;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.RequestPart;
import uk.foi.core.request.Requester;
import uk.foi.core.request.ReviewResult;
import uk.foi.core.request.Status;
import uk.foi.deadlines.Basis;
import uk.foi.deadlines.Deadline;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.deadlines.Regime;

/** What the API answers with: plain records, so the wire shape is visible here and not tied to the domain's types. */
public final class Views {

    private Views() {
    }

    /**
     * A request.
     *
     * @param id          its id
     * @param reference   the authority's reference
     * @param authority   the authority's id
     * @param regime      the regime it is handled under
     * @param status      where it is in its life
     * @param statusSince the day it got there
     * @param receivedOn  the date of receipt
     * @param channel     how it arrived
     * @param assignee    the caseworker
     * @param team        the team
     * @param text        the request as asked
     * @param parts       its parts, with clarifications
     * @param decisions   what was decided, part by part
     * @param response    the response, once issued
     * @param review      the internal review's result, once completed
     * @param reviewDecisions what the internal review decided instead, for the parts it changed
     * @param publication what the public disclosure log shows, once staff published it
     * @param version     the version; the ETag is this in quotes
     * @param deadlines   every deadline today, with its working
     */
    @Serdeable
    public record RequestView(UUID id, String reference, String authority, Regime regime, Status status,
            LocalDate statusSince, LocalDate receivedOn, Channel channel, @Nullable String assignee,
            @Nullable String team, String text, List<PartView> parts, List<Decision> decisions,
            @Nullable ResponseView response, @Nullable ReviewResult review, List<Decision> reviewDecisions,
            @Nullable PublicationView publication, long version, List<DeadlineView> deadlines) {
    }

    /** @param on the day it was (last) published @param text the request's wording as published */
    @Serdeable
    public record PublicationView(LocalDate on, String text) {
    }

    /**
     * A part of a request.
     *
     * @param label          its label
     * @param text           what it asks
     * @param regime         the law it is answered under: the request's, or its counterpart's for a part re-routed
     *                       (FOIA s39, EIR reg 5)
     * @param clarifications what the requester added to it
     */
    @Serdeable
    public record PartView(String label, String text, Regime regime, List<ClarificationView> clarifications) {
    }

    /** @param receivedOn when it arrived @param text what it said */
    @Serdeable
    public record ClarificationView(LocalDate receivedOn, String text) {
    }

    /** @param on when it was sent @param outcome the overall outcome @param warnings s17 warnings issued with it */
    @Serdeable
    public record ResponseView(LocalDate on, OverallOutcome outcome, List<String> warnings) {
    }

    /**
     * A deadline and how it was worked out.
     *
     * @param kind              what it is for
     * @param description       the same in words
     * @param party             who must act by then
     * @param due               the last day on which acting is in time
     * @param state             where it stands today
     * @param workingDaysLate   how late, when missed
     * @param settledOn         when it was met or missed, if settled
     * @param basis             statute, practice or policy
     * @param provisional       true if the count ran into projected bank holidays
     * @param uncertainByOneDay true where the law is read two ways and the dates differ by a day
     * @param rule              the rule, citing its section
     * @param source            where the rule is published
     * @param steps             the working, step by step
     * @param holidaysSkipped   bank holidays and other non-working weekdays the count passed over
     * @param warnings          what staff must check
     * @param calendarVersion   the calendar used
     */
    @Serdeable
    public record DeadlineView(DeadlineKind kind, String description, DeadlineKind.Party party, LocalDate due,
            DeadlineStatus.State state, int workingDaysLate, @Nullable LocalDate settledOn, Basis basis,
            boolean provisional, boolean uncertainByOneDay, String rule, String source, List<String> steps,
            List<HolidayView> holidaysSkipped, List<String> warnings, String calendarVersion) {

        /** @param s a computed deadline @return its view */
        public static DeadlineView of(DeadlineStatus s) {
            Deadline d = s.deadline();
            return new DeadlineView(d.kind(), d.kind().description(), d.kind().party(), d.due(), s.state(),
                    s.workingDaysLate(), s.settledOn().orElse(null), d.basis(), d.provisional(),
                    d.uncertainByOneDay(), d.explanation().rule(), d.explanation().source().toString(),
                    d.explanation().steps(), d.explanation().holidaysSkipped().stream()
                            .map(h -> new HolidayView(h.date(), h.title())).toList(),
                    d.explanation().warnings(), d.explanation().calendarVersion());
        }
    }

    /** @param date the day @param title its name */
    @Serdeable
    public record HolidayView(LocalDate date, String title) {
    }

    /**
     * @param name          how to address the requester
     * @param email         email address
     * @param postalAddress postal address
     */
    @Serdeable
    public record RequesterView(String name, @Nullable String email, @Nullable String postalAddress) {
        static RequesterView of(Requester r) {
            return new RequesterView(r.name(), r.email().orElse(null), r.postalAddress().orElse(null));
        }
    }

    /** @param items the requests @param next the cursor for the next page, if any */
    @Serdeable
    public record PageView(List<RequestSearch.Summary> items, @Nullable String next) {
    }

    /**
     * One entry of the audit trail.
     *
     * @param sequence   its place in the request's history
     * @param type       the CloudEvents type
     * @param command    the command that caused it
     * @param actor      who sent the command
     * @param occurredAt when it was recorded
     * @param note       what the entry says beyond its name, for staff reading the trail: the reason a command gave
     *                   (a change of handling, a re-routing, a withdrawal or closure, a refusal) or whom a request was
     *                   assigned to; absent for the rest
     */
    @Serdeable
    public record AuditView(long sequence, String type, String command, String actor, Instant occurredAt,
            @Nullable String note) {

        /**
         * @param sequence   its place in the request's history
         * @param type       the CloudEvents type
         * @param command    the command that caused it
         * @param actor      who sent the command
         * @param occurredAt when it was recorded
         * @param event      the event recorded
         * @return the entry, with its note
         */
        public static AuditView of(long sequence, String type, String command, String actor, Instant occurredAt,
                RequestEvent event) {
            String note = null;
            if (event instanceof RequestEvent.RequestAssigned a) {
                note = "To " + a.assignee() + ", team " + a.team();
            } else if (event instanceof RequestEvent.HandlingChanged h) {
                note = h.reason();
            } else if (event instanceof RequestEvent.PartsRerouted p) {
                note = String.join(", ", p.labels()) + " to " + p.regime() + ": " + p.reason();
            } else if (event instanceof RequestEvent.RequestWithdrawn w) {
                note = w.reason();
            } else if (event instanceof RequestEvent.RequestClosed c) {
                note = c.reason();
            } else if (event instanceof RequestEvent.PublicationWithdrawn p) {
                note = p.reason();
            } else if (event instanceof RequestEvent.CommandRefused r) {
                note = r.reason();
            }
            return new AuditView(sequence, type, command, actor, occurredAt, note);
        }
    }

    /**
     * @param r         a request
     * @param deadlines its deadlines today
     * @return the view
     */
    public static RequestView request(FoiRequest r, List<DeadlineStatus> deadlines) {
        return new RequestView(r.id().value(), r.reference(), r.authority().value(), r.profile().regime(),
                r.status(), r.statusSince(), r.receivedOn(), r.channel(), r.assignee().orElse(null),
                r.team().orElse(null), r.text().asReceived(), r.text().parts().stream().map(p -> part(r, p)).toList(),
                r.allDecisions().stream().map(Decision::of).toList(),
                r.response().map(resp -> new ResponseView(resp.on(), resp.outcome(), resp.warnings())).orElse(null),
                r.review().orElse(null),
                r.reviewedDecisions().stream().map(Decision::of).toList(),
                r.publication().map(p -> new PublicationView(p.on(), p.text())).orElse(null),
                r.version(), deadlines.stream().map(DeadlineView::of).toList());
    }

    private static PartView part(FoiRequest r, RequestPart p) {
        return new PartView(p.label(), p.text(), r.regimeOf(p.label()), p.clarifications().stream()
                .map(c -> new ClarificationView(c.receivedOn(), c.text())).toList());
    }
}
