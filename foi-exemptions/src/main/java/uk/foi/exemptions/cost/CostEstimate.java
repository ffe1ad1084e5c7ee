package uk.foi.exemptions.cost;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import uk.foi.deadlines.Regime;

/**
 * An estimate of the cost of complying with a request, for a refusal under FOIA s12 or FOISA s12. Staff time is
 * costed at £25 an hour for FOIA (SI 2004/3244 reg 4(4)) and at most £15 an hour for FOISA (SSI 2004/467 reg 3), and
 * only the activities in {@link Activity#counts()} are counted. The EIR have no cost limit: a burdensome EIR
 * request is manifestly unreasonable under reg 12(4)(b) instead, so this estimate refuses EIR and EISR.
 *
 * @param regime FOIA or FOISA
 * @param tier   the authority's appropriate limit
 * @param hours  estimated time per activity; activities not listed take none
 */
public record CostEstimate(Regime regime, CostLimitTier tier, Map<Activity, Duration> hours) {

    /** FOIA staff time, pence per hour (SI 2004/3244 reg 4(4)). */
    public static final int FOIA_PENCE_PER_HOUR = 2_500;
    /** FOISA staff time cap, pence per hour (SSI 2004/467 reg 3). */
    public static final int FOISA_PENCE_PER_HOUR = 1_500;

    /**
     * @throws IllegalArgumentException for the EIR, EISR or SAR, a tier that does not match the regime, or a
     *                                  negative duration
     */
    public CostEstimate {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(tier, "tier");
        EnumMap<Activity, Duration> copy = new EnumMap<>(Activity.class);
        copy.putAll(Objects.requireNonNull(hours, "hours"));
        hours = java.util.Collections.unmodifiableMap(copy);
        if (regime != Regime.FOIA && regime != Regime.FOISA) {
            throw new IllegalArgumentException("there is no cost limit under " + regime
                    + (regime == Regime.EIR ? ": a burdensome request is manifestly unreasonable (EIR reg 12(4)(b))"
                    : regime == Regime.EISR ? ": a burdensome request is manifestly unreasonable (EISR reg 10(4)(b))"
                    : ""));
        }
        if ((regime == Regime.FOISA) != (tier == CostLimitTier.SCOTTISH_AUTHORITY)) {
            throw new IllegalArgumentException("the " + tier + " limit does not apply under " + regime);
        }
        hours.forEach((activity, time) -> {
            if (time.isNegative()) {
                throw new IllegalArgumentException(activity + " has a negative estimate: " + time);
            }
        });
    }

    /** @return the time that counts towards the limit */
    public Duration countedTime() {
        return hours.entrySet().stream().filter(e -> e.getKey().counts()).map(Map.Entry::getValue)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** @return the time estimated for activities that do not count, shown so nobody adds it by mistake */
    public Duration uncountedTime() {
        return hours.entrySet().stream().filter(e -> !e.getKey().counts()).map(Map.Entry::getValue)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** @return pence per hour for the regime */
    public int pencePerHour() {
        return regime == Regime.FOISA ? FOISA_PENCE_PER_HOUR : FOIA_PENCE_PER_HOUR;
    }

    /** @return the estimated cost in pence: counted minutes times the hourly rate, rounded down to the penny */
    public long costPence() {
        return countedTime().toMinutes() * pencePerHour() / 60;
    }

    /** @return the hours the limit allows: 24 (£600 at £25), 18 (£450 at £25), 40 (£600 at £15) */
    public Duration limitTime() {
        return Duration.ofMinutes((long) tier.limitPence() * 60 / pencePerHour());
    }

    /** @return true if the cost exceeds the appropriate limit, so that s12(1) may be relied on */
    public boolean exceedsLimit() {
        return costPence() > tier.limitPence();
    }

    /** @return the working, for a refusal notice: "26h 30m counted at £25.00/h = £662.50, over the £450.00 limit" */
    public String explain() {
        return format(countedTime()) + " counted at " + pounds(pencePerHour()) + "/h = " + pounds(costPence())
                + (exceedsLimit() ? ", over" : ", within") + " the " + pounds(tier.limitPence()) + " limit ("
                + format(limitTime()) + ")" + (uncountedTime().isZero() ? ""
                : "; " + format(uncountedTime()) + " for redaction and other work not counted");
    }

    static String pounds(long pence) {
        return String.format(java.util.Locale.ROOT, "£%d.%02d", pence / 100, pence % 100);
    }

    private static String format(Duration time) {
        long minutes = time.toMinutes();
        return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + "m");
    }
}
