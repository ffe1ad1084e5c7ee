package uk.foi.events.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.foi.core.request.Status;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.Regime;

/**
 * An alert about one request's deadline: type {@code uk.foi.deadline.<kind>.v1} (see {@link AlertKind}).
 *
 * @param id        name-based: the same alert about the same date always has the same id
 * @param time      when it was emitted
 * @param authority the authority's id
 * @param requestId the request's id (also the subject and the Kafka key)
 * @param reference the request's reference
 * @param regime    the regime the request is handled under
 * @param status    the request's status when the alert went
 * @param assignee  the caseworker, once assigned
 * @param team      the team, once assigned
 * @param alert     what it says
 * @param deadline  the deadline it is about
 * @param due       the deadline's date (for a move, the new one)
 * @param fireOn    the day it was due to go out
 * @param lead      working days before the date, for a warning; which weekly repeat, for an overdue alert; else 0
 * @param from      for a move: the old date
 * @param reason    for a move: why
 * @param rule      the rule behind the date, with its section, when the schedule knows it
 */
public record DeadlineAlert(UUID id, Instant time, String authority, String requestId, String reference, Regime regime,
        Status status, Optional<String> assignee, Optional<String> team, AlertKind alert, DeadlineKind deadline,
        LocalDate due, LocalDate fireOn, int lead, Optional<LocalDate> from, Optional<String> reason,
        Optional<String> rule) implements DeadlineEvent {

    /** @throws NullPointerException if a component is null; IllegalArgumentException if lead is negative */
    public DeadlineAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(fireOn, "fireOn");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
        if (lead < 0) {
            throw new IllegalArgumentException("lead is at least 0, not " + lead);
        }
    }

    @Override
    public String type() {
        return alert.eventType();
    }

    @Override
    public String subject() {
        return requestId;
    }

    @Override
    public boolean mailed() {
        return alert.urgent();
    }
}
