package uk.foi.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.foi.core.request.DeadlineInForce;
import uk.foi.core.request.Status;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.deadlines.calendar.WorkingDayCalendar;
import uk.foi.events.deadline.AlertKind;

/**
 * When staff hear about a deadline. The dates themselves come from foi-deadlines (on the event that carried them);
 * this adds the notice periods, which are practice, not law:
 * <ul>
 * <li>the authority's own deadlines (response, internal review): "due soon" a configurable number of working days
 *     before (5 and 1 by default), "due today" on the day, "overdue" on the first working day after it and then
 *     every seven days until it is met;</li>
 * <li>the requester's windows (review request, complaint to the Commissioner): "closing" a few working days before
 *     (5 by default) and "closed" on the first working day after;</li>
 * <li>lapses (clarification, fee): on the first working day after the three months.</li>
 * </ul>
 * A deadline is alerted only while it is live for the request's status: the response while one is owed (FOIA s1(1),
 * s10(1)) and its clock is running (not paused for a fee or clarification), the review window after a response, the
 * review clocks while a review is under way, the Commissioner's window after a completed review.
 */
public final class AlertPlan {

    private final List<Integer> dueSoon;
    private final int closing;

    /**
     * @param dueSoon working days before an authority deadline to warn, e.g. 5 and 1; each at least 1
     * @param closing working days before a requester's window closes to warn; at least 1
     */
    public AlertPlan(List<Integer> dueSoon, int closing) {
        this.dueSoon = List.copyOf(dueSoon);
        if (this.dueSoon.stream().anyMatch(n -> n < 1) || closing < 1) {
            throw new IllegalArgumentException("notice periods are at least one working day: " + dueSoon + ", "
                    + closing);
        }
        this.closing = closing;
    }

    /** @return 5 and 1 working days before, and 5 before a window closes */
    public static AlertPlan standard() {
        return new AlertPlan(List.of(5, 1), 5);
    }

    /**
     * @param d      a deadline in force
     * @param status the request's status
     * @return true if staff should still hear about it
     */
    public static boolean live(DeadlineInForce d, Status status) {
        if (d.state() == DeadlineStatus.State.PAUSED || d.state() == DeadlineStatus.State.MET
                || d.state() == DeadlineStatus.State.CLOSED) {
            return false;
        }
        return switch (d.kind()) {
            case RESPONSE -> status.awaitingResponse() && status != Status.AWAITING_CLARIFICATION
                    && status != Status.AWAITING_FEE;
            case CLARIFICATION_LAPSE -> status == Status.AWAITING_CLARIFICATION;
            case FEE_LAPSE -> status == Status.AWAITING_FEE;
            case REVIEW_REQUEST_WINDOW -> status == Status.RESPONDED;
            case REVIEW, REVIEW_MAXIMUM -> status == Status.REVIEW_REQUESTED;
            case REGULATOR_COMPLAINT -> status == Status.REVIEW_COMPLETED;
            case APPEAL -> status == Status.DECISION_NOTICE;
            case DECISION_NOTICE_STEPS -> status == Status.DECISION_NOTICE || status == Status.TRIBUNAL_APPEAL;
        };
    }

