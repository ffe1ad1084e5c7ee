package uk.foi.core.records;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.Status;
import uk.foi.deadlines.ClockEvent;

/**
 * How long an authority keeps a finished request's case file — its requester's name and addresses, its
 * correspondence and the records located for it — before they are destroyed.
 *
 * <p>The law sets no period; it requires one. Personal data may be kept no longer than its purpose needs (UK GDPR
 * Art 5(1)(e), storage limitation), and the Lord Chancellor's Code of Practice on the management of records under
 * FOIA s46 (2021, https://www.gov.uk/government/publications/code-of-practice-on-the-management-of-records-issued-under-section-46-of-the-freedom-of-information-act-2000)
 * asks each authority to keep records under a retention schedule it sets, destroying them when it says. Model schedules
 * for FOI case files count from the last action on the case and keep longer where the Commissioner or a tribunal was
 * involved, since a complaint or appeal may come back to the file; the defaults here (3 and 6 years) follow that
 * pattern and are the authority's to change (<em>verify</em> against its own schedule).
 *
 * <p>Only a finished case is ever due: answered (and reviewed, if asked), withdrawn, lapsed or closed. A case before
 * the Commissioner or a tribunal is never due until it is closed. What stays is what holds no personal data: the
 * request's statistics and its history of events.
 *
 * @param yearsAfterLastAction  years after the last action on a case before it is destroyed; 1 to 100
 * @param yearsAfterRegulator   the same where the Commissioner or a tribunal was involved; at least the other
 */
public record RetentionSchedule(int yearsAfterLastAction, int yearsAfterRegulator) {

    /** The defaults: 3 years after the last action, 6 where the Commissioner or a tribunal was involved. */
    public static final RetentionSchedule DEFAULT = new RetentionSchedule(3, 6);

    /** The statuses of a case that is finished, short of the regulator. */
    private static final Set<Status> FINISHED = EnumSet.of(Status.RESPONDED, Status.REVIEW_COMPLETED,
            Status.WITHDRAWN, Status.LAPSED, Status.CLOSED);

    /** @throws IllegalArgumentException if a period is out of range, or the regulator's is the shorter */
    public RetentionSchedule {
        if (yearsAfterLastAction < 1 || yearsAfterLastAction > 100) {
            throw new IllegalArgumentException("yearsAfterLastAction: a case file is kept 1 to 100 years, not "
                    + yearsAfterLastAction);
        }
        if (yearsAfterRegulator < yearsAfterLastAction || yearsAfterRegulator > 100) {
            throw new IllegalArgumentException("yearsAfterRegulator: a case the Commissioner or a tribunal saw is"
                    + " kept at least as long as any other (" + yearsAfterLastAction + " years) and at most 100, not "
                    + yearsAfterRegulator);
        }
    }

    /**
     * A case's due date, with why.
     *
     * @param on         the first day its case file may be destroyed
     * @param lastAction the day of the last action on it
     * @param regulator  whether the Commissioner or a tribunal was involved
     * @param rule       the rule, in words, for the record of what was erased
     */
    public record Due(LocalDate on, LocalDate lastAction, boolean regulator, String rule) {
    }

    /**
     * @param request a request
     * @return when its case file may be destroyed, or empty while it is not finished
     */
    public Optional<Due> dueFor(FoiRequest request) {
        if (!FINISHED.contains(request.status())) {
            return Optional.empty();
        }
        LocalDate last = request.statusSince();
        boolean regulator = false;
        for (ClockEvent e : request.timeline().events()) {
            if (e.on().isAfter(last)) {
                last = e.on();
            }
            regulator |= e instanceof ClockEvent.ComplaintToRegulator || e instanceof ClockEvent.DecisionNoticeServed
                    || e instanceof ClockEvent.AppealLodged;
        }
        int years = regulator ? yearsAfterRegulator : yearsAfterLastAction;
        return Optional.of(new Due(last.plusYears(years), last, regulator, years + " years after the last action ("
                + last + ")" + (regulator ? ", the Commissioner or a tribunal having been involved" : "")));
    }
}
