package uk.foi.deadlines;

import java.net.URI;

/**
 * The time for compliance: how many working days after the date of receipt the authority has.
 *
 * <ul>
 *   <li>FOIA s10(1): the 20th working day following the date of receipt.</li>
 *   <li>EIR reg 5(2) and EISR reg 5(2)(a): no later than 20 working days after the date of receipt.</li>
 *   <li>FOISA s10(1): the 20th working day after receipt.</li>
 *   <li>Under FOIA only, SI 2004/3364 (made under s10(4)): schools (reg 3), the earlier of the 20th school day
 *       and the 60th working day; public records needing a decision on closed information (reg 4), the 30th working
 *       day; armed forces operations (reg 5) and information held abroad (reg 6), a day the Commissioner specifies,
 *       no later than the 60th working day.</li>
 * </ul>
 *
 * @see <a href="https://www.legislation.gov.uk/uksi/2004/3364/contents/made">SI 2004/3364</a>
 */
final class TimeForCompliance implements ResponseRule {

    private static final URI FOIA_S10 = URI.create("https://www.legislation.gov.uk/ukpga/2000/36/section/10");
    private static final URI SI_2004_3364 = URI.create("https://www.legislation.gov.uk/uksi/2004/3364/contents/made");

    @Override
    public void apply(ResponseWorking w) {
        ClockProfile profile = w.timeline.profile();
        switch (profile.regime()) {
            case FOIA -> foia(w, profile);
            case EIR -> set(w, 20, "EIR reg 5(2): no later than 20 working days after the date of receipt",
                    "https://www.legislation.gov.uk/uksi/2004/3391/regulation/5");
            case FOISA -> set(w, 20, "FOISA s10(1): the 20th working day after receipt",
                    "https://www.legislation.gov.uk/asp/2002/13/section/10");
            case EISR -> set(w, 20, "EISR reg 5(2)(a): no later than 20 working days after the date of receipt",
                    "https://www.legislation.gov.uk/ssi/2004/520/regulation/5");
            case SAR -> throw new IllegalStateException("subject access uses SubjectAccessMonth");
        }
        w.step("Time for compliance: " + w.limit.count() + " working days (" + w.rule + ").");
    }

    private static void foia(ResponseWorking w, ClockProfile profile) {
        switch (profile.authorityType()) {
            case STANDARD -> set(w, 20, "FOIA s10(1): the 20th working day following the date of receipt",
                    FOIA_S10.toString());
            case SCHOOL -> {
                set(w, 20, "FOIA s10(1) as varied by SI 2004/3364 reg 3: the earlier of the 20th school day and the"
                        + " 60th working day following the date of receipt", SI_2004_3364.toString());
                w.schoolDays = profile.schoolDays();
                w.schoolCap = WorkingDays.of(60);
            }
            case ARCHIVES -> set(w, 30, "FOIA s10(1) as varied by SI 2004/3364 reg 4 (public records needing a decision"
                    + " on closed information): the 30th working day following the date of receipt",
                    SI_2004_3364.toString());
            case ARMED_FORCES, OVERSEAS -> {
                set(w, 60, "FOIA s10(1) as varied by SI 2004/3364 reg " + (profile.authorityType()
                        == AuthorityType.ARMED_FORCES ? "5 (armed forces operations)" : "6 (information held outside"
                        + " the UK)") + ": the day the Commissioner specifies, no later than the 60th working day",
                        SI_2004_3364.toString());
                w.warn("This is the latest day the Commissioner may specify; the authority must apply within 20"
                        + " working days of receipt, and the day the Commissioner specifies replaces it.");
            }
        }
    }

    private static void set(ResponseWorking w, int days, String rule, String source) {
        w.limit = WorkingDays.of(days);
        w.rule = rule;
        w.source = URI.create(source);
    }
}