    /**
     * The alerts a live deadline will need, in date order; the caller drops those already sent.
     *
     * @param d        the deadline
     * @param calendar the working-day calendar of the request's regime
     * @return the alerts
     */
    public List<Alert> plan(DeadlineInForce d, WorkingDayCalendar calendar) {
        Objects.requireNonNull(d, "d");
        LocalDate due = d.due();
        List<Alert> out = new ArrayList<>();
        switch (d.kind()) {
            case RESPONSE -> {
                soon(out, AlertKind.RESPONSE_DUE_SOON, d, calendar);
                out.add(Alert.at(AlertKind.RESPONSE_DUE_TODAY, d.kind(), due, due, 0));
                AlertKind late = d.rule().contains("extended under") ? AlertKind.PIT_EXTENSION_OVERDUE
                        : AlertKind.RESPONSE_OVERDUE;
                out.add(Alert.at(late, d.kind(), due, dayAfter(due, calendar), 0));
            }
            case REVIEW -> {
                soon(out, AlertKind.REVIEW_DUE_SOON, d, calendar);
                out.add(Alert.at(AlertKind.REVIEW_DUE_TODAY, d.kind(), due, due, 0));
                out.add(Alert.at(AlertKind.REVIEW_OVERDUE, d.kind(), due, dayAfter(due, calendar), 0));
            }
            case REVIEW_MAXIMUM ->
                out.add(Alert.at(AlertKind.REVIEW_MAXIMUM_EXCEEDED, d.kind(), due, dayAfter(due, calendar), 0));
            case REVIEW_REQUEST_WINDOW -> {
                out.add(Alert.at(AlertKind.COMPLAINT_WINDOW_CLOSING, d.kind(), due, before(due, closing, calendar),
                        closing));
                out.add(Alert.at(AlertKind.COMPLAINT_WINDOW_CLOSED, d.kind(), due, dayAfter(due, calendar), 0));
            }
            case REGULATOR_COMPLAINT -> {
                out.add(Alert.at(AlertKind.ICO_WINDOW_CLOSING, d.kind(), due, before(due, closing, calendar),
                        closing));
                out.add(Alert.at(AlertKind.ICO_WINDOW_CLOSED, d.kind(), due, dayAfter(due, calendar), 0));
            }
            case APPEAL -> {
                out.add(Alert.at(AlertKind.APPEAL_WINDOW_CLOSING, d.kind(), due, before(due, closing, calendar),
                        closing));
                out.add(Alert.at(AlertKind.APPEAL_WINDOW_CLOSED, d.kind(), due, dayAfter(due, calendar), 0));
            }
            case DECISION_NOTICE_STEPS -> {
                soon(out, AlertKind.DECISION_NOTICE_STEPS_DUE_SOON, d, calendar);
                out.add(Alert.at(AlertKind.DECISION_NOTICE_STEPS_DUE_TODAY, d.kind(), due, due, 0));
                out.add(Alert.at(AlertKind.DECISION_NOTICE_STEPS_OVERDUE, d.kind(), due, dayAfter(due, calendar), 0));
            }
            case CLARIFICATION_LAPSE ->
                out.add(Alert.at(AlertKind.CLARIFICATION_LAPSED, d.kind(), due, dayAfter(due, calendar), 0));
            case FEE_LAPSE -> out.add(Alert.at(AlertKind.FEE_LAPSED, d.kind(), due, dayAfter(due, calendar), 0));
        }
        return out;
    }

    /**
     * The n-th repeat of an overdue alert (0 is the first): weekly from the first working day after the due date,
     * moved on to the next working day when the week's day is a weekend or a bank holiday, so staff are told when
     * they are at work (a Monday repeat on Easter Monday goes on the Tuesday) and the week after keeps its day.
     *
     * @param first    any repeat of the alert (its kind, deadline and due date are used)
     * @param n        which repeat
     * @param calendar the working-day calendar of the request's regime
     * @return the repeat
     */
    static Alert repeat(Alert first, int n, WorkingDayCalendar calendar) {
        LocalDate nominal = dayAfter(first.due(), calendar).plusWeeks(n);
        return Alert.at(first.kind(), first.deadline(), first.due(), calendar.workingDayOnOrAfter(nominal), n);
    }

    /**
     * The latest repeat of an overdue alert whose day has come by a day, however long ago the first was due.
     *
     * @param first    any repeat of the alert, due by {@code today}
     * @param today    the day
     * @param calendar the working-day calendar of the request's regime
     * @return the latest repeat due by then
     */
    static Alert latestRepeat(Alert first, LocalDate today, WorkingDayCalendar calendar) {
        LocalDate start = dayAfter(first.due(), calendar);
        int n = (int) Math.max(0, java.time.temporal.ChronoUnit.WEEKS.between(start, today));
        Alert latest = repeat(first, n, calendar);
        while (latest.fireOn().isAfter(today) && n > 0) {
            latest = repeat(first, --n, calendar);
        }
        return latest;
    }

    private void soon(List<Alert> out, AlertKind kind, DeadlineInForce d, WorkingDayCalendar calendar) {
        dueSoon.stream().sorted((a, b) -> b - a).forEach(n ->
                out.add(Alert.at(kind, d.kind(), d.due(), before(d.due(), n, calendar), n)));
    }

    /** The day n working days before a date (the date itself not counted). */
    static LocalDate before(LocalDate due, int n, WorkingDayCalendar calendar) {
        return calendar.plusWorkingDays(due, -n);
    }

    /** The first working day after a date: staff are told when they are at work. */
    static LocalDate dayAfter(LocalDate due, WorkingDayCalendar calendar) {
        return calendar.workingDayOnOrAfter(due.plusDays(1));
    }
}
