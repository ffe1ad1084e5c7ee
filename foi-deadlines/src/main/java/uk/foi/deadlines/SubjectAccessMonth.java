package uk.foi.deadlines;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * Subject access: one month, extendable by two. A controller must answer without undue delay and within one month
 * of receipt, extendable by two further months for complex or numerous requests if the requester is told within the
 * first month (UK GDPR Art 12(3)). The ICO reads the month as: from the day of receipt (which counts) to the
 * corresponding date in the next month; where that month has no such date, its last day; where the day is a weekend
 * or bank holiday, the next working day.
 *
 * @see <a href="https://www.legislation.gov.uk/eur/2016/679/article/12">UK GDPR Art 12(3)</a>
 * @see <a href="https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/right-of-access/">ICO
 *      right of access guidance</a>
 */
final class SubjectAccessMonth {

    private static final URI ARTICLE_12 = URI.create("https://www.legislation.gov.uk/eur/2016/679/article/12");

    private SubjectAccessMonth() {
    }

    static Deadline due(RequestTimeline timeline, WorkingDayCalendar calendar) {
        LocalDate received = timeline.receivedOn();
        Optional<ClockEvent.SubjectAccessExtended> extended = timeline.first(ClockEvent.SubjectAccessExtended.class);
        return due(received, extended.map(ClockEvent::on), calendar);
    }

    static Deadline due(LocalDate received, Optional<LocalDate> extendedOn, WorkingDayCalendar calendar) {
        List<String> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        steps.add("Request received " + Explanation.day(received) + "; the day of receipt counts (ICO).");
        LocalDate oneMonth = received.plusMonths(1);
        int months = 1;
        if (extendedOn.isPresent()) {
            months = 3;
            LocalDate firstDue = calendar.workingDayOnOrAfter(oneMonth);
            steps.add("Extended by two months, requester told " + Explanation.day(extendedOn.get()) + " (Art 12(3)).");
            if (extendedOn.get().isAfter(firstDue)) {
                warnings.add("Art 12(3): the requester had to be told of the extension within the first month (by "
                        + firstDue + "); they were told " + extendedOn.get() + ".");
            }
        }
        LocalDate corresponding = received.plusMonths(months);
        steps.add(received.getDayOfMonth() == corresponding.getDayOfMonth()
                ? "The corresponding date " + months + " month" + (months > 1 ? "s" : "") + " later is "
                        + Explanation.day(corresponding) + "."
                : "That month has no " + ordinal(received.getDayOfMonth()) + ", so its last day "
                        + Explanation.day(corresponding) + " applies.");
        LocalDate due = calendar.workingDayOnOrAfter(corresponding);
        if (!due.equals(corresponding)) {
            steps.add(Explanation.day(corresponding) + " is not a working day, so the next working day "
                    + Explanation.day(due) + " applies.");
        }
        Explanation explanation = new Explanation("UK GDPR Art 12(3): one month from receipt"
                + (months == 3 ? ", extended by two further months" : "") + " (ICO month rules)", ARTICLE_12, steps,
                calendar.holidaysSkipped(corresponding, due), warnings, calendar.version());
        return new Deadline(DeadlineKind.RESPONSE, due, Basis.STATUTE, calendar.isProvisional(due), false, explanation);
    }

    private static String ordinal(int day) {
        // Only the 29th, 30th and 31st can be missing from a month.
        return day == 31 ? "31st" : day + "th";
    }
}
