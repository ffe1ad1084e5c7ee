package uk.foi.deadlines;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A school's term dates, for the school time limit of SI 2004/3364 reg 3: a "school day" is a day on which the school
 * has a session. A day counts as a school day when it is in a term, is a Monday to Friday, is not listed as closed
 * (an INSET or occasional day) and is a working day of the regime's calendar (schools do not sit on bank holidays).
 *
 * <p>Text form, one entry a line, {@code #} starts a comment: {@code term,2023-04-17,2023-05-26} (inclusive) and
 * {@code closed,2023-05-08}.
 */
public final class SchoolDays {

    private final List<LocalDate[]> terms;
    private final Set<LocalDate> closed;
    private final LocalDate coveredUntil;

    private SchoolDays(List<LocalDate[]> terms, Set<LocalDate> closed) {
        this.terms = terms;
        this.closed = closed;
        this.coveredUntil = terms.stream().map(t -> t[1]).max(LocalDate::compareTo).orElseThrow();
    }

    /**
     * Parses term dates in the text form described above.
     *
     * @param text the lines; not null
     * @return the school days
     * @throws IllegalArgumentException naming the line if a line cannot be read, a term ends before it starts, or
     *                                  there is no term
     */
    public static SchoolDays parse(String text) {
        Objects.requireNonNull(text, "text");
        List<LocalDate[]> terms = new ArrayList<>();
        Set<LocalDate> closed = new TreeSet<>();
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s*,\\s*");
            try {
                if (cells[0].equals("term") && cells.length == 3) {
                    LocalDate from = LocalDate.parse(cells[1]);
                    LocalDate to = LocalDate.parse(cells[2]);
                    if (to.isBefore(from)) {
                        throw new IllegalArgumentException("term ends before it starts");
                    }
                    terms.add(new LocalDate[] {from, to});
                } else if (cells[0].equals("closed") && cells.length == 2) {
                    closed.add(LocalDate.parse(cells[1]));
                } else {
                    throw new IllegalArgumentException("expected 'term,FROM,TO' or 'closed,DATE'");
                }
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new IllegalArgumentException("school terms line " + (n + 1) + " '" + lines[n].trim() + "': "
                        + e.getMessage(), e);
            }
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("school terms: no 'term,FROM,TO' line");
        }
        return new SchoolDays(List.copyOf(terms), Set.copyOf(closed));
    }

    /**
     * Whether the school sits on a day, given the regime's working days.
     *
     * @param date       the day; not null
     * @param workingDay whether the regime's calendar counts the day as a working day
     * @return true if it is a school day
     */
    boolean isSchoolDay(LocalDate date, boolean workingDay) {
        if (!workingDay || closed.contains(date) || date.getDayOfWeek() == DayOfWeek.SATURDAY
                || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return terms.stream().anyMatch(t -> !date.isBefore(t[0]) && !date.isAfter(t[1]));
    }

    /**
     * The last day the term dates cover: beyond it the engine cannot tell school days from holidays.
     *
     * @return the end of the last term
     */
    public LocalDate coveredUntil() {
        return coveredUntil;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        terms.forEach(t -> out.append("term,").append(t[0]).append(',').append(t[1]).append('\n'));
        closed.forEach(d -> out.append("closed,").append(d).append('\n'));
        return out.toString();
    }
}
