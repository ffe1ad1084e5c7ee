package uk.foi.deadlines;

import java.util.Objects;
import java.util.Optional;
import uk.foi.deadlines.calendar.Division;

/**
 * What the clocks need to know about the authority handling a request: the regime, any special time limit, where it
 * is (for subject access), its policy and, for a school, its term dates.
 *
 * @param regime        the regime; not null
 * @param authorityType the special time limit, if any; not null ({@link AuthorityType#STANDARD} for none)
 * @param nation        the authority's division; not null
 * @param policy        the authority's practice settings; not null
 * @param schoolDays    the term dates; present exactly when {@code authorityType} is {@link AuthorityType#SCHOOL}
 */
public record ClockProfile(Regime regime, AuthorityType authorityType, Division nation, AuthorityPolicy policy,
        Optional<SchoolDays> schoolDays) {

    /**
     * Validates the combination.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if a special time limit is used outside FOIA, or a school has no term dates
     */
    public ClockProfile {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(authorityType, "authorityType");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(schoolDays, "schoolDays");
        if (authorityType != AuthorityType.STANDARD && regime != Regime.FOIA) {
            throw new IllegalArgumentException("authority type " + authorityType
                    + " has a special time limit under FOIA only (SI 2004/3364), not under " + regime);
        }
        if ((authorityType == AuthorityType.SCHOOL) != schoolDays.isPresent()) {
            throw new IllegalArgumentException(authorityType == AuthorityType.SCHOOL
                    ? "a school needs its term dates: the 20th school day may come before the 60th working day"
                    : "term dates are only for authority type school");
        }
    }

    /**
     * A standard authority in England and Wales with the default policy.
     *
     * @param regime the regime; not null
     * @return the profile
     */
    public static ClockProfile of(Regime regime) {
        return new ClockProfile(regime, AuthorityType.STANDARD, Division.ENGLAND_AND_WALES, AuthorityPolicy.DEFAULT,
                Optional.empty());
    }

    /** @param type a special time limit (not school) @return this profile with it */
    public ClockProfile withAuthorityType(AuthorityType type) {
        return new ClockProfile(regime, type, nation, policy, Optional.empty());
    }

    /** @param terms the school's term dates @return this profile as a school with those terms */
    public ClockProfile asSchool(SchoolDays terms) {
        return new ClockProfile(regime, AuthorityType.SCHOOL, nation, policy, Optional.of(terms));
    }

    /** @param newPolicy the policy @return this profile with it */
    public ClockProfile withPolicy(AuthorityPolicy newPolicy) {
        return new ClockProfile(regime, authorityType, nation, newPolicy, schoolDays);
    }

    /**
     * This profile for a request handled under another regime: the authority's nation and policy stay; a special
     * time limit (SI 2004/3364, made under FOIA s10(4)-(5)) and a school's term dates apply under FOIA only, so under
     * any other regime the profile is standard. Used when a request is logged under, or re-routed to, the other regime
     * an authority is subject to (FOIA s39 sends environmental information to the EIR; EIR reg 5).
     *
     * @param other the regime; not null
     * @return the profile under it (this profile if the regime is the same)
     */
    public ClockProfile underRegime(Regime other) {
        Objects.requireNonNull(other, "other");
        if (other == regime) {
            return this;
        }
        return other == Regime.FOIA
                ? new ClockProfile(other, authorityType, nation, policy, schoolDays)
                : new ClockProfile(other, AuthorityType.STANDARD, nation, policy, Optional.empty());
    }

    /** @param division the authority's division @return this profile with it */
    public ClockProfile withNation(Division division) {
        return new ClockProfile(regime, authorityType, division, policy, schoolDays);
    }
}
