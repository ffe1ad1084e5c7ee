package uk.foi.deadlines;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/** The mutable state of one response-date computation, private to the rules in this package. */
final class ResponseWorking {

    /** A stretch of days the count disregards, both ends inclusive. */
    record Stop(LocalDate from, LocalDate to, String why) {
    }

    final RequestTimeline timeline;
    final WorkingDayCalendar calendar;
    final LocalDate today;
    final List<String> steps = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    /** The day the request, or the clarification that restarted the clock, arrived. */
    LocalDate receivedOn;
    /** The date of receipt after the receipt rule. */
    LocalDate dateOfReceipt;
    boolean uncertainByOneDay;
    WorkingDays limit;
    String rule;
    URI source;
    Basis basis = Basis.STATUTE;
    /** For a school: count school days, capped by {@code schoolCap} working days. */
    Optional<SchoolDays> schoolDays = Optional.empty();
    WorkingDays schoolCap;

    final List<Stop> stops = new ArrayList<>();
    LocalDate due;

    ResponseWorking(RequestTimeline timeline, WorkingDayCalendar calendar, LocalDate today) {
        this.timeline = timeline;
        this.calendar = calendar;
        this.today = today;
    }

    Regime regime() {
        return timeline.profile().regime();
    }

    void step(String text) {
        steps.add(text);
    }

    void warn(String text) {
        warnings.add(text);
    }
}
