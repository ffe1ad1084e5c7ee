package uk.foi.core.request;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import uk.foi.exemptions.refusal.Outcome;

/**
 * The outcome of a whole request, derived from its parts, in the categories UK central government publishes in its
 * FOI statistics (Cabinet Office, "Freedom of Information statistics: guidance", outcome of resolvable requests).
 */
public enum OverallOutcome {
    /** Everything asked for that is held was given. */
    GRANTED_IN_FULL,
    /** Some was given, some withheld (including neither confirmed nor denied). */
    PARTIALLY_WITHHELD,
    /** Nothing was given: all withheld under exemptions. */
    WITHHELD_IN_FULL,
    /** Nothing was given: the authority neither confirmed nor denied holding it. */
    NEITHER_CONFIRMED_NOR_DENIED,
    /** Nothing asked for is held (or it is held by another body). */
    NOT_HELD,
    /** Refused because complying would exceed the cost limit (s12). */
    COST_LIMIT,
    /** Refused as vexatious or repeated (s14). */
    VEXATIOUS_OR_REPEATED,
    /** Nothing in it was a request for recorded information (s8, s84). */
    NOT_A_VALID_REQUEST;

    /**
     * Derives the overall outcome from the parts' outcomes. A s14 refusal of any part governs; then a request that
     * gave something and withheld or refused something is partially withheld; one that gave something and withheld
     * nothing is granted in full, even where some parts were not held.
     *
     * @param outcomes the outcomes of the parts; not empty
     * @return the overall outcome
     * @throws IllegalArgumentException if there are none
     */
    public static OverallOutcome of(Collection<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("no part has been decided");
        }
        Set<Outcome> set = EnumSet.copyOf(outcomes);
        boolean gives = set.stream().anyMatch(Outcome::discloses);
        boolean refuses = set.stream().anyMatch(Outcome::refuses);
        if (set.contains(Outcome.VEXATIOUS) || set.contains(Outcome.REPEATED)) {
            return VEXATIOUS_OR_REPEATED;
        }
        if (gives) {
            return refuses ? PARTIALLY_WITHHELD : GRANTED_IN_FULL;
        }
        if (set.contains(Outcome.COST_LIMIT)) {
            return COST_LIMIT;
        }
        if (set.contains(Outcome.WITHHELD) || set.contains(Outcome.ACCESSIBLE_ELSEWHERE)) {
            return WITHHELD_IN_FULL;
        }
        if (set.contains(Outcome.NEITHER_CONFIRM_NOR_DENY)) {
            return NEITHER_CONFIRMED_NOR_DENIED;
        }
        if (set.contains(Outcome.NOT_HELD) || set.contains(Outcome.HELD_BY_ANOTHER_BODY)) {
            return NOT_HELD;
        }
        return NOT_A_VALID_REQUEST;
    }
}
