package uk.foi.api.application;

import jakarta.inject.Singleton;
import uk.foi.api.store.Requests;
import uk.foi.core.authority.Authority;

/**
 * The projections kept on write, rebuilt on an admin's word: the caseload's counts from the request rows, and each
 * request's statistics facts from its events (to check them; a change of bank holidays rebuilds the facts itself). The
 * request rows, deadlines and disclosure-log entries are rewritten by every command and by a calendar change.
 */
@Singleton
public class Projections {

    private final Transactions tx;
    private final Requests requests;
    private final QuarterStatistics statistics;

    Projections(Transactions tx, Requests requests, QuarterStatistics statistics) {
        this.tx = tx;
        this.requests = requests;
        this.statistics = statistics;
    }

    /**
     * @param authority the authority whose projections to rebuild
     * @return how many of its requests' statistics facts were rebuilt
     */
    public int rebuild(Authority authority) {
        tx.run(() -> requests.recount(authority.id()));
        return statistics.rebuild(authority);
    }
}
