package uk.foi.deadlines.calendar;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A weekday or weekend day that a working-day calendar does not count, with why: the divisions in which it is a
 * bank holiday, and whether the statute names the day itself (FOIA s10(6) and FOISA s73 name Christmas Day; FOIA
 * also names Good Friday).
 *
 * @param date            the day; not null
 * @param title           its name, several joined with {@code " / "} where divisions name it differently; not null
 * @param divisions       the divisions in which it is a bank holiday; not null, may be empty for a day the statute
 *                        names but no data lists
 * @param namedInStatute  true when the regime's statute names the day itself
 * @param provisional     true when the day was projected by rule, not published
 */
public record NonWorkingDay(LocalDate date, String title, Set<Division> divisions, boolean namedInStatute,
        boolean provisional) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if any component is null
     */
    public NonWorkingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        divisions = divisions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(divisions));
    }

    /**
     * Where the day comes from, for example {@code "bank holiday in northern-ireland"} or
     * {@code "named in the statute; bank holiday in england-and-wales, scotland, northern-ireland"}.
     *
     * @return the description, never null
     */
    public String basis() {
        String where = divisions.isEmpty() ? ""
                : "bank holiday in " + EnumSet.copyOf(divisions).stream().map(Division::feedKey)
                        .collect(Collectors.joining(", "));
        String statute = namedInStatute ? "named in the statute" : "";
        String joined = statute.isEmpty() ? where : where.isEmpty() ? statute : statute + "; " + where;
        return provisional ? joined + " (provisional: projected by rule)" : joined;
    }

    /**
     * The day, its name and its basis, for example {@code "2026-03-17 St Patrick’s Day (bank holiday in
     * northern-ireland)"}.
     *
     * @return the description, never null
     */
    @Override
    public String toString() {
        return date + " " + title + " (" + basis() + ")";
    }
}
