package uk.foi.exemptions.refusal;

/** What a draft response decides for one part of a request. */
public enum Outcome {
    /** Disclosed in full. */
    DISCLOSED,
    /** Disclosed with some information withheld under cited provisions. */
    PARTLY_WITHHELD,
    /** Withheld in full under cited provisions. */
    WITHHELD,
    /** Not held (FOIA s1(1)(a) answered "no"; EIR reg 12(4)(a)). */
    NOT_HELD,
    /** Neither confirmed nor denied under an NCND provision. */
    NEITHER_CONFIRM_NOR_DENY,
    /** Reasonably accessible elsewhere (FOIA s21; FOISA s25). */
    ACCESSIBLE_ELSEWHERE,
    /** Refused because complying would exceed the cost limit (FOIA s12). */
    COST_LIMIT,
    /** Refused as vexatious (FOIA s14(1)). */
    VEXATIOUS,
    /** Refused as repeated (FOIA s14(2)). */
    REPEATED,
    /** Not a request for recorded information (FOIA s8, s84), answered with advice. */
    NOT_A_VALID_REQUEST;

    /** @return true if the part withholds something relying on cited provisions */
    public boolean withholds() {
        return this == PARTLY_WITHHELD || this == WITHHELD || this == NEITHER_CONFIRM_NOR_DENY
                || this == ACCESSIBLE_ELSEWHERE;
    }

    /** @return true if the part refuses the request or some of it, so that a refusal notice is needed */
    public boolean refuses() {
        return withholds() || this == COST_LIMIT || this == VEXATIOUS || this == REPEATED;
    }
}
