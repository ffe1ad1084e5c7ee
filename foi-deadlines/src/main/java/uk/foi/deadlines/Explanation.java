package uk.foi.deadlines;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.foi.deadlines.calendar.NonWorkingDay;

/**
 * The working behind a deadline: the rule and its source, each step from the start date to the result, the holidays
 * the count skipped, and any warnings. Staff, requesters and the Commissioner argue about dates; this is how the
 * product shows its working.
 *
 * @param rule            the rule applied, citing its section; not null
 * @param source          where the rule is published; not null
 * @param steps           the steps, in order, in plain words; not null
 * @param holidaysSkipped weekday non-working days the count passed over; not null
 * @param warnings        things staff must check (a late extension, a provisional year, a disputed reading); not null
 * @param calendarVersion the version of the working-day calendar used; not null
 */
public record Explanation(String rule, URI source, List<String> steps, List<NonWorkingDay> holidaysSkipped,
        List<String> warnings, String calendarVersion) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if any is null
     */
    public Explanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(calendarVersion, "calendarVersion");
        steps = List.copyOf(steps);
        holidaysSkipped = List.copyOf(holidaysSkipped);
        warnings = List.copyOf(warnings);
    }

    /**
     * The explanation as text, one step a line.
     *
     * @return the text, ending in a line break
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Rule: ").append(rule).append('\n');
        out.append("Source: ").append(source).append('\n');
        steps.forEach(step -> out.append("- ").append(step).append('\n'));
        if (holidaysSkipped.isEmpty()) {
            out.append("- No bank holidays fell on a weekday in the count.\n");
        } else {
            out.append("- Non-working days skipped besides weekends:\n");
            holidaysSkipped.forEach(day -> out.append("    ").append(day).append('\n'));
        }
        warnings.forEach(w -> out.append("! ").append(w).append('\n'));
        out.append("Calendar version: ").append(calendarVersion).append('\n');
        return out.toString();
    }

    /**
     * A day with its weekday, as used in explanations: {@code Fri 2023-05-05}.
     *
     * @param date the day; not null
     * @return the text
     */
    static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + date;
    }
}
