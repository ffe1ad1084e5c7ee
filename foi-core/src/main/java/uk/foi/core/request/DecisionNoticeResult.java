package uk.foi.core.request;

/** What the Information Commissioner's decision notice found about the requester's complaint (FOIA s50(3)). */
public enum DecisionNoticeResult {
    /** The complaint is upheld: the authority must take steps. */
    COMPLAINT_UPHELD,
    /** The complaint is upheld in part. */
    COMPLAINT_PARTLY_UPHELD,
    /** The complaint is not upheld: the authority dealt with the request correctly. */
    COMPLAINT_NOT_UPHELD
}
