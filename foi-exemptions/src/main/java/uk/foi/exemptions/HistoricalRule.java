package uk.foi.exemptions;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a provision stops applying to a historical record (FOIA Part VI). A record becomes historical at the end of
 * 20 years beginning with the year after it was created (s62(1), as amended by the Constitutional Reform and
 * Governance Act 2010 s45); s63 then removes some exemptions at once and others after longer periods, and s64 changes
 * others for records held by The National Archives or PRONI.
 *
 * <p>The move from 30 years to 20 was phased in (the CRAG 2010 commencement and transitional order, SI 2012/3029):
 * from 2013 to 2022 two years of records became historical each year instead of one. So in 2012 records created up
 * to 1981 were historical (the 30-year rule), in 2013 up to 1983, in 2014 up to 1985, and so on to 2001 in 2022; from
 * 2023 the 20-year rule alone applies (2002 records in 2023). A 2014 response about a 1992 record is not yet dealing
 * with a historical record, although 20 years had passed. Relied on: TNA's published timetable for the transition,
 * two years a year from 2013; the exact wording of the order is marked <i>verify</i> in docs/exemptions.md.
 *
 * @param kind            never, after a number of years, the later of years or years after a death, or unknown
 * @param years           the period in years, beginning with the year after creation; 0 if not applicable
 * @param yearsAfterDeath for s37, years after the relevant person's death; 0 if not applicable
 * @param source          the provision that sets the period, or empty
 * @param verified        false where the period was not confirmed against the current statute
 * @param archives        what happens to the provision for historical records held by TNA or PRONI (s64)
 */
public record HistoricalRule(Kind kind, int years, int yearsAfterDeath, String source, boolean verified,
                             ArchiveEffect archives) {

    /** The shape of the rule. */
    public enum Kind {
        /** The provision is not removed by the passage of time. */
        NEVER,
        /** The provision stops applying after a number of years. */
        AFTER_YEARS,
        /** The later of a number of years and a number of years after a death (FOIA s37). */
        AFTER_YEARS_OR_DEATH,
        /** Not encoded: the period was not confirmed (FOISA ss57-58, EISR). */
        UNKNOWN
    }

    /** FOIA s64, for historical records held by The National Archives or the Public Record Office of NI. */
    public enum ArchiveEffect {
        /** No change. */
        UNCHANGED,
        /** The provision cannot apply (ss21, 22). */
        CANNOT_APPLY,
        /** The provision becomes qualified (s23). */
        BECOMES_QUALIFIED
    }

    /** A provision that time never removes. */
    public static final HistoricalRule NEVER = new HistoricalRule(Kind.NEVER, 0, 0, "", true, ArchiveEffect.UNCHANGED);

    /** The s62(1) period since CRAG 2010. */
    static final int HISTORICAL_YEARS = 20;
    /** The last year created that the 30-year rule alone made historical (in 2012). */
    private static final int LAST_UNDER_THIRTY_YEARS = 1981;
    /** The first year created that the 20-year rule alone makes historical (in 2023). */
    private static final int FIRST_UNDER_TWENTY_YEARS = 2002;

    /** Checks the numbers fit the kind. */
    public HistoricalRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(archives, "archives");
        if ((kind == Kind.AFTER_YEARS || kind == Kind.AFTER_YEARS_OR_DEATH) != years > 0) {
            throw new IllegalArgumentException(kind + " with " + years + " years");
        }
    }

    /**
     * The first day the provision can no longer apply, counting only years from creation. For s37 the real date may
     * be later: five years after the relevant death, which the catalogue cannot know.
     *
     * @param createdYear the year the record (or the latest record in its file, s62(2)) was created
     * @return 1 January of the year after the period ends; empty if time never removes the provision or the
     *         period is unknown
     */
    public Optional<LocalDate> fallsAwayOn(int createdYear) {
        if (kind != Kind.AFTER_YEARS && kind != Kind.AFTER_YEARS_OR_DEATH) {
            return Optional.empty();
        }
        // A provision that falls away when the record becomes historical (s63(1)) follows the phasing of s62(1).
        return Optional.of(years == HISTORICAL_YEARS ? historicalFrom(createdYear)
                : LocalDate.of(createdYear + 1 + years, 1, 1));
    }

    /**
     * @param createdYear the year the record was created
     * @return the day the record becomes historical under FOIA s62(1): 1 January, 21 years after creation once the
     *         20-year rule is fully in force (records from 2002); 31 years after under the 30-year rule (records up to
     *         1981); in between, the transition's year, two years of records a year from 2013
     */
    public static LocalDate historicalFrom(int createdYear) {
        if (createdYear <= LAST_UNDER_THIRTY_YEARS) {
            return LocalDate.of(createdYear + 1 + 30, 1, 1);
        }
        if (createdYear >= FIRST_UNDER_TWENTY_YEARS) {
            return LocalDate.of(createdYear + 1 + HISTORICAL_YEARS, 1, 1);
        }
        // 2013: up to 1983; each later year two more: the year Y with 1983 + 2(Y - 2013) >= created.
        int year = 2013 + Math.max(0, (createdYear - 1983 + 1) / 2);
        return LocalDate.of(year, 1, 1);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NEVER -> "never";
            case AFTER_YEARS -> years + " years" + (source.isEmpty() ? "" : " (" + source + ")");
            case AFTER_YEARS_OR_DEATH -> "the later of " + years + " years or " + yearsAfterDeath
                    + " years after the relevant death" + (source.isEmpty() ? "" : " (" + source + ")");
            case UNKNOWN -> "not encoded: check the regime's historical-record rules";
        };
    }
}
