package uk.foi.api.application;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.api.store.Authorities;
import uk.foi.api.store.RequestStatistics;
import uk.foi.api.store.Requests;
import uk.foi.core.authority.Authority;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestId;
import uk.foi.core.statistics.Quarter;
import uk.foi.core.statistics.QuarterlyStatistics;
import uk.foi.core.statistics.StatisticsFacts;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.StatutoryClock;

/**
 * A quarter's statistics, added up from each request's facts ({@link StatisticsFacts}, kept on write by
 * {@link Requests}) instead of replaying every request ever received: only the quarter's open requests whose date
 * moves with the day (awaiting a clarification or a fee) are replayed, to judge whether each is overdue on it. The
 * projection is rebuilt from the event log by {@link #rebuild} (an admin's {@code POST /projections/rebuild}), and at
 * start-up if it has not been built since it was added; until then the figures come from the replay, as before.
 */
@Singleton
public class QuarterStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(QuarterStatistics.class);
    private static final int PAGE = 500;

    private final Transactions tx;
    private final Requests requests;
    private final RequestStatistics statistics;
    private final AtomicLong rebuilds = new AtomicLong();
    private final Authorities authorities;
    private final StatutoryClock statutoryClock;
    private final Clock clock;

    QuarterStatistics(Transactions tx, Requests requests, RequestStatistics statistics, Authorities authorities,
            StatutoryClock statutoryClock, Clock clock) {
        this.tx = tx;
        this.requests = requests;
        this.statistics = statistics;
        this.authorities = authorities;
        this.statutoryClock = statutoryClock;
        this.clock = clock;
    }

    /**
     * A quarter's figures.
     *
     * @param all      the authority's
     * @param byRegime under each law its requests received up to the quarter's end were handled under
     */
    public record Figures(QuarterlyStatistics all, Map<Regime, QuarterlyStatistics> byRegime) {
    }

    /**
     * @param authority an authority
     * @param quarter   a quarter
     * @param today     the day of computing (what is overdue depends on it)
     * @return its figures
     */
    public Figures of(Authority authority, Quarter quarter, LocalDate today) {
        return tx.read(() -> statistics.isBuilt() ? fromFacts(authority, quarter, today)
                : fromReplay(authority, quarter, today));
    }

    /**
     * The figures from the requests themselves, each replayed: what the facts must add up to.
     *
     * @param authority an authority
     * @param quarter   a quarter
     * @param today     the day of computing
     * @return its figures
     */
    public Figures fromReplay(Authority authority, Quarter quarter, LocalDate today) {
        return tx.read(() -> {
            List<FoiRequest> all = requests.receivedBetween(authority, LocalDate.of(1900, 1, 1), quarter.lastDay());
            return new Figures(QuarterlyStatistics.of(authority.id(), quarter, all, statutoryClock, today),
                    QuarterlyStatistics.byRegime(authority.id(), quarter, all, statutoryClock, today));
        });
    }

    private Figures fromFacts(Authority authority, Quarter quarter, LocalDate today) {
        List<StatisticsFacts> facts = statistics.ofQuarter(authority.id(), quarter.firstDay(), quarter.lastDay());
        // an open request's date is in its facts unless it moves with the day (awaiting a clarification or a fee):
        // only those few are replayed
        Map<RequestId, FoiRequest> open = new HashMap<>();
        facts.stream().filter(f -> f.standing() == StatisticsFacts.Standing.IN_PROGRESS)
                .filter(f -> quarter.contains(f.receivedOn())).filter(f -> f.overdueOn(today).isEmpty())
                .map(StatisticsFacts::request).distinct()
                .forEach(id -> requests.load(id, authority).ifPresent(r -> open.put(id, r)));
        Predicate<StatisticsFacts> overdue = f -> f.overdueOn(today).orElseGet(() -> {
            FoiRequest r = open.get(f.request());
            return StatisticsFacts.overdue(f.regime().map(r::partsUnder).orElse(r), statutoryClock, today);
        });
        QuarterlyStatistics all = QuarterlyStatistics.from(authority.id(), quarter,
                facts.stream().filter(f -> f.regime().isEmpty()).toList(), today, overdue);
        Map<Regime, QuarterlyStatistics> byRegime = new EnumMap<>(Regime.class);
        for (Regime regime : statistics.regimesUpTo(authority.id(), quarter.lastDay())) {
            byRegime.put(regime, QuarterlyStatistics.from(authority.id(), quarter,
                    facts.stream().filter(f -> f.regime().equals(Optional.of(regime))).toList(), today, overdue));
        }
        return new Figures(all, byRegime);
    }

    /**
     * Rebuilds an authority's facts from the event log, a request at a time: each is held while its facts are
     * rewritten, so a command on it waits and none is lost; commands on the others carry on.
     *
     * @param authority the authority
     * @return how many requests were rebuilt
     */
    /**
     * @return how many rebuilds have finished since the service started: figures added up while one ran may count
     *         some requests' old facts, so a cache of figures keys on this
     */
    public long rebuilds() {
        return rebuilds.get();
    }

    public int rebuild(Authority authority) {
        int done = 0;
        Optional<RequestId> after = Optional.empty();
        while (true) {
            Optional<RequestId> from = after;
            List<RequestId> page = tx.read(() -> requests.page(authority.id(), from, PAGE));
            for (RequestId id : page) {
                tx.run(() -> {
                    if (requests.lock(id)) {
                        requests.load(id, authority).ifPresent(r -> statistics.put(id,
                                StatisticsFacts.allOf(r, statutoryClock), false));
                    }
                });
            }
            done += page.size();
            if (page.size() < PAGE) {
                rebuilds.incrementAndGet();
                return done;
            }
            after = Optional.of(page.get(page.size() - 1));
        }
    }

    /**
     * Builds the projection for every authority if it has not been built since it was added (after the migration
     * that added it, for the requests received before), then records that it has. Requests written meanwhile keep
     * their facts as usual; until it is built, figures come from the replay.
     */
    @Scheduled(initialDelay = "${foi.statistics.build-delay:2s}", fixedDelay = "10m")
    public void buildIfNeeded() {
        try {
            if (tx.read(statistics::isBuilt)) {
                return;
            }
            List<Integer> counts = new ArrayList<>();
            for (Authority authority : authorities.all()) {
                counts.add(rebuild(authority));
            }
            tx.run(() -> statistics.built(clock.instant()));
            LOG.info("statistics projection built from the event log: {} requests",
                    counts.stream().mapToInt(Integer::intValue).sum());
        } catch (RuntimeException e) {
            LOG.warn("building the statistics projection failed; figures come from replaying the requests until it"
                    + " is built (retried in 10 minutes, or POST /projections/rebuild): {}", e.toString());
        }
    }
}
