package uk.foi.core.request;

/**
 * Where a request is in its life. {@link Lifecycle} says which commands move it between these.
 */
public enum Status {
    /** Logged; the clock runs from the day after receipt (FOIA s10(1)). */
    RECEIVED,
    /** Asked the requester to clarify (FOIA s1(3)); the clock waits. */
    AWAITING_CLARIFICATION,
    /** Sent a fees notice (FOIA s9); the clock waits. */
    AWAITING_FEE,
    /** Being worked on. */
    IN_PROGRESS,
    /** The response date was extended: FOIA s10(3) for the public interest, EIR reg 7 for complexity and volume. */
    EXTENDED,
    /** The response has been sent. */
    RESPONDED,
    /** The requester asked for an internal review (s45 Code of Practice part 5; EIR reg 11). */
    REVIEW_REQUESTED,
    /** The internal review has been completed. */
    REVIEW_COMPLETED,
    /** The requester complained to the Information Commissioner (FOIA s50). */
    ICO_COMPLAINT,
    /** The Commissioner served a decision notice (FOIA s50(3)(b)). */
    DECISION_NOTICE,
    /** A party appealed the decision notice to the First-tier Tribunal (FOIA s57). */
    TRIBUNAL_APPEAL,
    /** The requester withdrew the request. */
    WITHDRAWN,
    /** The requester did not clarify or pay within three months (FOIA s9(2); ICO guidance for clarification). */
    LAPSED,
    /** Nothing more will happen. */
    CLOSED;

    /** @return true while the authority still owes a response */
    public boolean awaitingResponse() {
        return this == RECEIVED || this == AWAITING_CLARIFICATION || this == AWAITING_FEE || this == IN_PROGRESS
                || this == EXTENDED;
    }

    /** @return true if no command can change the request any more */
    public boolean terminal() {
        return this == WITHDRAWN || this == LAPSED || this == CLOSED;
    }
}
