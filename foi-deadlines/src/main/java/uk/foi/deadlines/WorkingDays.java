package uk.foi.deadlines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole number of working days, such as the 20 of FOIA s10(1). Its text form is {@code 20WD}.
 *
 * @param count the number of working days, 0 to 1000
 */
public record WorkingDays(int count) implements Comparable<WorkingDays> {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,4})WD");

    /**
     * Validates the count.
     *
     * @throws IllegalArgumentException if the count is negative or over 1000
     */
    public WorkingDays {
        if (count < 0 || count > 1000) {
            throw new IllegalArgumentException("working days must be 0 to 1000: " + count);
        }
    }

    /**
     * A number of working days.
     *
     * @param count 0 to 1000
     * @return the value
     * @throws IllegalArgumentException if out of range
     */
    public static WorkingDays of(int count) {
        return new WorkingDays(count);
    }

    /**
     * Parses the text form produced by {@link #toString()}, for example {@code 20WD}.
     *
     * @param text the text; not null
     * @return the value
     * @throws IllegalArgumentException if the text is not of that form or out of range
     */
    public static WorkingDays parse(CharSequence text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected working days such as 20WD: '" + text + "'");
        }
        return of(Integer.parseInt(m.group(1)));
    }

    /** @return this plus another number of working days */
    WorkingDays plus(WorkingDays other) {
        return of(count + other.count);
    }

    @Override
    public int compareTo(WorkingDays other) {
        return Integer.compare(count, other.count);
    }

    /** @return the text form, for example {@code 20WD} */
    @Override
    public String toString() {
        return count + "WD";
    }
}
