package uk.foi.exemptions;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a provision stops applying to a historical record (FOIA Part VI). A record becomes historical at the end of
 * 20 years beginning with the year after it was created (s62(1), as amended by the Constitutional Reform and
 * Governance Act 2010); s63 then removes some exemptions at once and others after longer periods, and s64 changes
 * others for records held by The National Archives or PRONI.
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
        return Optional.of(LocalDate.of(createdYear + 1 + years, 1, 1));
    }

    /**
     * @param createdYear the year the record was created
     * @return the day the record becomes historical under FOIA s62(1): 1 January, 21 years after creation
     */
    public static LocalDate historicalFrom(int createdYear) {
        return LocalDate.of(createdYear + 1 + 20, 1, 1);
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
