package uk.foi.letters;

/** The letters the toolkit writes, each naming its template. */
public enum LetterKind {
    /** The response: the decision per part and, where anything is refused, the refusal notice (FOIA s17). */
    RESPONSE("response"),
    /** Acknowledges receipt and gives the response date (good practice; the s45 Code of Practice encourages it). */
    ACKNOWLEDGEMENT("acknowledgement"),
    /** Asks the requester to clarify (FOIA s1(3), s16). */
    CLARIFICATION("clarification"),
    /** A fees notice (FOIA s9). */
    FEES_NOTICE("fees-notice"),
    /** Extends the response date for the public interest test (FOIA s10(3), s17(2)) or EIR reg 7. */
    EXTENSION("extension"),
    /**
     * The internal review's outcome: what the review found, the parts it decided afresh with the reasons for any
     * refusal (a refusal notice again, FOIA s17), and the right to apply to the Commissioner (FOIA s50, FOISA s47).
     */
    REVIEW_OUTCOME("review-outcome"),
    /**
     * The response when nothing asked for is held: saying so (FOIA s1(1)(a); FOISA s17; EIR reg 12(4)(a) and EISR
     * reg 10(4)(a), refusals under EIR reg 14 and EISR reg 13) and, where another body holds it, who (EIR reg 10,
     * EISR reg 14; advice and assistance under FOIA s16 and FOISA s15).
     */
    NOT_HELD("not-held");

    private final String template;

    LetterKind(String template) {
        this.template = template;
    }

    /** @return the template's base name, such as {@code response} */
    public String template() {
        return template;
    }
}
