package uk.foi.api.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.RequestId;
import uk.foi.core.statistics.StatisticsFacts;
import uk.foi.deadlines.Regime;

/**
 * Each request's statistics facts (foi-core {@link StatisticsFacts}), kept with every command by {@link Requests}:
 * the projection a quarter's figures are added up from. Every method joins the caller's transaction. The adapter is
 * {@code JdbcRequestStatistics} (table {@code request_statistic}, V14).
 */
public interface RequestStatistics {

    /**
     * Replaces a request's facts.
     *
     * @param request the request
     * @param facts   its facts now, as a whole and then under each law ({@link StatisticsFacts#allOf})
     * @param fresh   true for a request just received, which has none yet
     */
    void put(RequestId request, List<StatisticsFacts> facts, boolean fresh);

    /**
     * @param authority an authority
     * @param from      the quarter's first day
     * @param to        its last day
     * @return the facts of its requests received in those days, or whose internal review was completed in them
     */
    List<StatisticsFacts> ofQuarter(AuthorityId authority, LocalDate from, LocalDate to);

    /**
     * @param authority an authority
     * @param to        a day
     * @return the laws its requests received up to that day were handled under
     */
    Set<Regime> regimesUpTo(AuthorityId authority, LocalDate to);

    /** @return whether the projection has been built from the event log since it was added */
    boolean isBuilt();

    /** @param at when the projection was built from the event log */
    void built(Instant at);
}
