package uk.foi.deadlines.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjuster;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A calendar of working days: every day except Saturdays, Sundays and a given set of non-working days, over a fixed
 * range of years. Immutable and safe to share between threads.
 *
 * <p>Arithmetic is O(1): at construction the calendar builds, for every day in its range, the number of working
 * days before it, and the list of working days in order. Adding <i>n</i> working days is then two array reads.
 *
 * <p><b>Counting convention.</b> "The <i>n</i>th working day after <i>d</i>" never counts <i>d</i> itself: day 1 is
 * the first working day after <i>d</i>, whether or not <i>d</i> is a working day. This is how FOIA s10(1) ("the
 * twentieth working day following the date of receipt") is read by the ICO and the Tribunal.
 */
public final class WorkingDayCalendar {

    private final String name;
    private final LocalDate first;
    private final LocalDate last;
    private final long origin;
    private final NavigableMap<LocalDate, NonWorkingDay> nonWorkingDays;
    private final OptionalInt provisionalFromYear;
    private final String version;
    /** workingBefore[i] = number of working days in [first, first + i). Length = days + 1. */
    private final int[] workingBefore;
    /** Every working day, in order, as ready-made values: the hot path returns one without date arithmetic. */
    private final LocalDate[] workingDays;

    private WorkingDayCalendar(String name, LocalDate first, LocalDate last, TreeMap<LocalDate, NonWorkingDay> days,
            OptionalInt provisionalFromYear) {
        this.name = name;
        this.first = first;
        this.last = last;
        this.origin = first.toEpochDay();
        this.nonWorkingDays = Collections.unmodifiableNavigableMap(days);
        this.provisionalFromYear = provisionalFromYear;
        int size = Math.toIntExact(last.toEpochDay() - origin + 1);
        this.workingBefore = new int[size + 1];
        LocalDate[] found = new LocalDate[size];
        int count = 0;
        LocalDate day = first;
        for (int i = 0; i < size; i++, day = day.plusDays(1)) {
            workingBefore[i] = count;
            if (!BankHolidayRules.isWeekend(day) && !days.containsKey(day)) {
                found[count++] = day;
            }
        }
        workingBefore[size] = count;
        this.workingDays = Arrays.copyOf(found, count);
        // Content only: the same non-working days give the same version, whatever file or URL they came from.
        StringBuilder canonical = new StringBuilder().append(first).append('/').append(last);
        days.keySet().forEach(date -> canonical.append('\n').append(date));
        this.version = BankHolidays.sha256(canonical.toString());
    }

    /**
     * Builds a calendar.
     *
     * @param name                 what the calendar is, shown in explanations; not null
     * @param first                the first day covered; not null
     * @param last                 the last day covered, not before {@code first} and at most 200 years after it
     * @param nonWorkingDays       the days not counted besides weekends; days outside the range are ignored; not null
     * @param provisionalFromYear  the first year whose holidays were projected by rule, or empty if none
     * @return the calendar
     * @throws IllegalArgumentException if the range is empty or too long, or two non-working days share a date
     */
    public static WorkingDayCalendar of(String name, LocalDate first, LocalDate last,
            Collection<NonWorkingDay> nonWorkingDays, OptionalInt provisionalFromYear) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(provisionalFromYear, "provisionalFromYear");
        if (last.isBefore(first) || last.isAfter(first.plusYears(200))) {
            throw new IllegalArgumentException("calendar range must be 1 day to 200 years: " + first + ".." + last);
        }
        TreeMap<LocalDate, NonWorkingDay> days = new TreeMap<>();
        for (NonWorkingDay day : nonWorkingDays) {
            if (day.date().isBefore(first) || day.date().isAfter(last)) {
                continue;
            }
            if (days.put(day.date(), day) != null) {
                throw new IllegalArgumentException("two non-working days on " + day.date() + ": merge them first");
            }
        }
        return new WorkingDayCalendar(name, first, last, days, provisionalFromYear);
    }

    /**
     * Whether the day is a working day.
     *
     * @param date the day, within the calendar's range; not null
     * @return true if it is neither a weekend nor a non-working day
     * @throws DateTimeException if the day is outside the calendar's range
     */
    public boolean isWorkingDay(LocalDate date) {
        int i = offset(date);
        return workingBefore[i + 1] != workingBefore[i];
    }

    /**
     * The <i>n</i>th working day after the given day (for negative <i>n</i>, before it). The day itself is never
     * counted; {@code n == 0} returns it unchanged.
     *
     * @param date the day counted from, within range; not null
     * @param n    the number of working days; may be negative
     * @return the resulting working day
     * @throws DateTimeException if the day or the result is outside the calendar's range
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        int i = offset(date);
        if (n == 0) {
            return date;
        }
        long index = n > 0 ? (long) workingBefore[i + 1] + n - 1 : (long) workingBefore[i] + n;
        if (index < 0 || index >= workingDays.length) {
            throw new DateTimeException(n + " working days from " + date + " falls outside the calendar's range "
                    + first + ".." + last + " (" + name + ")");
        }
        return workingDays[(int) index];
    }

    /**
     * The number of working days after {@code startExclusive} up to and including {@code endInclusive}; negative when
     * the end is before the start (then minus the working days after the end up to and including the start).
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n} for every {@code n >= 0}, and for negative {@code n}
     * when {@code d} is itself a working day.
     *
     * @param startExclusive the day counted from, not itself counted; within range; not null
     * @param endInclusive   the last day counted; within range; not null
     * @return the count
     * @throws DateTimeException if either day is outside the calendar's range
     */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        return workingBefore[offset(endInclusive) + 1] - workingBefore[offset(startExclusive) + 1];
    }

    /**
     * The day itself if it is a working day, otherwise the next working day.
     *
     * @param date the day; within range; not null
     * @return a working day on or after it
     * @throws DateTimeException if the day or the result is outside the calendar's range
     */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
    }

    /**
     * An adjuster for {@code date.with(calendar.workingDaysAfter(20))}: see {@link #plusWorkingDays}.
     *
     * @param n the number of working days; may be negative
     * @return the adjuster, which works on {@link LocalDate}s only
     */
    public TemporalAdjuster workingDaysAfter(int n) {
        return temporal -> plusWorkingDays(LocalDate.from(temporal), n);
    }

    /**
     * The non-working day on this date, if it is one besides being a weekend.
     *
     * @param date the day; not null
     * @return the non-working day, or empty
     */
    public Optional<NonWorkingDay> nonWorkingDay(LocalDate date) {
        return Optional.ofNullable(nonWorkingDays.get(Objects.requireNonNull(date, "date")));
    }

    /**
     * The non-working days (other than weekends) that fall on weekdays in a range: the holidays a count over that
     * range skipped.
     *
     * @param fromInclusive the first day; not null
     * @param toInclusive   the last day; not null
     * @return the days in date order; empty if none or if the range is empty
     */
    public List<NonWorkingDay> holidaysSkipped(LocalDate fromInclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromInclusive)) {
            return List.of();
        }
        return nonWorkingDays.subMap(fromInclusive, true, toInclusive, true).values().stream()
                .filter(day -> !BankHolidayRules.isWeekend(day.date())).toList();
    }

    /**
     * Every non-working day (other than weekends) in one year, including holidays that fall at a weekend.
     *
     * @param year the year
     * @return the days in date order
     */
    public List<NonWorkingDay> nonWorkingDays(int year) {
        return List.copyOf(nonWorkingDays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
                .values());
    }

    /**
     * All non-working days (other than weekends), keyed by date in order.
     *
     * @return an unmodifiable sorted map
     */
    public NavigableMap<LocalDate, NonWorkingDay> nonWorkingDays() {
        return nonWorkingDays;
    }

    /**
     * Whether a day's year was projected by rule, so that a holiday proclaimed later could still move dates in it.
     *
     * @param date the day; not null
     * @return true if the day is in a provisional year
     */
    public boolean isProvisional(LocalDate date) {
        return provisionalFromYear.isPresent() && date.getYear() >= provisionalFromYear.getAsInt();
    }

    /**
     * Whether the calendar covers the day.
     *
     * @param date the day; not null
     * @return true if within range
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** @return the first day covered */
    public LocalDate first() {
        return first;
    }

    /** @return the last day covered */
    public LocalDate last() {
        return last;
    }

    /** @return what this calendar is, for explanations */
    public String name() {
        return name;
    }

    /**
     * A hash of the calendar's range and non-working dates (16 hex digits), not of its name or source: when it
     * changes, deadlines computed with the old calendar must be recomputed; when it does not, they need not be.
     *
     * @return the version, never null
     */
    public String version() {
        return version;
    }

    /** @return the first year projected by rule, or empty */
    public OptionalInt provisionalFromYear() {
        return provisionalFromYear;
    }

    private int offset(LocalDate date) {
        long i = Objects.requireNonNull(date, "date").toEpochDay() - origin;
        if (i < 0 || i >= workingBefore.length - 1) {
            throw new DateTimeException(date + " is outside the calendar's range " + first + ".." + last
                    + " (" + name + ")");
        }
        return (int) i;
    }

    @Override
    public String toString() {
        return name + " [" + first + ".." + last + ", version " + version + "]";
    }
}
