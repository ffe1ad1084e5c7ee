package uk.foi.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.foi.core.request.DeadlineInForce;
import uk.foi.core.request.Status;
import uk.foi.deadlines.Basis;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.UkCalendars;
import uk.foi.deadlines.calendar.WorkingDayCalendar;
import uk.foi.events.deadline.AlertKind;

/**
 * When each deadline is alerted. The dates are the law's (FOIA s10(1) response; s1(3) and s9(2) lapses, Code of
 * Practice 2018 paras 2.11 and 6.10; s45 Code part 5 internal review, 20 and 40 working days; s50 and the Commissioner's
 * six weeks); the notice periods are practice (5 and 1 working days, 5 before a window closes). All on the FOIA
 * calendar: bank holidays of any UK nation are not working days.
 */
class AlertPlanTest {

    static final WorkingDayCalendar FOIA = new StatutoryClock(UkCalendars.bundled())
            .calendarFor(ClockProfile.of(Regime.FOIA));

    static DeadlineInForce deadline(DeadlineKind kind, String due, String rule) {
        return new DeadlineInForce(kind, LocalDate.parse(due), DeadlineStatus.State.RUNNING, Basis.STATUTE, false,
                rule);
    }

    static String plan(DeadlineInForce d) {
        return String.join(" ", AlertPlan.standard().plan(d, FOIA).stream()
                .map(a -> a.kind().name() + "@" + a.fireOn()).toList());
    }

