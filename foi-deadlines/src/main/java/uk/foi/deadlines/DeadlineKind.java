package uk.foi.deadlines;

/**
 * The dates the engine tracks for a request, and who must act by each.
 */
public enum DeadlineKind {
    /** The authority must respond (or issue a refusal notice). */
    RESPONSE("response due", Party.AUTHORITY),
    /** Without clarification by this day the request may be closed as lapsed. */
    CLARIFICATION_LAPSE("clarification lapses", Party.REQUESTER),
    /** Without the fee by this day the authority need not comply. */
    FEE_LAPSE("fee lapses", Party.REQUESTER),
    /** The last day for the requester to ask for an internal review. */
    REVIEW_REQUEST_WINDOW("last day to ask for an internal review", Party.REQUESTER),
    /** The internal review is due (the authority's target, or the statutory limit). */
    REVIEW("internal review due", Party.AUTHORITY),
    /** The longest an internal review may take. */
    REVIEW_MAXIMUM("internal review maximum", Party.AUTHORITY),
    /** The requester is expected to complain to the Commissioner by this day. */
    REGULATOR_COMPLAINT("complaint to the Commissioner expected by", Party.REQUESTER);

    /** Who must act by a deadline. */
    public enum Party {
        /** The public authority. */
        AUTHORITY,
        /** The requester. */
        REQUESTER
    }

    private final String description;
    private final Party party;

    DeadlineKind(String description, Party party) {
        this.description = description;
        this.party = party;
    }

    /** @return a short description for people */
    public String description() {
        return description;
    }

    /** @return who must act by the deadline */
    public Party party() {
        return party;
    }
}
