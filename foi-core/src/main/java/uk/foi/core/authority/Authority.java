package uk.foi.core.authority;

import java.util.Objects;
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
 */
public record Authority(AuthorityId id, String name, ClockProfile clock, CostLimitTier costLimit,
        ReferenceFormat referenceFormat, Contact contact) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if the name is blank, or the cost-limit tier does not fit the regime
     */
    public Authority {
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

    /** @return the regime its requests are handled under */
    public Regime regime() {
        return clock.regime();
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
