package uk.foi.deadlines;

import java.time.Period;
import java.util.Objects;

/**
 * An authority's own settings for the time limits that are practice rather than law. Where a regime makes a limit
 * statutory the policy cannot weaken it: an authority may give the requester <em>longer</em> than the statute and
 * set itself <em>shorter</em> targets, never the reverse (see {@link ReviewClocks}).
 *
 * @param receiptRule         how a request arriving on a non-working day is dated; not null
 * @param reviewRequestWindow how long after the response the requester may ask for an internal review
 * @param reviewTarget        how long the authority aims to take over an internal review
 * @param reviewMaximum       the longest it allows itself, at least {@code reviewTarget}
 * @param regulatorWindow     how long after the final response a complaint to the Information Commissioner is
 *                            expected (ICO policy: six weeks); not null, positive
 */
public record AuthorityPolicy(ReceiptRule receiptRule, WorkingDays reviewRequestWindow, WorkingDays reviewTarget,
        WorkingDays reviewMaximum, Period regulatorWindow) {

    /**
     * The defaults: the literal receipt rule; 40 working days to ask for a review and 20 (at most 40) to complete it,
     * as in the s45 Code of Practice (2018) part 5 and the seed letters; six weeks to complain to the ICO.
     */
    public static final AuthorityPolicy DEFAULT = new AuthorityPolicy(ReceiptRule.LITERAL, WorkingDays.of(40),
            WorkingDays.of(20), WorkingDays.of(40), Period.ofWeeks(6));

    /**
     * Validates the components.
     *
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if a window is zero, the target exceeds the maximum, or the regulator window
     *                                  is not positive
     */
    public AuthorityPolicy {
        Objects.requireNonNull(receiptRule, "receiptRule");
        Objects.requireNonNull(reviewRequestWindow, "reviewRequestWindow");
        Objects.requireNonNull(reviewTarget, "reviewTarget");
        Objects.requireNonNull(reviewMaximum, "reviewMaximum");
        Objects.requireNonNull(regulatorWindow, "regulatorWindow");
        if (reviewRequestWindow.count() == 0 || reviewTarget.count() == 0) {
            throw new IllegalArgumentException("review windows must be at least one working day");
        }
        if (reviewTarget.compareTo(reviewMaximum) > 0) {
            throw new IllegalArgumentException("the review target (" + reviewTarget.count() + " working days) is longer"
                    + " than the most a review may take (" + reviewMaximum.count() + " working days)");
        }
        if (regulatorWindow.isNegative() || regulatorWindow.isZero()) {
            throw new IllegalArgumentException("regulator window must be positive: " + regulatorWindow);
        }
    }

    /**
     * This policy with another receipt rule.
     *
     * @param rule the rule; not null
     * @return the new policy
     */
    public AuthorityPolicy withReceiptRule(ReceiptRule rule) {
        return new AuthorityPolicy(rule, reviewRequestWindow, reviewTarget, reviewMaximum, regulatorWindow);
    }
}
