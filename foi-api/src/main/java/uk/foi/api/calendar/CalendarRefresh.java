package uk.foi.api.calendar;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.api.application.QuarterStatistics;
import uk.foi.api.application.Transactions;
import uk.foi.api.store.Authorities;
import uk.foi.api.store.Requests;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.RequestId;
import uk.foi.deadlines.LiveCalendars;
import uk.foi.deadlines.calendar.CalendarDataException;

/**
 * Reads the bank-holiday source ({@code FOI_BANK_HOLIDAYS}) again every {@code FOI_BANK_HOLIDAYS_POLL} and, when a
 * holiday was added or removed, moves the dates the API shows: a request's view computes its deadlines with the new
 * holidays at once, and here every request with a deadline in force has its stored deadlines (the list, the overdue
 * filter, the calendar feeds) computed again, one transaction per request. Then every request's statistics facts are
 * rebuilt from its events: whether a request finished long ago was answered in time (FOIA s10(1)) depends on the
 * working days between its receipt and its response, which a correction to a past holiday changes (a row whose facts
 * did not change is left as it was). The notifier polls the same source and moves its alerts, so staff are never
 * emailed dates the API does not show (faults issue, item 7).
 */
@Singleton
public class CalendarRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarRefresh.class);

    private final LiveCalendars calendars;
    private final Requests store;
    private final Authorities authorities;
    private final Transactions tx;
    private final QuarterStatistics statistics;

    CalendarRefresh(LiveCalendars calendars, Requests store, Authorities authorities,
            Transactions tx, QuarterStatistics statistics) {
        this.statistics = statistics;
        this.calendars = calendars;
        this.store = store;
        this.authorities = authorities;
        this.tx = tx;
    }

    /**
     * What a refresh did.
     *
     * @param version       the holidays' version now
     * @param recomputed    requests with deadlines in force, computed again
     * @param moved         of them, with a date that moved
     * @param factsRebuilt  requests whose statistics facts were rebuilt (every request)
     */
    public record Outcome(String version, int recomputed, int moved, int factsRebuilt) {
    }

    @Scheduled(fixedDelay = "${foi.bank-holidays-poll:1h}", initialDelay = "${foi.bank-holidays-poll:1h}")
    void poll() {
        try {
            refresh();
        } catch (CalendarDataException e) {
            LOG.warn("bank holidays from {} could not be read; the holidays in use stay: {}", calendars.location(),
                    e.getMessage());
        }
    }

    /**
     * Reads the source now.
     *
     * @return what moved, if the holidays changed
     * @throws CalendarDataException if the source cannot be read (the holidays in use stay)
     */
    public Optional<Outcome> refresh() {
        Optional<String> changed = calendars.refresh();
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        List<Map.Entry<RequestId, AuthorityId>> open = tx.read(store::withDeadlinesInForce);
        int moved = 0;
        for (Map.Entry<RequestId, AuthorityId> r : open) {
            Optional<Authority> authority = authorities.find(r.getValue());
            if (authority.isEmpty()) {
                continue;
            }
            boolean didMove = tx.write(() -> store.load(r.getKey(), authority.get())
                    .map(store::reproject).orElse(false));
            moved += didMove ? 1 : 0;
        }
        int rebuilt = 0;
        for (Authority authority : tx.read(authorities::all)) {
            rebuilt += statistics.rebuild(authority);
        }
        Outcome outcome = new Outcome(changed.get(), open.size(), moved, rebuilt);
        LOG.info("bank holidays from {} changed (version {}): {} requests with deadlines in force recomputed, {}"
                + " with a date that moved; statistics facts rebuilt for {}", calendars.location(), outcome.version(),
                outcome.recomputed(), outcome.moved(), outcome.factsRebuilt());
        return Optional.of(outcome);
    }
}
