package uk.foi.api.store;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.CaseloadDates;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.Requester;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.events.EventCodec;
import uk.foi.events.EventTypes;

/**
 * Requests in PostgreSQL. The event table is the record and a request is the replay of its events; the request row
 * is a projection for lists and filters and carries the version that makes writes conditional. Every method takes the
 * caller's connection, so a command's event, projection and outbox row commit or roll back together.
 */
@Singleton
public class RequestStore {

    /** How many outbox lanes requests are spread over; each lane is published in order by one relay at a time. */
    public static final int LANES = 16;

    private final EventCodec codec;
    private final FoiOffice office;
    private final String topic;
    private final DisclosureEntries disclosures;

    RequestStore(EventCodec codec, FoiOffice office, @Value("${foi.kafka.topic:foi.request-events}") String topic,
            DisclosureEntries disclosures) {
        this.codec = codec;
        this.office = office;
        this.topic = topic;
        this.disclosures = disclosures;
    }

    /** A write lost the race: the request's version was no longer the one the command was decided on. */
    public static final class StaleVersion extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleVersion(RequestId id, long expected) {
            super("request " + id + " is no longer at version " + expected);
        }
    }

    /** An intake's Idempotency-Key, claimed earlier: the request it made, and the fingerprint of its body. */
    public record EarlierIntake(UUID requestId, byte[] bodySha256) {
    }

    /**
     * Claims an intake's Idempotency-Key for a request about to be stored in this transaction. A concurrent claim of
     * the same key waits here until the other transaction ends (the primary key's lock), so two retries in flight
     * make one request.
     *
     * @param c          the transaction's connection
     * @param authority  the caller's authority; keys are per authority
     * @param key        the key
     * @param bodySha256 the fingerprint of the intake's body
     * @param requestId  the request this intake will make
     * @param at         now
     * @return empty if the key is now this intake's; else the intake that claimed it first
     */
    public Optional<EarlierIntake> claimIdempotencyKey(Connection c, AuthorityId authority, String key,
            byte[] bodySha256, UUID requestId, java.time.Instant at) {
        int claimed = Sql.update(c, """
                INSERT INTO intake_idempotency (authority_id, key, body_sha256, request_id, created_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (authority_id, key) DO NOTHING""",
                authority.value(), key, bodySha256, requestId, at);
        if (claimed == 1) {
            return Optional.empty();
        }
        return Sql.one(c, "SELECT request_id, body_sha256 FROM intake_idempotency WHERE authority_id = ? AND key = ?",
                rs -> new EarlierIntake(rs.getObject(1, UUID.class), rs.getBytes(2)), authority.value(), key);
    }

    /**
     * Stores a new request: its row, parts, requester, first event and outbox row.
     *
     * @param c         the transaction's connection
     * @param received  the office's answer to the intake
     * @param requester who asked; stored apart
     * @param actor     who logged it
     */
    public void insert(Connection c, FoiOffice.Handled received, Requester requester, String actor) {
        FoiRequest r = received.request();
        Sql.update(c, """
                INSERT INTO request (id, authority_id, reference, regime, status, received_on, text, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.id().value(), r.authority().value(), r.reference(), r.profile().regime().name(), r.status().name(),
                r.receivedOn(), r.text().asReceived(), r.version(), received.event().meta().occurredAt());
        Sql.update(c, "INSERT INTO requester (request_id, name, email, postal_address) VALUES (?, ?, ?, ?)",
                r.id().value(), requester.name(), requester.email().orElse(null),
                requester.postalAddress().orElse(null));
        record(c, received, actor, "Receive");
    }

    /**
     * Stores the outcome of a command, if the request is still at the version it was decided on.
     *
     * @param c        the transaction's connection
     * @param handled  the office's answer
     * @param expected the version the command was decided on
     * @param actor    who sent it
     * @param command  the command's name
     * @throws StaleVersion if another write got there first
     */
    public void append(Connection c, FoiOffice.Handled handled, long expected, String actor, String command) {
        FoiRequest r = handled.request();
        int updated = Sql.update(c, """
                UPDATE request SET status = ?, assignee = ?, team = ?, outcome = ?, responded_on = ?, version = ?,
                    updated_at = ?
                WHERE id = ? AND version = ?""",
                r.status().name(), r.assignee().orElse(null), r.team().orElse(null),
                r.response().map(resp -> resp.outcome().name()).orElse(null),
                r.response().map(FoiRequest.IssuedResponse::on).orElse(null), r.version(),
                handled.event().meta().occurredAt(), r.id().value(), expected);
        if (updated != 1) {
            throw new StaleVersion(r.id(), expected);
        }
        record(c, handled, actor, command);
    }

    /**
     * The most bytes one event may have: every event goes to Kafka as one message (1 MiB by default, and the
     * notifier's input limit is 900 KiB). The per-field text limits keep ordinary events far below it; this is the
     * guard for a body that stays within them but adds up (twenty decisions of long reasons, text full of quotes).
     */
    public static final int MAX_EVENT_BYTES = 800 * 1024;

    /** A change whose event would be too large to publish; nothing of it is stored. */
    public static final class EventTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EventTooLarge(int bytes) {
            super("this change carries too much text for one event (" + bytes + " bytes as JSON; at most "
                    + MAX_EVENT_BYTES + "): shorten the texts, or record them in several steps");
        }
    }

    private void record(Connection c, FoiOffice.Handled handled, String actor, String command) {
        RequestEvent event = handled.event();
        String json = codec.encode(handled.recorded());
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_EVENT_BYTES) {
            throw new EventTooLarge(bytes);
        }
        UUID requestId = event.requestId().value();
        Sql.update(c, """
                INSERT INTO request_event (request_id, sequence, event_id, type, command, actor, occurred_at, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                requestId, event.sequence(), event.meta().eventId(), EventTypes.of(event.getClass()), command, actor,
                event.meta().occurredAt(), json);
        Sql.update(c, """
                INSERT INTO outbox (lane, event_id, request_id, topic, message_key, payload, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                laneOf(event.requestId()), event.meta().eventId(), requestId, topic, requestId.toString(),
                json.getBytes(StandardCharsets.UTF_8), event.meta().occurredAt());
        if (!handled.refused()) {
            project(c, handled.request(), handled.caseloadDates());
        }
        // The log's entry changes only when the publication does: the decisions and the response it shows are fixed
        // by then (a part is decided only before the response, and a response is published only after it).
        if (event instanceof RequestEvent.ResponsePublished || event instanceof RequestEvent.PublicationWithdrawn) {
            disclosures.save(c, handled.request());
        }
    }

    /**
     * The requests that have a deadline in force, with their authority: the ones whose dates a new calendar can move.
     *
     * @param c a connection
     * @return request id and authority id, pairs
     */
    public List<Map.Entry<RequestId, AuthorityId>> withDeadlinesInForce(Connection c) {
        return Sql.query(c, """
                SELECT DISTINCT r.id, r.authority_id FROM request r JOIN request_deadline d ON d.request_id = r.id
                ORDER BY r.id""", rs -> Map.entry(new RequestId(rs.getObject(1, UUID.class)),
                AuthorityId.of(rs.getString(2))));
    }

    /**
     * @param c         a connection
     * @param authority an authority
     * @return its requests that are not withdrawn, lapsed or closed, oldest receipt first
     */
    public List<RequestId> open(Connection c, AuthorityId authority) {
        String terminal = java.util.Arrays.stream(uk.foi.core.request.Status.values())
                .filter(uk.foi.core.request.Status::terminal).map(s -> "'" + s.name() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        return Sql.query(c, "SELECT id FROM request WHERE authority_id = ? AND status NOT IN (" + terminal
                + ") ORDER BY received_on, id", rs -> new RequestId(rs.getObject(1, UUID.class)), authority.value());
    }

    /**
     * Computes a request's deadlines again (after the calendar changed) and rewrites them.
     *
     * @param c the transaction's connection
     * @param r the request as it is
     * @return true if any date in force moved
     */
    public boolean reproject(Connection c, FoiRequest r) {
        String before = deadlinesInForce(c, r.id());
        project(c, r, office.caseloadDates(r));
        return !before.equals(deadlinesInForce(c, r.id()));
    }

    private static String deadlinesInForce(Connection c, RequestId id) {
        return String.join(",", Sql.query(c, "SELECT kind || '=' || due FROM request_deadline WHERE request_id = ?"
                + " ORDER BY kind", rs -> rs.getString(1), id.value()));
    }

    /** Rewrites the deadlines in force and the earliest one the authority must meet. */
    private void project(Connection c, FoiRequest r, CaseloadDates dates) {
        // what is open and next due is the domain's decision (CaseloadDates); the store keeps it
        Sql.update(c, "DELETE FROM request_deadline WHERE request_id = ?", r.id().value());
        List<Object[]> rows = new ArrayList<>();
        for (DeadlineStatus d : dates.open()) {
            rows.add(new Object[] {r.id().value(), d.deadline().kind().name(), d.deadline().due(),
                d.deadline().kind().party().name(), d.deadline().basis().name(), d.deadline().provisional(),
                d.deadline().explanation().rule()});
        }
        Sql.batch(c, """
                INSERT INTO request_deadline (request_id, kind, due, party, basis, provisional, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", rows);
        Sql.update(c, "UPDATE request SET response_due = ?, next_due = ? WHERE id = ?",
                dates.responseDue().orElse(null), dates.nextDue().orElse(null), r.id().value());
    }

    /**
     * Rebuilds a request from its events.
     *
     * @param c         a connection
     * @param id        the request
     * @param authority the authority it must belong to (tenant isolation: another authority's request is absent)
     * @return the request, if it exists and belongs to the authority
     */
    public Optional<FoiRequest> load(Connection c, RequestId id, Authority authority) {
        List<RequestEvent> events = events(c, id, authority);
        return events.isEmpty() ? Optional.empty() : Optional.of(FoiRequest.replay(authority.clock(), events));
    }

    /**
     * @param c         a connection
     * @param id        a request
     * @param authority an authority
     * @return whether the request exists and is that authority's (one row by its key: nothing is replayed)
     */
    public boolean belongsTo(Connection c, RequestId id, AuthorityId authority) {
        return Sql.one(c, "SELECT 1 FROM request WHERE id = ? AND authority_id = ?", rs -> true, id.value(),
                authority.value()).isPresent();
    }

    /**
     * @param c         a connection
     * @param id        the request
     * @param authority the authority it must belong to
     * @return its events in order; none if it does not exist or belongs to another authority
     */
    public List<RequestEvent> events(Connection c, RequestId id, Authority authority) {
        return Sql.query(c, """
                SELECT e.payload::text FROM request_event e JOIN request r ON r.id = e.request_id
                WHERE e.request_id = ? AND r.authority_id = ? ORDER BY e.sequence""",
                rs -> codec.decode(rs.getString(1)).event(), id.value(), authority.id().value());
    }

    /**
     * @param c  a connection
     * @param id the request
     * @return the requester's personal data
     */
    public Optional<Requester> requester(Connection c, RequestId id) {
        return Sql.one(c, "SELECT name, email, postal_address FROM requester WHERE request_id = ?",
                rs -> new Requester(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                        Optional.ofNullable(rs.getString(3))), id.value());
    }

    /** One row of the audit trail, with the event it recorded. */
    public record AuditEntry(long sequence, String type, String command, String actor, java.time.Instant occurredAt,
            RequestEvent event) {
    }

    /**
     * @param c  a connection
     * @param id the request, already checked to belong to the caller's authority
     * @return its audit trail, oldest first
     */
    public List<AuditEntry> audit(Connection c, RequestId id) {
        return Sql.query(c, """
                SELECT sequence, type, command, actor, occurred_at, payload::text FROM request_event
                WHERE request_id = ? ORDER BY sequence""",
                rs -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), codec.decode(rs.getString(6)).event()), id.value());
    }

    /**
     * How an authority's requests received up to a day stand: how many, and the sum of their versions. Every event
     * raises a request's version, so the pair changes whenever anything about those requests does.
     *
     * @param c         a connection
     * @param authority the authority
     * @param to        last day of receipt
     * @return the state, as {@code requests:versions}
     */
    public String stateUpTo(Connection c, Authority authority, LocalDate to) {
        return Sql.one(c, "SELECT count(*) || ':' || coalesce(sum(version), 0) FROM request"
                + " WHERE authority_id = ? AND received_on <= ?", rs -> rs.getString(1), authority.id().value(), to)
                .orElse("0:0");
    }

    /**
     * Every request of an authority received in a date range, replayed (statistics).
     *
     * @param c         a connection
     * @param authority the authority
     * @param from      first day of receipt
     * @param to        last day of receipt
     * @return the requests
     */
    public List<FoiRequest> receivedBetween(Connection c, Authority authority, LocalDate from, LocalDate to) {
        List<RequestEvent> events = Sql.query(c, """
                SELECT e.payload::text FROM request_event e JOIN request r ON r.id = e.request_id
                WHERE r.authority_id = ? AND r.received_on BETWEEN ? AND ? ORDER BY e.request_id, e.sequence""",
                rs -> codec.decode(rs.getString(1)).event(), authority.id().value(), from, to);
        List<FoiRequest> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= events.size(); i++) {
            if (i == events.size() || !events.get(i).requestId().equals(events.get(start).requestId())) {
                out.add(FoiRequest.replay(authority.clock(), events.subList(start, i)));
                start = i;
            }
        }
        return out;
    }

    /**
     * @param id a request
     * @return its outbox lane
     */
    public static int laneOf(RequestId id) {
        return Math.floorMod(id.value().hashCode(), LANES);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
