package uk.foi.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.foi.deadlines.calendar.NonWorkingDay;

/**
 * A deadline that a calendar change moved: which request, which date, from what to what, and the holidays that made
 * the difference.
 *
 * @param requestId the request; not null
 * @param kind      which deadline; not null
 * @param from      the date under the old calendar; not null
 * @param to        the date under the new calendar; not null
 * @param added     non-working days the new calendar adds within the count; not null
 * @param removed   non-working days it removes within the count; not null
 */
public record MovedDeadline(String requestId, DeadlineKind kind, LocalDate from, LocalDate to,
        List<NonWorkingDay> added, List<NonWorkingDay> removed) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if any is null
     */
    public MovedDeadline {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /**
     * Why it moved, in words.
     *
     * @return for example {@code "2026-06-15 World Cup bank holiday ... added"}
     */
    public String reason() {
        StringBuilder out = new StringBuilder();
        added.forEach(day -> out.append(out.isEmpty() ? "" : "; ").append(day).append(" added"));
        removed.forEach(day -> out.append(out.isEmpty() ? "" : "; ").append(day).append(" removed"));
        return out.isEmpty() ? "calendar changed" : out.toString();
    }

    @Override
    public String toString() {
        return requestId + " " + kind + " " + from + " -> " + to + ": " + reason();
    }
}
