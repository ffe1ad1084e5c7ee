package uk.foi.deadlines;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * When a request lapses for want of the requester's action.
 *
 * <ul>
 *   <li><b>Fee</b>: the authority need not comply if the fee is not paid within three months beginning with the day
 *       the fees notice is given (FOIA s9(2); FOISA s9(4), relied on, marked <i>verify</i>). A period of months
 *       "beginning with" a day ends the day before the corresponding date; where the final month has no
 *       corresponding date, on its last day. The EIR set no such period.</li>
 *   <li><b>Clarification</b>: closing a request after three months without clarification is practice (ICO guidance
 *       on interpreting and clarifying requests), not law.</li>
 * </ul>
 */
final class Lapses {

    private static final URI FOIA_S9 = URI.create("https://www.legislation.gov.uk/ukpga/2000/36/section/9");
    private static final URI FOISA_S9 = URI.create("https://www.legislation.gov.uk/asp/2002/13/section/9");
    private static final URI ICO_CLARIFYING = URI.create("https://ico.org.uk/for-organisations/foi/"
            + "freedom-of-information-and-environmental-information-regulations/interpreting-and-clarifying-requests/");

    private Lapses() {
    }

    static Optional<Deadline> feeLapse(Regime regime, LocalDate noticeOn, WorkingDayCalendar calendar) {
        if (regime != Regime.FOIA && regime != Regime.FOISA) {
            return Optional.empty();
        }
        LocalDate last = lastDayOfMonthsBeginningWith(noticeOn, 3);
        String rule = (regime == Regime.FOIA ? "FOIA s9(2)" : "FOISA s9(4)")
                + ": the fee must be paid within three months beginning with the day the fees notice is given";
        Explanation explanation = new Explanation(rule, regime == Regime.FOIA ? FOIA_S9 : FOISA_S9,
                List.of("Fees notice given " + Explanation.day(noticeOn) + ".",
                        "Three months beginning with that day end " + Explanation.day(last) + "."),
                List.of(), List.of(), calendar.version());
        return Optional.of(new Deadline(DeadlineKind.FEE_LAPSE, last, Basis.STATUTE, calendar.isProvisional(last),
                false, explanation));
    }

    static Deadline clarificationLapse(LocalDate soughtOn, WorkingDayCalendar calendar) {
        LocalDate last = lastDayOfMonthsBeginningWith(soughtOn.plusDays(1), 3);
        Explanation explanation = new Explanation("ICO guidance: a request may be closed if clarification is not"
                + " received within three months (practice, not statute)", ICO_CLARIFYING,
                List.of("Clarification sought " + Explanation.day(soughtOn) + ".",
                        "Three months from the next day end " + Explanation.day(last) + "."),
                List.of(), List.of(), calendar.version());
        return new Deadline(DeadlineKind.CLARIFICATION_LAPSE, last, Basis.PRACTICE, calendar.isProvisional(last), false,
                explanation);
    }

    /**
     * The last day of a period of months beginning with (and including) a day.
     *
     * @param first  the first day of the period
     * @param months the number of months, at least 1
     * @return the last day
     */
    static LocalDate lastDayOfMonthsBeginningWith(LocalDate first, int months) {
        YearMonth end = YearMonth.from(first).plusMonths(months);
        if (first.getDayOfMonth() > end.lengthOfMonth()) {
            return end.atEndOfMonth();
        }
        return end.atDay(first.getDayOfMonth()).minusDays(1);
    }
}
