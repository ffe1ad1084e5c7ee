package uk.foi.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A computed date by which someone must act, with its working.
 *
 * @param kind              what the date is for; not null
 * @param due               the last day on which acting is in time; not null
 * @param basis             statute, practice or the authority's policy; not null
 * @param provisional       true when the count runs into a year whose holidays were projected by rule
 * @param uncertainByOneDay true when the date depends on a disputed reading (receipt on a non-working day)
 * @param explanation       the working; not null
 */
public record Deadline(DeadlineKind kind, LocalDate due, Basis basis, boolean provisional, boolean uncertainByOneDay,
        Explanation explanation) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if any is null
     */
    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * This deadline with its working told in other steps (the date and rule unchanged).
     *
     * @param steps the steps; not null
     * @return the deadline
     */
    public Deadline withSteps(java.util.List<String> steps) {
        Explanation e = explanation;
        return new Deadline(kind, due, basis, provisional, uncertainByOneDay, new Explanation(e.rule(), e.source(),
                steps, e.holidaysSkipped(), e.warnings(), e.calendarVersion()));
    }

    /**
     * The deadline in one line followed by its working.
     *
     * @return the text
     */
    public String render() {
        return kind.description() + ": " + Explanation.day(due) + " (" + basis.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + (provisional ? ", provisional" : "") + (uncertainByOneDay ? ", ±1 day" : "")
                + ")\n" + explanation.render();
    }
}
