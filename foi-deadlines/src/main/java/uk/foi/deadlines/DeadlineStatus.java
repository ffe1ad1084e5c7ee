package uk.foi.deadlines;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a deadline stands on a given day.
 *
 * @param deadline        the deadline; not null
 * @param state           its state; not null
 * @param workingDaysLate for {@link State#MISSED}, how many working days after the due date the act came, or (still
 *                        not done) today is; otherwise 0
 * @param settledOn       the day the act that settles it happened, if it has
 */
public record DeadlineStatus(Deadline deadline, State state, int workingDaysLate, Optional<LocalDate> settledOn) {

    /** The states of a deadline. */
    public enum State {
        /** Not yet due and not yet done. */
        RUNNING,
        /** The clock is stopped (awaiting a fee or clarification); the due date shown assumes it restarts today. */
        PAUSED,
        /** Done on or before the due date. */
        MET,
        /** The authority acted late, or has not acted and the date has passed. */
        MISSED,
        /** A requester's window passed without the requester acting. */
        CLOSED
    }

    /**
     * Validates the components.
     *
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if lateness is given for a state other than MISSED, or is negative
     */
    public DeadlineStatus {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(settledOn, "settledOn");
        if (workingDaysLate < 0 || (workingDaysLate > 0 && state != State.MISSED)) {
            throw new IllegalArgumentException("lateness " + workingDaysLate + " does not fit state " + state);
        }
    }

    @Override
    public String toString() {
        return deadline.kind() + " " + deadline.due() + " " + state
                + (state == State.MISSED ? " by " + workingDaysLate + " working days" : "");
    }
}
