package uk.foi.core.statistics;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, as UK central government's FOI statistics are published: Q1 is January to March.
 *
 * @param year    the year
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

    /** @throws IllegalArgumentException if the quarter is not 1 to 4 */
    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
        }
    }

    /**
     * @param date a day
     * @return the quarter it falls in
     */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * @param text such as {@code 2023-Q2}
     * @return the quarter
     * @throws IllegalArgumentException if the text is not in that form
     */
    public static Quarter parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a quarter is written like 2023-Q2, not '" + text + "'");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** @return its first day */
    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** @return its last day */
    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /**
     * @param date a day
     * @return true if the day falls in this quarter
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
