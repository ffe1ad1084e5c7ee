package uk.foi.core.request;

import java.time.LocalDate;
import java.util.Objects;
import uk.foi.deadlines.Basis;
import uk.foi.deadlines.Deadline;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;

/**
 * A deadline as events carry it: what it is for, the date, where it stands and the rule behind it. The full working
 * is in {@link DeadlineStatus#deadline()}'s explanation, which the API serves.
 *
 * @param kind        what it is for
 * @param due         the last day on which acting is in time
 * @param state       where it stands
 * @param basis       statute, practice or policy
 * @param provisional true if the count ran into projected bank holidays
 * @param rule        the rule, citing its section
 */
public record DeadlineInForce(DeadlineKind kind, LocalDate due, DeadlineStatus.State state, Basis basis,
        boolean provisional, String rule) {

    /** @throws NullPointerException if a component is null */
    public DeadlineInForce {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * @param status a computed deadline
     * @return it as events carry it
     */
    public static DeadlineInForce of(DeadlineStatus status) {
        Deadline d = status.deadline();
        return new DeadlineInForce(d.kind(), d.due(), status.state(), d.basis(), d.provisional(),
                d.explanation().rule());
    }
}
