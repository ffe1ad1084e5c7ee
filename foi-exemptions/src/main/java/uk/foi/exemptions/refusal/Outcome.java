package uk.foi.exemptions.refusal;

import java.util.Locale;

/**
 * What was decided for one part of a request: the one outcome the API, the events, the section 17 check, the CLI's
 * draft and the letters all use. Drafts written for 0.1 used {@code PARTLY_WITHHELD} and {@code NOT_A_VALID_REQUEST},
 * which {@link #parse} still reads.
 */
public enum Outcome {
    /** Disclosed in full. */
    DISCLOSED,
    /** Disclosed with some information withheld under cited provisions (FOIA s17(1)). */
    PARTIALLY_DISCLOSED,
    /** Withheld in full under cited provisions, with reasons, harm and public interest test (s17(1), (3)). */
    WITHHELD,
    /** Not held (FOIA s1(1)(a) answered "no"; EIR reg 12(4)(a)). */
    NOT_HELD,
    /** Neither confirmed nor denied under an NCND provision. */
    NEITHER_CONFIRM_NOR_DENY,
    /** Reasonably accessible elsewhere (FOIA s21; FOISA s25), with where. */
    ACCESSIBLE_ELSEWHERE,
    /** Not a request for recorded information (FOIA s8, s84), answered with advice under s16. */
    NOT_RECORDED_INFORMATION,
    /** Held by another body (transferred or referred, as seed 001 refers PNC data to ACRO); not held here. */
    HELD_BY_ANOTHER_BODY,
    /** Refused because complying would exceed the appropriate limit (FOIA s12), with the estimate. */
    COST_LIMIT,
    /** Refused as vexatious (FOIA s14(1)). */
    VEXATIOUS,
    /** Refused as repeated (FOIA s14(2)). */
    REPEATED;

    /**
     * @param text an outcome's name, in any case, or a 0.1 draft's name for it
     * @return the outcome
     * @throws IllegalArgumentException naming the outcomes, if it is none of them
     */
    public static Outcome parse(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return switch (name) {
            case "PARTLY_WITHHELD" -> PARTIALLY_DISCLOSED;
            case "NOT_A_VALID_REQUEST" -> NOT_RECORDED_INFORMATION;
            default -> {
                try {
                    yield valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + text + "' is not an outcome: one of "
                            + java.util.Arrays.toString(values()), e);
                }
            }
        };
    }

    /** @return true if some information is given to the requester */
    public boolean discloses() {
        return this == DISCLOSED || this == PARTIALLY_DISCLOSED;
    }

    /** @return true if the part withholds something relying on cited provisions */
    public boolean withholds() {
        return this == PARTIALLY_DISCLOSED || this == WITHHELD || this == NEITHER_CONFIRM_NOR_DENY
                || this == ACCESSIBLE_ELSEWHERE;
    }

    /** @return true if the part refuses the request or some of it, so that a refusal notice is needed */
    public boolean refuses() {
        return withholds() || this == COST_LIMIT || this == VEXATIOUS || this == REPEATED;
    }
}
