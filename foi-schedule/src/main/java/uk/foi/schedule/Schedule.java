package uk.foi.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.foi.core.request.DeadlineInForce;
import uk.foi.core.request.Status;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.RequestTimeline;

/**
 * What the notifier keeps about one request: who owns it, its deadlines as the last event stated them, the alerts
 * still to come, the ids of those already sent, and the request's clock as the last event stated it (to recompute
 * its dates when the calendar changes). Its size is bounded by the clock, never by the request's text or the number
 * of events: no event is kept. No personal data: events never carry the requester's details.
 *
 * @param requestId the request
 * @param authority the authority that holds it
 * @param reference the authority's reference
 * @param regime    FOIA, EIR or SAR
 * @param status    the status after the last event
 * @param assignee  the caseworker, once assigned
 * @param team      the team, once assigned
 * @param sequence  the sequence number of the last event applied; older or repeated events are ignored
 * @param deadlines the deadlines in force
 * @param pending   the alerts still to send, in date order
 * @param sent      the ids of alerts already sent
 * @param clock     the clock profile and dated clock events of the last event, to recompute the dates under a new
 *                  calendar; empty for events written before events carried it, and once the request is closed
 */
public record Schedule(String requestId, String authority, String reference, Regime regime, Status status,
        Optional<String> assignee, Optional<String> team, long sequence, List<DeadlineInForce> deadlines,
        List<Alert> pending, List<UUID> sent, Optional<RequestTimeline> clock) {

    /** Copies the lists, sorts the pending alerts and checks nothing is null. */
    public Schedule {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(team, "team");
        deadlines = List.copyOf(deadlines);
        pending = pending.stream().sorted(Comparator.comparing(Alert::fireOn)).toList();
        sent = List.copyOf(sent);
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param newPending the alerts still to send
     * @param newSent    the ids of alerts already sent
     * @return this schedule with those alerts
     */
    public Schedule withAlerts(List<Alert> newPending, List<UUID> newSent) {
        return new Schedule(requestId, authority, reference, regime, status, assignee, team, sequence, deadlines,
                newPending, newSent, clock);
    }

    /**
     * @param newDeadlines the deadlines after a recomputation
     * @return this schedule with those deadlines, and no alerts pending until they are planned again
     */
    public Schedule withDeadlines(List<DeadlineInForce> newDeadlines) {
        return new Schedule(requestId, authority, reference, regime, status, assignee, team, sequence, newDeadlines,
                List.of(), sent, clock);
    }

    /** @return the next day an alert is due, if any is pending */
    public Optional<LocalDate> nextFire() {
        return pending.isEmpty() ? Optional.empty() : Optional.of(pending.get(0).fireOn());
    }
}
