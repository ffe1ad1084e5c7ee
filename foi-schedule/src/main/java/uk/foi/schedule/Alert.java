package uk.foi.schedule;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.events.deadline.AlertKind;

/**
 * One thing staff must hear about a request's deadline, and the day to tell them.
 *
 * @param kind     what it says
 * @param deadline the deadline it is about
 * @param due      that deadline's date (for a move: the new date)
 * @param fireOn   the day it is due to be emitted
 * @param lead     working days before the due date for "soon" and "closing" alerts; for a repeated overdue alert,
 *                 which repeat (0 for the first); otherwise 0
 * @param movedFrom for {@link AlertKind#DEADLINE_MOVED}: the old date
 * @param reason   for {@link AlertKind#DEADLINE_MOVED}: why it moved
 */
public record Alert(AlertKind kind, DeadlineKind deadline, LocalDate due, LocalDate fireOn, int lead,
        Optional<LocalDate> movedFrom, Optional<String> reason) {

    /** @throws NullPointerException if a component is null */
    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(fireOn, "fireOn");
        Objects.requireNonNull(movedFrom, "movedFrom");
        Objects.requireNonNull(reason, "reason");
    }

    static Alert at(AlertKind kind, DeadlineKind deadline, LocalDate due, LocalDate fireOn, int lead) {
        return new Alert(kind, deadline, due, fireOn, lead, Optional.empty(), Optional.empty());
    }

    /**
     * The event's id: a name-based UUID of (request, kind, deadline, due date, lead), so the same alert about the same
     * date always has the same id, across restarts and replicas, and a consumer can drop a replay by id.
     *
     * @param requestId the request
     * @return the id
     */
    public UUID id(String requestId) {
        String name = String.join("|", requestId, kind.name(), deadline.name(), due.toString(),
                Integer.toString(lead), movedFrom.map(LocalDate::toString).orElse(""));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
