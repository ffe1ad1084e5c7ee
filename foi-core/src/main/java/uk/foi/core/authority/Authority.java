package uk.foi.core.authority;

import java.util.Objects;
import java.util.Set;
import uk.foi.core.reference.ReferenceFormat;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.cost.CostLimitTier;

/**
 * A public authority as the toolkit needs it. One deployment may serve several. The clock profile carries the regime,
 * the authority type for time limits (FOIA s10(4)-(6) regulations), the nation whose bank holidays count, and the
 * authority's policy: the receipt rule, the window for asking for an internal review (40 working days by default) and
 * its review target (20 working days by default).
 *
 * @param id              the identifier; not null
 * @param name            the name used in letters ("Metropolitan Police Service"); not blank
 * @param clock           how its statutory clock runs; not null
 * @param costLimit       its appropriate limit under FOIA s12 (SI 2004/3244 reg 3); not null
 * @param referenceFormat how its request references are written; not null
 * @param contact         the addresses its letters give; not null
 * @param regimes         the regimes it is subject to: its main one ({@code clock.regime()}) and, usually, the
 *                        counterpart for environmental information (a council or police force in England, Wales or
 *                        Northern Ireland is subject to FOIA and the EIR; a Scottish one to FOISA and the EISR)
 */
public record Authority(AuthorityId id, String name, ClockProfile clock, CostLimitTier costLimit,
        ReferenceFormat referenceFormat, Contact contact, Set<Regime> regimes) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if the name is blank, the cost-limit tier does not fit the regime, or the
     *                                  regimes leave out the main one or name one that is not its counterpart
     */
    public Authority {
        Objects.requireNonNull(regimes, "regimes");
        regimes = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(
                regimes.isEmpty() ? Set.of(clock.regime()) : regimes));
        if (!regimes.contains(clock.regime())) {
            throw new IllegalArgumentException("the regimes " + regimes + " must include the main regime "
                    + clock.regime());
        }
        for (Regime other : regimes) {
            if (other != clock.regime() && clock.regime().counterpart().filter(other::equals).isEmpty()) {
                throw new IllegalArgumentException(other + " cannot be handled beside " + clock.regime()
                        + "; an authority subject to " + clock.regime() + " may also be subject to "
                        + clock.regime().counterpart().map(Regime::name).orElse("nothing else"));
            }
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(costLimit, "costLimit");
        Objects.requireNonNull(referenceFormat, "referenceFormat");
        Objects.requireNonNull(contact, "contact");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an authority needs a name");
        }
        if (clock.regime().isScottish() != (costLimit == CostLimitTier.SCOTTISH_AUTHORITY)) {
            throw new IllegalArgumentException("cost-limit tier " + costLimit + " does not fit regime "
                    + clock.regime() + ": Scottish authorities use SCOTTISH_AUTHORITY, others do not");
        }
    }

    /**
     * An authority subject to its main regime and that regime's counterpart (FOIA and the EIR, FOISA and the EISR).
     *
     * @param id              the identifier
     * @param name            the name used in letters
     * @param clock           how its statutory clock runs
     * @param costLimit       its appropriate limit
     * @param referenceFormat how its references are written
     * @param contact         the addresses its letters give
     */
    public Authority(AuthorityId id, String name, ClockProfile clock, CostLimitTier costLimit,
            ReferenceFormat referenceFormat, Contact contact) {
        this(id, name, clock, costLimit, referenceFormat, contact, withCounterpart(clock.regime()));
    }

    /**
     * @param subjectTo the regimes it is subject to (see the record's {@code regimes})
     * @return this authority subject to them
     * @throws IllegalArgumentException if they leave out the main regime or name one that is not its counterpart
     */
    public Authority withRegimes(Set<Regime> subjectTo) {
        return new Authority(id, name, clock, costLimit, referenceFormat, contact, subjectTo);
    }

    private static Set<Regime> withCounterpart(Regime main) {
        Set<Regime> both = java.util.EnumSet.of(main);
        main.counterpart().ifPresent(both::add);
        return both;
    }

    /** @return the main regime: what a request is handled under unless intake says otherwise */
    public Regime regime() {
        return clock.regime();
    }

    /**
     * @param regime one of {@link #regimes()}
     * @return the profile a new request under it is handled by
     */
    public ClockProfile profileFor(Regime regime) {
        return clock.underRegime(regime);
    }

    /**
     * The profile of one of this authority's requests re-routed to another regime (FOIA s39, EIR reg 5): the request
     * keeps the nation and policy it was received under. A special time limit (SI 2004/3364) and a school's term
     * dates apply under FOIA only, so a profile under the EIR carries none: a request re-routed back to FOIA takes
     * this authority's.
     *
     * @param request the request's profile
     * @param regime  one of {@link #regimes()}
     * @return the profile it is handled under from now on
     */
    public ClockProfile rerouted(ClockProfile request, Regime regime) {
        ClockProfile to = request.underRegime(regime);
        if (regime != Regime.FOIA || request.regime() == Regime.FOIA || clock.regime() != Regime.FOIA) {
            return to;
        }
        return new ClockProfile(regime, clock.authorityType(), to.nation(), to.policy(), clock.schoolDays());
    }

    /**
     * Where requesters write to the authority.
     *
     * @param foiEmail          the FOI unit's address for requests; not blank
     * @param complaintsAddress where internal review requests go, one line per address line; not blank
     * @param signatory         who signs responses ("Freedom of Information Manager"); not blank
     */
    public record Contact(String foiEmail, String complaintsAddress, String signatory) {

        /**
         * Validates the components.
         *
         * @throws NullPointerException     if any is null
         * @throws IllegalArgumentException if any is blank
         */
        public Contact {
            for (String field : new String[] {foiEmail, complaintsAddress, signatory}) {
                if (Objects.requireNonNull(field, "contact field").isBlank()) {
                    throw new IllegalArgumentException("authority contact fields must not be blank");
                }
            }
        }
    }
}
