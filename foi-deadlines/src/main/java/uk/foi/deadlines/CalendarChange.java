package uk.foi.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import uk.foi.deadlines.calendar.NonWorkingDay;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * What a change of calendar does to running requests. New bank holidays are proclaimed at a few months' notice (2022's
 * state funeral at ten days'); every deadline of a request already running must then be recomputed, and each change
 * shown: old date, new date, and the holiday that moved it.
 */
public final class CalendarChange {

    private final StatutoryClock before;
    private final StatutoryClock after;

    private CalendarChange(Calendars before, Calendars after) {
        this.before = new StatutoryClock(before);
        this.after = new StatutoryClock(after);
    }

    /**
     * Compares two sources of calendars.
     *
     * @param before the calendars the deadlines were computed with; not null
     * @param after  the new calendars; not null
     * @return the comparison
     */
    public static CalendarChange between(Calendars before, Calendars after) {
        return new CalendarChange(Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
    }

    /**
     * The deadlines that move, assessed on a day.
     *
     * @param timelines the requests; not null
     * @param today     the day to assess on; not null
     * @return every deadline whose date differs, in the order of the timelines
     */
    public List<MovedDeadline> moved(Collection<RequestTimeline> timelines, LocalDate today) {
        List<MovedDeadline> moved = new ArrayList<>();
        for (RequestTimeline timeline : timelines) {
            List<DeadlineStatus> old = before.deadlines(timeline, today);
            List<DeadlineStatus> now = after.deadlines(timeline, today);
            WorkingDayCalendar oldCalendar = before.calendarFor(timeline.profile());
            WorkingDayCalendar newCalendar = after.calendarFor(timeline.profile());
            for (DeadlineStatus was : old) {
                now.stream().filter(is -> is.deadline().kind() == was.deadline().kind()).findFirst().ifPresent(is -> {
                    LocalDate from = was.deadline().due();
                    LocalDate to = is.deadline().due();
                    if (!from.equals(to)) {
                        LocalDate start = timeline.receivedOn();
                        LocalDate end = from.isAfter(to) ? from : to;
                        moved.add(new MovedDeadline(timeline.requestId(), was.deadline().kind(), from, to,
                                difference(newCalendar, oldCalendar, start, end),
                                difference(oldCalendar, newCalendar, start, end)));
                    }
                });
            }
        }
        return List.copyOf(moved);
    }

    /** Non-working days of {@code a} that {@code b} does not have, in a range. */
    private static List<NonWorkingDay> difference(WorkingDayCalendar a, WorkingDayCalendar b, LocalDate from,
            LocalDate to) {
        return a.nonWorkingDays().subMap(from, true, to, true).values().stream()
                .filter(day -> !b.nonWorkingDays().containsKey(day.date()))
                .toList();
    }
}
