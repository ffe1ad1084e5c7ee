package uk.foi.api.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.Requester;

/**
 * Requests, kept. The event log is the record and a request is the replay of its events; the request row is a
 * projection for lists and filters, and carries the version that makes a write conditional. Every method joins the
 * caller's transaction (the application layer opens it), so a command's event, projection and outbox row commit or
 * roll back together. The adapter is {@code JdbcRequests}, on Micronaut Data JDBC.
 */
public interface Requests {

    /**
     * The most bytes one event may have: every event goes to Kafka as one message (1 MiB by default, and the
     * notifier's input limit is 900 KiB). The per-field text limits keep ordinary events far below it; this is the
     * guard for a body that stays within them but adds up (twenty decisions of long reasons, text full of quotes).
     */
    int MAX_EVENT_BYTES = 800 * 1024;

    /** A write lost the race: the request's version was no longer the one the command was decided on. */
    final class StaleVersion extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleVersion(RequestId id, long expected) {
            super("request " + id + " is no longer at version " + expected);
        }
    }

    /** A change whose event would be too large to publish; nothing of it is stored. */
    final class EventTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EventTooLarge(int bytes) {
            super("this change carries too much text for one event (" + bytes + " bytes as JSON; at most "
                    + MAX_EVENT_BYTES + "): shorten the texts, or record them in several steps");
        }
    }

    /**
     * An intake's Idempotency-Key, claimed earlier: the request it made, and the fingerprint of its body.
     *
     * @param requestId  the request
     * @param bodySha256 the SHA-256 of the body it came with
     */
    @io.micronaut.core.annotation.Introspected
    record EarlierIntake(UUID requestId, byte[] bodySha256) {
    }

    /**
     * One row of the audit trail, with the event it recorded.
     *
     * @param sequence   its place in the request's log
     * @param type       the event's type
     * @param command    the command that made it
     * @param actor      who sent the command
     * @param occurredAt when
     * @param event      the event
     */
    record AuditEntry(long sequence, String type, String command, String actor, Instant occurredAt,
            RequestEvent event) {
    }

    /**
     * Claims an intake's Idempotency-Key for a request about to be stored in this transaction. A concurrent claim of
     * the same key waits until the other transaction ends (the primary key's lock), so two retries in flight make one
     * request.
     *
     * @param authority  the caller's authority; keys are per authority
     * @param key        the key
     * @param bodySha256 the fingerprint of the intake's body
     * @param requestId  the request this intake will make
     * @param at         now
     * @return empty if the key is now this intake's; else the intake that claimed it first
     */
    Optional<EarlierIntake> claimIdempotencyKey(AuthorityId authority, String key, byte[] bodySha256,
            UUID requestId, Instant at);

    /**
     * Stores a new request: its row with its dates, its requester (kept apart), its first event and outbox row.
     *
     * @param received  the office's answer to the intake
     * @param requester who asked
     * @param actor     who logged it
     */
    void insert(FoiOffice.Handled received, Requester requester, String actor);

    /**
     * Stores the outcome of a command, if the request is still at the version it was decided on.
     *
     * @param handled  the office's answer
     * @param expected the version the command was decided on
     * @param actor    who sent it
     * @param command  the command's name
     * @throws StaleVersion if another write got there first
     */
    void append(FoiOffice.Handled handled, long expected, String actor, String command);

    /** @return the requests that have a deadline in force, with their authority: those a new calendar can move */
    List<Map.Entry<RequestId, AuthorityId>> withDeadlinesInForce();

    /**
     * @param authority an authority
     * @return its requests that are not withdrawn, lapsed or closed, oldest receipt first
     */
    List<RequestId> open(AuthorityId authority);

    /**
     * Computes a request's deadlines again (after the calendar changed) and rewrites them. Its statistics facts are
     * not: the calendar refresh rebuilds every request's facts afterwards.
     *
     * @param r the request as it is
     * @return true if any date in force moved
     */
    boolean reproject(FoiRequest r);

    /**
     * Rebuilds a request from its events.
     *
     * @param id        the request
     * @param authority the authority it must belong to (tenant isolation: another authority's request is absent)
     * @return the request, if it exists and belongs to the authority
     */
    Optional<FoiRequest> load(RequestId id, Authority authority);

    /**
     * @param authority an authority
     * @param after     the last request of the page before, if any
     * @param limit     how many at most
     * @return its requests, in the order of their ids (a rebuild walks them all)
     */
    List<RequestId> page(AuthorityId authority, Optional<RequestId> after, int limit);

    /**
     * Counts an authority's requests again from their rows, by status and next date: the caseload's counts, which a
     * trigger keeps with every change (V15). Changes to requests wait until it is done.
     *
     * @param authority the authority
     */
    void recount(AuthorityId authority);

    /**
     * Holds a request until the transaction ends: a command on it waits (it updates the same row), so a rebuild of
     * its projections cannot interleave with one.
     *
     * @param id the request
     * @return true if it exists
     */
    boolean lock(RequestId id);

    /**
     * @param id        a request
     * @param authority an authority
     * @return whether the request exists and is that authority's (one row by its key: nothing is replayed)
     */
    boolean belongsTo(RequestId id, AuthorityId authority);

    /**
     * @param id        the request
     * @param authority the authority it must belong to
     * @return its events in order; none if it does not exist or belongs to another authority
     */
    List<RequestEvent> events(RequestId id, Authority authority);

    /**
     * @param id the request
     * @return the requester's personal data
     */
    Optional<Requester> requester(RequestId id);

    /**
     * @param id the request, already checked to belong to the caller's authority
     * @return its audit trail, oldest first
     */
    List<AuditEntry> audit(RequestId id);

    /**
     * How an authority's requests received up to a day stand: how many, and the sum of their versions. Every event
     * raises a request's version, so the pair changes whenever anything about those requests does.
     *
     * @param authority the authority
     * @param to        last day of receipt
     * @return the state, as {@code requests:versions}
     */
    String stateUpTo(Authority authority, LocalDate to);

    /**
     * Every request of an authority received in a date range, replayed (statistics).
     *
     * @param authority the authority
     * @param from      first day of receipt
     * @param to        last day of receipt
     * @return the requests
     */
    List<FoiRequest> receivedBetween(Authority authority, LocalDate from, LocalDate to);
}