    @ParameterizedTest(name = "{0} due {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # kind               | due        | rule                      | alerts (kind@day)
            # FOIA s10(1); Easter 2023: Good Friday 7 Apr and Easter Monday 10 Apr are not working days
            RESPONSE              | 2023-04-12 | FOIA s10(1)               | RESPONSE_DUE_SOON@2023-04-03 RESPONSE_DUE_SOON@2023-04-11 RESPONSE_DUE_TODAY@2023-04-12 RESPONSE_OVERDUE@2023-04-13
            # FOIA s10(3): an extended response that runs out is a PIT extension overdue; due on a Friday, late on Monday
            RESPONSE              | 2023-06-16 | FOIA s10(1); extended under FOIA s10(3) to consider the public interest | RESPONSE_DUE_SOON@2023-06-09 RESPONSE_DUE_SOON@2023-06-15 RESPONSE_DUE_TODAY@2023-06-16 PIT_EXTENSION_OVERDUE@2023-06-19
            # s45 Code part 5: review due; Christmas 2023 and 2 Jan 2024 (Scotland) skipped
            REVIEW                | 2024-01-04 | s45 Code 5.4              | REVIEW_DUE_SOON@2023-12-22 REVIEW_DUE_SOON@2024-01-03 REVIEW_DUE_TODAY@2024-01-04 REVIEW_OVERDUE@2024-01-05
            REVIEW_MAXIMUM        | 2023-05-26 | s45 Code 5.4              | REVIEW_MAXIMUM_EXCEEDED@2023-05-30
            # the requester's 40 working days to ask for a review: closing 5 working days before, closed the day after
            REVIEW_REQUEST_WINDOW | 2023-05-19 | s45 Code 5.2              | COMPLAINT_WINDOW_CLOSING@2023-05-12 COMPLAINT_WINDOW_CLOSED@2023-05-22
            # FOIA s50: the Commissioner expects complaints within six weeks; 12 Jul 2023 (Battle of the Boyne, NI) skipped
            REGULATOR_COMPLAINT   | 2023-07-14 | FOIA s50                  | ICO_WINDOW_CLOSING@2023-07-06 ICO_WINDOW_CLOSED@2023-07-17
            # FOIA s57, GRC Rules r22(1)(b): either side may appeal the decision notice; closing 5 working days before
            APPEAL                | 2023-07-31 | FOIA s57                  | APPEAL_WINDOW_CLOSING@2023-07-24 APPEAL_WINDOW_CLOSED@2023-08-01
            # FOIA s50(4): the notice's own date; 7 Aug 2023 (Scottish summer holiday) skipped on the UK-wide calendar
            DECISION_NOTICE_STEPS | 2023-08-14 | FOIA s50(4)               | DECISION_NOTICE_STEPS_DUE_SOON@2023-08-04 DECISION_NOTICE_STEPS_DUE_SOON@2023-08-11 DECISION_NOTICE_STEPS_DUE_TODAY@2023-08-14 DECISION_NOTICE_STEPS_OVERDUE@2023-08-15
            # FOIA s1(3) / s9(2): three months without clarification or fee; alerted on the next working day (New Year, 2 Jan)
            CLARIFICATION_LAPSE   | 2024-01-02 | FOIA s1(3)                | CLARIFICATION_LAPSED@2024-01-03
            FEE_LAPSE             | 2023-12-29 | FOIA s9(2)                | FEE_LAPSED@2024-01-03
            """)
    void alertsPerDeadline(DeadlineKind kind, String due, String rule, String expected) {
        assertThat(plan(deadline(kind, due, rule))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} while {1}: live={2}")
    @CsvSource(delimiter = '|', textBlock = """
            RESPONSE              | RECEIVED               | true
            RESPONSE              | EXTENDED               | true
            RESPONSE              | AWAITING_CLARIFICATION | false
            RESPONSE              | AWAITING_FEE           | false
            RESPONSE              | RESPONDED              | false
            CLARIFICATION_LAPSE   | AWAITING_CLARIFICATION | true
            FEE_LAPSE             | AWAITING_FEE           | true
            REVIEW_REQUEST_WINDOW | RESPONDED              | true
            REVIEW_REQUEST_WINDOW | REVIEW_REQUESTED       | false
            REVIEW                | REVIEW_REQUESTED       | true
            REVIEW_MAXIMUM        | REVIEW_COMPLETED       | false
            REGULATOR_COMPLAINT   | REVIEW_COMPLETED       | true
            REGULATOR_COMPLAINT   | ICO_COMPLAINT          | false
            APPEAL                | DECISION_NOTICE        | true
            APPEAL                | TRIBUNAL_APPEAL        | false
            DECISION_NOTICE_STEPS | DECISION_NOTICE        | true
            DECISION_NOTICE_STEPS | TRIBUNAL_APPEAL        | true
            DECISION_NOTICE_STEPS | CLOSED                 | false
            """)
    void aDeadlineIsAlertedOnlyWhileItIsLive(DeadlineKind kind, Status status, boolean live) {
        assertThat(AlertPlan.live(deadline(kind, "2023-05-02", "rule"), status)).isEqualTo(live);
    }

    @Test
    void pausedAndMetDeadlinesAreNotAlerted() {
        var paused = new DeadlineInForce(DeadlineKind.RESPONSE, LocalDate.of(2023, 5, 2),
                DeadlineStatus.State.PAUSED, Basis.STATUTE, false, "FOIA s10(1)");
        var met = new DeadlineInForce(DeadlineKind.RESPONSE, LocalDate.of(2023, 5, 2), DeadlineStatus.State.MET,
                Basis.STATUTE, false, "FOIA s10(1)");
        assertThat(AlertPlan.live(paused, Status.IN_PROGRESS)).isFalse();
        assertThat(AlertPlan.live(met, Status.IN_PROGRESS)).isFalse();
    }

    @Test
    void noticePeriodsAreConfigurableButAtLeastOneDay() {
        var plan = new AlertPlan(List.of(10), 3);
        assertThat(plan.plan(deadline(DeadlineKind.RESPONSE, "2023-04-12", "FOIA s10(1)"), FOIA).get(0).fireOn())
                .isEqualTo(LocalDate.of(2023, 3, 27));
        assertThatThrownBy(() -> new AlertPlan(List.of(0), 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "due {0}: repeat {1} on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # due        | n | fires on   | why
            # Thu 30 Mar 2023: first overdue Fri 31 Mar; Fri 7 Apr is Good Friday and Mon 10 Apr Easter Monday
            2023-03-30   | 0 | 2023-03-31 | the first working day after the due date
            2023-03-30   | 1 | 2023-04-11 | a week on is Good Friday: the next working day
            2023-03-30   | 2 | 2023-04-14 | the week after keeps its Friday
            # Fri 22 Dec 2023: 25 and 26 Dec are bank holidays, so the first alert is Wed 27 Dec
            2023-12-22   | 0 | 2023-12-27 | Christmas and Boxing Day skipped
            2023-12-22   | 1 | 2024-01-03 | 2 Jan (Scotland) is not the day; Wednesday is
            # Fri 3 May 2024: Mon 6 May (Early May) skipped; Mon 27 May (Spring) skipped for the 3rd repeat
            2024-05-03   | 0 | 2024-05-07 | Early May bank holiday skipped
            2024-05-03   | 3 | 2024-05-28 | Spring bank holiday skipped
            """)
    void overdueRepeatsWeeklyOnWorkingDays(String due, int n, String firesOn, String why) {
        Alert first = AlertPlan.standard().plan(deadline(DeadlineKind.RESPONSE, due, "FOIA s10(1)"), FOIA).stream()
                .filter(a -> a.kind() == AlertKind.RESPONSE_OVERDUE).findFirst().orElseThrow();
        assertThat(AlertPlan.repeat(first, n, FOIA).fireOn()).as(why).isEqualTo(LocalDate.parse(firesOn));
    }

    @ParameterizedTest(name = "due {0}, on {1}: repeat {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # due        | today      | latest repeat sent
            2023-03-30   | 2023-03-31 | 0
            2023-03-30   | 2023-04-06 | 0
            # Good Friday and Easter Monday: the first repeat waits for Tuesday
            2023-03-30   | 2023-04-07 | 0
            2023-03-30   | 2023-04-10 | 0
            2023-03-30   | 2023-04-11 | 1
            2023-03-30   | 2023-04-14 | 2
            2023-03-30   | 2023-05-01 | 4
            """)
    void afterAnAbsenceTheLatestRepeatWhoseDayHasComeIsSent(String due, String today, int n) {
        Alert first = AlertPlan.repeat(Alert.at(AlertKind.RESPONSE_OVERDUE, DeadlineKind.RESPONSE,
                LocalDate.parse(due), LocalDate.parse(due), 0), 0, FOIA);
        Alert latest = AlertPlan.latestRepeat(first, LocalDate.parse(today), FOIA);
        assertThat(latest.lead()).isEqualTo(n);
        assertThat(latest.fireOn()).isBeforeOrEqualTo(LocalDate.parse(today));
    }
}
