package uk.foi.core.request;

import uk.foi.exemptions.refusal.Outcome;

/**
 * What was decided for one part of a request. Each maps to the {@link Outcome} that the section 17 check reads.
 */
public enum PartOutcome {
    /** Disclosed in full. */
    DISCLOSED(Outcome.DISCLOSED),
    /** Disclosed with some information withheld under cited exemptions (FOIA s17(1)). */
    PARTIALLY_DISCLOSED(Outcome.PARTLY_WITHHELD),
    /** Withheld in full under cited exemptions, with reasons, harm and public interest test (s17(1), (3)). */
    WITHHELD(Outcome.WITHHELD),
    /** The authority holds no such information (s1(1)(a) answered "no"). */
    NOT_HELD(Outcome.NOT_HELD),
    /** Neither confirmed nor denied under an exemption's s1(1)(a) provision. */
    NEITHER_CONFIRM_NOR_DENY(Outcome.NEITHER_CONFIRM_NOR_DENY),
    /** Reasonably accessible to the requester elsewhere (s21), with where. */
    ACCESSIBLE_ELSEWHERE(Outcome.ACCESSIBLE_ELSEWHERE),
    /** Not a request for recorded information (s8, s84), answered with advice under s16. */
    NOT_RECORDED_INFORMATION(Outcome.NOT_A_VALID_REQUEST),
    /** Held by another body (transferred or referred, as seed 001 refers PNC data to ACRO); not held here. */
    HELD_BY_ANOTHER_BODY(Outcome.NOT_HELD),
    /** Refused because complying would exceed the appropriate limit (s12), with the estimate. */
    COST_LIMIT(Outcome.COST_LIMIT),
    /** Refused as vexatious (s14(1)). */
    VEXATIOUS(Outcome.VEXATIOUS),
    /** Refused as repeated (s14(2)). */
    REPEATED(Outcome.REPEATED);

    private final Outcome checked;

    PartOutcome(Outcome checked) {
        this.checked = checked;
    }

    /** @return the outcome as the section 17 check reads it */
    public Outcome checkedAs() {
        return checked;
    }

    /** @return true if some information is given to the requester */
    public boolean discloses() {
        return this == DISCLOSED || this == PARTIALLY_DISCLOSED;
    }

    /** @return true if the part relies on an exemption or exclusion to withhold or to neither confirm nor deny */
    public boolean withholds() {
        return checked.withholds();
    }
}
