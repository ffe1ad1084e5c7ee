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
    REGULATOR_COMPLAINT("complaint to the Commissioner expected by", Party.REQUESTER),
    /**
     * The last day to appeal the Commissioner's decision notice: to the First-tier Tribunal (FOIA s57, EIR reg 18)
     * or, in Scotland, to the Court of Session on a point of law (FOISA s56, EISR reg 17). Either side may appeal.
     */
    APPEAL("last day to appeal the decision notice", Party.EITHER),
    /** The steps a decision notice requires of the authority are due (FOIA s50(4), FOISA s49(6)). */
    DECISION_NOTICE_STEPS("steps the decision notice requires", Party.AUTHORITY);

    /** Who must act by a deadline. */
    public enum Party {
        /** The public authority. */
        AUTHORITY,
        /** The requester. */
        REQUESTER,
        /** Either of them: a right both have, such as an appeal against a decision notice. */
        EITHER
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
