package uk.foi.core.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.OverallOutcome;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.ReviewResult;
import uk.foi.deadlines.ClockEvent;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.StatutoryClock;

/**
 * One authority's FOI statistics for a quarter, in the categories UK central government publishes (Cabinet Office,
 * "Freedom of Information statistics: guidance"): requests received in the quarter; of those, how they were answered
 * for timeliness and outcome; the exemptions relied on; and internal reviews completed in the quarter by result.
 * Figures about requests count the requests received in the quarter, whenever they were answered, as the published
 * statistics do; a request still open on the day of computing counts as in progress.
 *
 * @param authority        the authority
 * @param quarter          the quarter
 * @param computedOn       the day the figures were computed (open requests move on)
 * @param received         requests received in the quarter
 * @param timeliness       how the requests received were answered, against the time limits
 * @param outcomes         the overall outcome of those responded to
 * @param lapsed           those that lapsed (no clarification or fee within three months)
 * @param withdrawn        those withdrawn
 * @param inProgress       those still awaiting a response
 * @param exemptionsUsed   how many responses relied on each provision, by canonical citation
 * @param reviewsCompleted internal reviews completed in the quarter, by result
 */
public record QuarterlyStatistics(AuthorityId authority, Quarter quarter, LocalDate computedOn, int received,
        Timeliness timeliness, Map<OverallOutcome, Integer> outcomes, int lapsed, int withdrawn, int inProgress,
        Map<String, Integer> exemptionsUsed, Map<ReviewResult, Integer> reviewsCompleted) {

    /**
     * How requests were answered against the statutory time limit (FOIA s10(1), 20 working days) and any permitted
     * extension (s10(3) for the public interest test; EIR reg 7(1)).
     *
     * @param inTime           responded within 20 working days (the clock's stops for clarification and fees
     *                         counted)
     * @param withinExtension  responded after 20 working days but within a permitted extension
     * @param late             responded after the time limit
     * @param openNotYetDue    not yet responded, and still in time
     * @param openOverdue      not yet responded, and overdue
     */
    public record Timeliness(int inTime, int withinExtension, int late, int openNotYetDue, int openOverdue) {
    }

    /** Copies the maps. */
    public QuarterlyStatistics {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(computedOn, "computedOn");
        Objects.requireNonNull(timeliness, "timeliness");
        outcomes = Map.copyOf(outcomes);
        exemptionsUsed = java.util.Collections.unmodifiableMap(new TreeMap<>(exemptionsUsed));
        reviewsCompleted = Map.copyOf(reviewsCompleted);
    }

    /**
     * Computes the figures from the authority's requests.
     *
     * @param authority the authority; requests of other authorities are ignored
     * @param quarter   the quarter
     * @param requests  the requests (received in or near the quarter; others are ignored as appropriate)
     * @param clock     the statutory clock
     * @param today     the day of computing
     * @return the figures
     */
    public static QuarterlyStatistics of(AuthorityId authority, Quarter quarter, Collection<FoiRequest> requests,
            StatutoryClock clock, LocalDate today) {
        Map<RequestId, FoiRequest> relevant = new HashMap<>();
        requests.stream().filter(r -> r.authority().equals(authority)).filter(r -> quarter.contains(r.receivedOn())
                || r.timeline().last(ClockEvent.ReviewCompleted.class).filter(e -> quarter.contains(e.on()))
                        .isPresent()).forEach(r -> relevant.put(r.id(), r));
        List<StatisticsFacts> facts = relevant.values().stream()
                .map(r -> StatisticsFacts.of(r, Optional.empty(), clock)).toList();
        return from(authority, quarter, facts, today,
                open -> StatisticsFacts.overdue(relevant.get(open.request()), clock, today));
    }

    /**
     * Adds up the figures from each request's facts, as kept when the requests changed: the same figures as
     * {@link #of} gives from the requests themselves.
     *
     * @param authority the authority; facts of other authorities are ignored
     * @param quarter   the quarter
     * @param facts     the facts of (at least) the requests received in the quarter and those whose internal review
     *                  was completed in it, all under one law or all as a whole
     * @param today     the day of computing
     * @param overdue   whether a request still open ({@link StatisticsFacts.Standing#IN_PROGRESS}) is overdue today
     *                  ({@link StatisticsFacts#overdue})
     * @return the figures
     */
    public static QuarterlyStatistics from(AuthorityId authority, Quarter quarter, Collection<StatisticsFacts> facts,
            LocalDate today, Predicate<StatisticsFacts> overdue) {
        int received = 0;
        int inTime = 0;
        int withinExtension = 0;
        int late = 0;
        int openNotYetDue = 0;
        int openOverdue = 0;
        Map<OverallOutcome, Integer> outcomes = new EnumMap<>(OverallOutcome.class);
        Map<String, Integer> exemptions = new TreeMap<>();
        int lapsed = 0;
        int withdrawn = 0;
        int inProgress = 0;
        Map<ReviewResult, Integer> reviews = new EnumMap<>(ReviewResult.class);
        for (StatisticsFacts f : facts) {
            if (!f.authority().equals(authority)) {
                continue;
            }
            if (f.reviewCompletedOn().filter(quarter::contains).isPresent()) {
                f.review().ifPresent(result -> reviews.merge(result, 1, Integer::sum));
            }
            if (!quarter.contains(f.receivedOn())) {
                continue;
            }
            received++;
            switch (f.standing()) {
                case LAPSED -> lapsed++;
                case WITHDRAWN -> withdrawn++;
                case IN_PROGRESS -> {
                    inProgress++;
                    if (overdue.test(f)) {
                        openOverdue++;
                    } else {
                        openNotYetDue++;
                    }
                }
                case ANSWERED -> {
                    switch (f.answer().orElseThrow()) {
                        case IN_TIME -> inTime++;
                        case WITHIN_EXTENSION -> withinExtension++;
                        case LATE -> late++;
                        default -> throw new IllegalStateException();
                    }
                    outcomes.merge(f.outcome().orElseThrow(), 1, Integer::sum);
                    f.citations().forEach(c -> exemptions.merge(c, 1, Integer::sum));
                }
                default -> throw new IllegalStateException();
            }
        }
        return new QuarterlyStatistics(authority, quarter, today, received,
                new Timeliness(inTime, withinExtension, late, openNotYetDue, openOverdue), outcomes, lapsed,
                withdrawn, inProgress, exemptions, reviews);
    }

    /**
     * The figures for each regime the authority's requests were handled under (request model v2: an authority
     * subject to FOIA and the EIR answers some requests under each, and their time limits and extensions differ).
     * A request counts under the regime it is handled under on the day of computing, after any re-routing (FOIA s39,
     * EIR reg 5). A request answered under two laws counts under each, with that law's parts only
     * ({@link FoiRequest#partsUnder}): its timeliness against that law's clock, the outcome of those parts, the
     * provisions they cite. So the regimes' figures add up to {@link #of}'s, except that a mixed request counts once
     * in the authority's figures and once under each of its laws.
     *
     * @param authority the authority; requests of other authorities are ignored
     * @param quarter   the quarter
     * @param requests  the requests
     * @param clock     the statutory clock
     * @param today     the day of computing
     * @return the figures by regime, in the regimes' order; a regime with no request received up to the quarter's
     *         end is left out
     */
    public static Map<Regime, QuarterlyStatistics> byRegime(AuthorityId authority, Quarter quarter,
            Collection<FoiRequest> requests, StatutoryClock clock, LocalDate today) {
        Map<Regime, List<FoiRequest>> split = new EnumMap<>(Regime.class);
        requests.stream().filter(r -> r.authority().equals(authority)).forEach(r -> r.timeline().regimes()
                .forEach(regime -> split.computeIfAbsent(regime, k -> new ArrayList<>()).add(r.partsUnder(regime))));
        Map<Regime, QuarterlyStatistics> out = new EnumMap<>(Regime.class);
        split.forEach((regime, theirs) -> out.put(regime, of(authority, quarter, theirs, clock, today)));
        return out;
    }
}
