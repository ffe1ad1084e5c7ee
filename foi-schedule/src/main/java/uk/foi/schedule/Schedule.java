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

/**
 * What the notifier keeps about one request: who owns it, its deadlines as the last event stated them, the alerts
 * still to come, the ids of those already sent, and the request's events (to recompute its dates when the calendar
 * changes). No personal data: events never carry the requester's details.
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
 * @param events    the request's events as received (CloudEvents JSON), in sequence order; empty once it is closed
 */
public record Schedule(String requestId, String authority, String reference, Regime regime, Status status,
        Optional<String> assignee, Optional<String> team, long sequence, List<DeadlineInForce> deadlines,
        List<Alert> pending, List<UUID> sent, List<String> events) {

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
        events = List.copyOf(events);
    }

    /** @return the next day an alert is due, if any is pending */
    public Optional<LocalDate> nextFire() {
        return pending.isEmpty() ? Optional.empty() : Optional.of(pending.get(0).fireOn());
    }
}
