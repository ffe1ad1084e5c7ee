package uk.foi.events.deadline;

import java.util.Locale;
import uk.foi.deadlines.DeadlineKind;

/**
 * The deadline events the notifier emits, each tied to the deadline it is about: the catalogue of
 * {@code uk.foi.deadline.<kind>.v1} types. The rules behind the deadlines are in foi-deadlines; when staff hear of
 * them is foi-schedule's {@code AlertPlan}.
 */
public enum AlertKind {
    /** The response is due in N working days (FOIA s10(1): 20 working days; EIR reg 5(2)). */
    RESPONSE_DUE_SOON(DeadlineKind.RESPONSE, false),
    /** The response is due today. */
    RESPONSE_DUE_TODAY(DeadlineKind.RESPONSE, true),
    /** The response is late: the first working day after the due date, then weekly until answered. */
    RESPONSE_OVERDUE(DeadlineKind.RESPONSE, true),
    /** The public interest extension (FOIA s10(3)) has run out and no response was sent. */
    PIT_EXTENSION_OVERDUE(DeadlineKind.RESPONSE, true),
    /** Three months passed without the clarification asked for (FOIA s1(3), Code of Practice 2018 para 2.11). */
    CLARIFICATION_LAPSED(DeadlineKind.CLARIFICATION_LAPSE, false),
    /** Three months passed without the fee (FOIA s9(2)). */
    FEE_LAPSED(DeadlineKind.FEE_LAPSE, false),
    /** A response opened the requester's window to ask for an internal review. */
    COMPLAINT_WINDOW_OPENED(DeadlineKind.REVIEW_REQUEST_WINDOW, false),
    /** The review-request window closes in N working days. */
    COMPLAINT_WINDOW_CLOSING(DeadlineKind.REVIEW_REQUEST_WINDOW, true),
    /** The review-request window has closed. */
    COMPLAINT_WINDOW_CLOSED(DeadlineKind.REVIEW_REQUEST_WINDOW, false),
    /** The internal review is due in N working days (s45 Code of Practice: 20; EIR reg 11(4): 40). */
    REVIEW_DUE_SOON(DeadlineKind.REVIEW, false),
    /** The internal review is due today. */
    REVIEW_DUE_TODAY(DeadlineKind.REVIEW, true),
    /** The internal review is late: the first working day after, then weekly until completed. */
    REVIEW_OVERDUE(DeadlineKind.REVIEW, true),
    /** The internal review has passed the longest it may take (40 working days under the s45 Code). */
    REVIEW_MAXIMUM_EXCEEDED(DeadlineKind.REVIEW_MAXIMUM, true),
    /** The six weeks to complain to the Commissioner (FOIA s50) close in N working days. */
    ICO_WINDOW_CLOSING(DeadlineKind.REGULATOR_COMPLAINT, false),
    /** The six weeks to complain to the Commissioner have passed. */
    ICO_WINDOW_CLOSED(DeadlineKind.REGULATOR_COMPLAINT, false),
    /**
     * The time to appeal the decision notice ends in N working days: to the First-tier Tribunal within 28 days (FOIA
     * s57; GRC Rules 2009 r22(1)(b)) or to the Court of Session within 42 days (FOISA s56). Either side may appeal, so
     * the authority decides by then whether it will.
     */
    APPEAL_WINDOW_CLOSING(DeadlineKind.APPEAL, false),
    /** The time to appeal the decision notice has passed with no appeal recorded: the notice stands. */
    APPEAL_WINDOW_CLOSED(DeadlineKind.APPEAL, false),
    /** The steps the decision notice requires are due in N working days (FOIA s50(4), FOISA s49(6)(b)). */
    DECISION_NOTICE_STEPS_DUE_SOON(DeadlineKind.DECISION_NOTICE_STEPS, false),
    /** The steps the decision notice requires are due today. */
    DECISION_NOTICE_STEPS_DUE_TODAY(DeadlineKind.DECISION_NOTICE_STEPS, true),
    /**
     * The steps the decision notice requires are late: the Commissioner may certify the failure to the court as a
     * contempt (FOIA s54, FOISA s53). The first working day after, then weekly until they are recorded as taken.
     */
    DECISION_NOTICE_STEPS_OVERDUE(DeadlineKind.DECISION_NOTICE_STEPS, true),
    /** A deadline changed: a new bank holiday, or an event that restarts or stops a clock. */
    DEADLINE_MOVED(null, true);

    private final DeadlineKind deadline;
    private final boolean urgent;

    AlertKind(DeadlineKind deadline, boolean urgent) {
        this.deadline = deadline;
        this.urgent = urgent;
    }

    /** @return the deadline it is about, or null for {@link #DEADLINE_MOVED}, which may be about any */
    public DeadlineKind deadline() {
        return deadline;
    }

    /**
     * @return true for the overdue alerts, which repeat weekly until the deadline is met (the first working day after
     *         the date, then every seven days); their lead counts the repeats
     */
    public boolean repeats() {
        return this == RESPONSE_OVERDUE || this == PIT_EXTENSION_OVERDUE || this == REVIEW_OVERDUE
                || this == DECISION_NOTICE_STEPS_OVERDUE;
    }

    /** @return true if staff are told at once rather than in the daily digest */
    public boolean urgent() {
        return urgent;
    }

    /** @return the CloudEvents type, such as {@code uk.foi.deadline.response-due-soon.v1} */
    public String eventType() {
        return DeadlineEvent.PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".v1";
    }

    /**
     * @param type a CloudEvents type
     * @return the kind whose type it is, if any
     */
    public static java.util.Optional<AlertKind> ofType(String type) {
        for (AlertKind k : values()) {
            if (k.eventType().equals(type)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
