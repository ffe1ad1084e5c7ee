package uk.foi.deadlines;

/**
 * The kinds of authority or request that have a special time for compliance under the Freedom of Information (Time
 * for Compliance with Request) Regulations 2004 (SI 2004/3364), made under FOIA s10(4). They apply under FOIA only.
 */
public enum AuthorityType {
    /** No special limit: 20 working days. */
    STANDARD,
    /**
     * A maintained school or nursery school, or a Ministry of Defence school (SI 2004/3364 reg 3), and by later
     * regulations Northern Ireland schools (SI 2009/1369) and academies (SI 2010/2768): the earlier of the 20th
     * school day and the 60th working day.
     */
    SCHOOL,
    /**
     * A public record transferred to The National Archives or a place of deposit that needs a decision on whether
     * closed information is exempt (SI 2004/3364 reg 4): the 30th working day.
     */
    ARCHIVES,
    /**
     * Information that must be obtained from someone involved in an armed forces operation (SI 2004/3364 reg 5): a
     * day the Commissioner specifies, no later than the 60th working day.
     */
    ARMED_FORCES,
    /**
     * Information held outside the UK (SI 2004/3364 reg 6): a day the Commissioner specifies, no later than the
     * 60th working day.
     */
    OVERSEAS;

    /**
     * Parses {@code school}, {@code archives}, {@code armed-forces}, {@code overseas} or {@code standard}, ignoring
     * case.
     *
     * @param text the text; not null
     * @return the type
     * @throws IllegalArgumentException if none matches
     */
    public static AuthorityType parse(String text) {
        return EnumSpelling.parse(AuthorityType.class, text, "authority type",
                "standard, school, archives, armed-forces or overseas");
    }

    @Override
    public String toString() {
        return EnumSpelling.of(this);
    }
}
