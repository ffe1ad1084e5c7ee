package uk.foi.exemptions.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.foi.deadlines.Regime;

/**
 * A response about to be sent, as the section 17 check reads it.
 *
 * @param regime                the regime the request is handled under
 * @param date                  the date the response will be sent, for the historical-record rules
 * @param parts                 the parts, in the request's order
 * @param internalReviewStated  the notice describes the internal review (complaints) procedure, or says there is none
 *                              (FOIA s17(7)(a); EIR reg 14(5)(a) representations under reg 11; FOISA s19(a))
 * @param regulatorRightStated  the notice states the right to apply to the Information Commissioner (s17(7)(b), s50;
 *                              EIR reg 14(5)(b) with reg 18) or the Scottish Information Commissioner (FOISA s19(b))
 * @param presumptionStated     the notice shows the presumption in favour of disclosure was applied (EIR reg 12(2))
 */
public record DraftResponse(Regime regime, LocalDate date, List<PartDecision> parts, boolean internalReviewStated,
                            boolean regulatorRightStated, boolean presumptionStated) {

    /** Copies the list and checks nothing is null. */
    public DraftResponse {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(date, "date");
        parts = List.copyOf(parts);
        if (regime == Regime.SAR) {
            throw new IllegalArgumentException("a subject access response is not checked against FOIA s17");
        }
    }

    /** @return true if any part refuses something, so that the notice rules apply */
    public boolean refuses() {
        return parts.stream().anyMatch(part -> part.outcome().refuses());
    }

    /** @return true under the EIR or EISR */
    public boolean environmental() {
        return regime.isEnvironmental();
    }
}
