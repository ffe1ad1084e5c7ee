package uk.foi.deadlines;

/**
 * One statutory rule in the computation of the response date. The rules run in a fixed order over a shared working
 * state (see {@link StatutoryClock#RESPONSE_RULES}); each records its step in the explanation.
 */
interface ResponseRule {

    /**
     * Applies the rule.
     *
     * @param working the computation so far; not null
     */
    void apply(ResponseWorking working);
}
