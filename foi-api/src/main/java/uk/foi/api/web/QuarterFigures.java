package uk.foi.api.web;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A quarter's figures, computed once for each state of the data they come from: the first caller computes them and
 * every caller asking meanwhile waits for that one result, rather than fifty dashboards replaying every request at
 * once. Bounded: one entry per authority and quarter, and at most {@link #MAX} in all.
 */
@Singleton
class QuarterFigures {

    static final int MAX = 64;

    /**
     * What the figures depend on.
     *
     * @param authority the authority
     * @param quarter   the quarter
     * @param today     the day they are computed on (what is overdue depends on it)
     * @param calendar  the bank holidays' version (so do the dates)
     * @param requests  the state of the requests they count ({@code Requests.stateUpTo})
     * @param rebuilds  how many rebuilds of the facts have finished ({@code QuarterStatistics.rebuilds}): a rebuild
     *                  rewrites facts without changing a request's version, and figures added up during one are not
     *                  kept past its end
     */
    record Key(String authority, String quarter, LocalDate today, String calendar, String requests, long rebuilds) {
    }

    private final ConcurrentHashMap<Key, CompletableFuture<StatisticsController.StatisticsView>> computed =
            new ConcurrentHashMap<>();

    /**
     * @param key     what the figures depend on
     * @param compute computes them
     * @return the figures for that state: computed now, by a caller asking at the same time, or earlier
     */
    StatisticsController.StatisticsView get(Key key, Supplier<StatisticsController.StatisticsView> compute) {
        CompletableFuture<StatisticsController.StatisticsView> mine = new CompletableFuture<>();
        CompletableFuture<StatisticsController.StatisticsView> first = computed.putIfAbsent(key, mine);
        if (first != null) {
            try {
                return first.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            StatisticsController.StatisticsView figures = compute.get();
            mine.complete(figures);
            computed.keySet().removeIf(k -> !k.equals(key) && k.authority().equals(key.authority())
                    && k.quarter().equals(key.quarter()));
            if (computed.size() > MAX) {
                computed.keySet().removeIf(k -> !k.equals(key));
            }
            return figures;
        } catch (RuntimeException e) {
            computed.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
