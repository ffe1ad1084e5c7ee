package uk.foi.core.request;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;

/**
 * A request's dates as a caseload sorts and filters on them, decided here rather than by each store: which deadlines
 * are still open, the response date in force, and the next date the authority itself must meet.
 * <ul>
 *   <li><b>Open</b>: not settled, not met, and not a requester's window that closed; a closed or withdrawn request
 *       has none.</li>
 *   <li><b>Response due</b>: the open response deadline (FOIA s10(1), EIR reg 5(2), FOISA s10(1), EISR reg 5(2)),
 *       paused or not.</li>
 *   <li><b>Next due</b>: the soonest open deadline the <em>authority</em> must meet, not paused: a clock stopped for
 *       a fee or a clarification (FOIA s1(3), s9(2), s10(2)) has no date until it restarts, and a requester's window
 *       (to ask for a review, to complain to the Commissioner) is theirs to meet, not the authority's.</li>
 *   <li><b>Overdue</b> ({@link #overdueOn}): the next date has passed.</li>
 * </ul>
 *
 * @param open        the open deadlines, response first
 * @param responseDue the response date in force, if one is open
 * @param nextDue     the next date the authority must meet, if one is running
 */
public record CaseloadDates(List<DeadlineStatus> open, Optional<LocalDate> responseDue, Optional<LocalDate> nextDue) {

    /** Copies the list. */
    public CaseloadDates {
        open = List.copyOf(open);
        Objects.requireNonNull(responseDue, "responseDue");
        Objects.requireNonNull(nextDue, "nextDue");
    }

    /**
     * Whether a request is overdue on a day: the next date the authority must meet has passed. The date itself is
     * still in time: a response is due "not later than" the twentieth working day (FOIA s10(1); EIR reg 5(2) "as soon
     * as possible and no later than"; FOISA s10(1), EISR reg 5(2) likewise), so a request is overdue from the day
     * after. A request with nothing running for the authority (a clock stopped for the requester, a request answered
     * or closed) is not overdue, however late it once was.
     *
     * <p>A store that filters or counts on a kept {@code nextDue} must apply the same comparison ({@code next_due <
     * today} in foi-api's caseload search and counts).
     *
     * @param nextDue the next date the authority must meet, if one is running ({@link #nextDue()})
     * @param today   the day judged on
     * @return true if it has passed
     */
    public static boolean overdueOn(Optional<LocalDate> nextDue, LocalDate today) {
        return nextDue.filter(due -> due.isBefore(today)).isPresent();
    }

    /** @param today the day judged on @return whether this request is overdue on it ({@link #overdueOn}) */
    public boolean overdueOn(LocalDate today) {
        return overdueOn(nextDue, today);
    }

    /**
     * @param status    the request's status
     * @param deadlines its deadlines today ({@link FoiOffice#deadlines})
     * @return its caseload dates
     */
    public static CaseloadDates of(Status status, List<DeadlineStatus> deadlines) {
        List<DeadlineStatus> open = status.terminal() ? List.of() : deadlines.stream()
                .filter(d -> d.settledOn().isEmpty() && d.state() != DeadlineStatus.State.MET
                        && d.state() != DeadlineStatus.State.CLOSED)
                .toList();
        Optional<LocalDate> responseDue = open.stream().filter(d -> d.deadline().kind() == DeadlineKind.RESPONSE)
                .map(d -> d.deadline().due()).findFirst();
        Optional<LocalDate> nextDue = open.stream()
                .filter(d -> d.deadline().kind().party() == DeadlineKind.Party.AUTHORITY
                        && d.state() != DeadlineStatus.State.PAUSED)
                .map(d -> d.deadline().due()).min(Comparator.naturalOrder());
        return new CaseloadDates(open, responseDue, nextDue);
    }
}
