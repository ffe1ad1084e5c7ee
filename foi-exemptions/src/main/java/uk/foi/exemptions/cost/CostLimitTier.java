package uk.foi.exemptions.cost;

/**
 * The appropriate limit for the cost of compliance. FOIA: Freedom of Information and Data Protection (Appropriate
 * Limit and Fees) Regulations 2004 (SI 2004/3244) reg 3 — £600 for the bodies in Part I of Schedule 1 to FOIA
 * (government departments, Parliament, the devolved legislatures, the armed forces), £450 for every other
 * authority. FOISA: Fees for Required Disclosure (Scotland) Regulations 2004 (SSI 2004/467) reg 5 — £600 for all.
 * https://www.legislation.gov.uk/uksi/2004/3244/regulation/3
 */
public enum CostLimitTier {
    /** Government departments, Parliament, devolved legislatures and the armed forces: £600 (reg 3(2)). */
    CENTRAL_GOVERNMENT(60_000),
    /** Every other FOIA authority: £450 (reg 3(3)). */
    OTHER_AUTHORITY(45_000),
    /** Every Scottish public authority under FOISA: £600 (SSI 2004/467 reg 5). */
    SCOTTISH_AUTHORITY(60_000);

    private final int limitPence;

    CostLimitTier(int limitPence) {
        this.limitPence = limitPence;
    }

    /** @return the limit in pence */
    public int limitPence() {
        return limitPence;
    }
}
