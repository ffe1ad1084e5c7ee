package uk.foi.api.store;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of {@link JdbcRequests}, on Micronaut Data JDBC: every statement joins the transaction the application
 * layer opened. The statements are ours (conditional updates, upserts with RETURNING, jsonb), so each is a
 * {@code @Query}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RequestRows extends GenericRepository<RequestRows.Key, UUID> {

    /** @param id a request's id */
    @MappedEntity("request")
    record Key(@Id UUID id) {
    }

    /**
     * The next reference number of an authority's year: the counter row stays locked until the intake's transaction
     * ends, and a rolled-back intake gives its number back, so numbers have no gaps.
     *
     * @param authorityId the authority
     * @param year        the year
     * @return the number
     */
    @Query("WITH next AS (INSERT INTO reference_counter (authority_id, year, last_value) VALUES (:authorityId, :year, 1)"
            + " ON CONFLICT (authority_id, year) DO UPDATE SET last_value = reference_counter.last_value + 1"
            + " RETURNING last_value) SELECT last_value FROM next")
    long nextReference(String authorityId, int year);

    @Query("INSERT INTO intake_idempotency (authority_id, key, body_sha256, request_id, created_at)"
            + " VALUES (:authorityId, :key, :bodySha256, :requestId, :at) ON CONFLICT (authority_id, key) DO NOTHING")
    int claim(String authorityId, String key, byte[] bodySha256, UUID requestId, Instant at);

    @Query("SELECT request_id, body_sha256 FROM intake_idempotency WHERE authority_id = :authorityId AND key = :key")
    Optional<Requests.EarlierIntake> earlierIntake(String authorityId, String key);

    @Query("INSERT INTO request (id, authority_id, reference, regime, status, received_on, text, version, updated_at,"
            + " response_due, next_due) VALUES (:id, :authorityId, :reference, :regime, :status, :receivedOn, :text,"
            + " :version, :updatedAt, :responseDue, :nextDue)")
    void insertRequest(UUID id, String authorityId, String reference, String regime, String status,
            LocalDate receivedOn, String text, long version, Instant updatedAt, @Nullable LocalDate responseDue,
            @Nullable LocalDate nextDue);

    @Query("INSERT INTO requester (request_id, name, email, postal_address) VALUES (:requestId, :name, :email,"
            + " :postalAddress)")
    void insertRequester(UUID requestId, String name, @Nullable String email, @Nullable String postalAddress);

    /** @return 1 if the request was at the expected version, 0 if another write got there first */
    @Query("UPDATE request SET status = :status, assignee = :assignee, team = :team, outcome = :outcome,"
            + " responded_on = :respondedOn, version = :version, updated_at = :updatedAt"
            + " WHERE id = :id AND version = :expected")
    int updateRequest(UUID id, long expected, String status, @Nullable String assignee, @Nullable String team,
            @Nullable String outcome, @Nullable LocalDate respondedOn, long version, Instant updatedAt);

    /** @return 1 if the request was at the expected version, 0 if another write got there first */
    @Query("UPDATE request SET status = :status, assignee = :assignee, team = :team, outcome = :outcome,"
            + " responded_on = :respondedOn, version = :version, updated_at = :updatedAt,"
            + " response_due = :responseDue, next_due = :nextDue WHERE id = :id AND version = :expected")
    int updateRequestAndDates(UUID id, long expected, String status, @Nullable String assignee, @Nullable String team,
            @Nullable String outcome, @Nullable LocalDate respondedOn, long version, Instant updatedAt,
            @Nullable LocalDate responseDue, @Nullable LocalDate nextDue);

    @Query("INSERT INTO request_event (request_id, sequence, event_id, type, command, actor, occurred_at, payload)"
            + " VALUES (:requestId, :sequence, :eventId, :type, :command, :actor, :occurredAt, CAST(:payload AS jsonb))")
    void insertEvent(UUID requestId, long sequence, UUID eventId, String type, String command, String actor,
            Instant occurredAt, String payload);

    @Query("INSERT INTO outbox (lane, event_id, request_id, topic, message_key, payload, created_at)"
            + " VALUES (:lane, :eventId, :requestId, :topic, :messageKey, :payload, :createdAt)")
    void enqueue(int lane, UUID eventId, UUID requestId, String topic, String messageKey, byte[] payload,
            Instant createdAt);

    @Query("DELETE FROM request_deadline WHERE request_id = :requestId")
    void deleteDeadlines(UUID requestId);

    @Query("INSERT INTO request_deadline (request_id, kind, due, party, basis, provisional, rule)"
            + " VALUES (:requestId, :kind, :due, :party, :basis, :provisional, :rule)")
    void insertDeadline(UUID requestId, String kind, LocalDate due, String party, String basis, boolean provisional,
            String rule);

    @Query("UPDATE request SET response_due = :responseDue, next_due = :nextDue WHERE id = :id")
    void updateDates(UUID id, @Nullable LocalDate responseDue, @Nullable LocalDate nextDue);

    @Query("SELECT kind || '=' || due FROM request_deadline WHERE request_id = :requestId ORDER BY kind")
    List<String> deadlinesInForce(UUID requestId);

    /**
     * A request and its authority.
     *
     * @param id          the request
     * @param authorityId its authority
     */
    @Introspected
    record Owned(UUID id, String authorityId) {
    }

    @Query("SELECT DISTINCT r.id, r.authority_id FROM request r JOIN request_deadline d ON d.request_id = r.id"
            + " ORDER BY r.id")
    List<Owned> withDeadlinesInForce();

    @Query("SELECT id FROM request WHERE authority_id = :authorityId AND status NOT IN (:terminal)"
            + " ORDER BY received_on, id")
    List<UUID> open(String authorityId, Collection<String> terminal);

    @Query("SELECT id FROM request WHERE authority_id = :authorityId AND id > :after ORDER BY id LIMIT :limit")
    List<UUID> page(String authorityId, UUID after, int limit);

    @Query("DELETE FROM request_count WHERE authority_id = :authorityId")
    void deleteCounts(String authorityId);

    @Query("INSERT INTO request_count (authority_id, status, next_due, requests) SELECT authority_id, status,"
            + " coalesce(next_due, DATE '9999-12-31'), count(*) FROM request WHERE authority_id = :authorityId"
            + " GROUP BY 1, 2, 3")
    void countRequests(String authorityId);

    @Query("SELECT id FROM request WHERE id = :id FOR UPDATE")
    Optional<UUID> lock(UUID id);

    @Query("SELECT count(*) FROM request WHERE id = :id AND authority_id = :authorityId")
    int countOwned(UUID id, String authorityId);

    @Query("SELECT e.payload::text FROM request_event e JOIN request r ON r.id = e.request_id"
            + " WHERE e.request_id = :requestId AND r.authority_id = :authorityId ORDER BY e.sequence")
    List<String> events(UUID requestId, String authorityId);

    /**
     * A requester's details, as stored.
     *
     * @param name          their name
     * @param email         their email address
     * @param postalAddress their postal address
     */
    @Introspected
    record RequesterRow(String name, @Nullable String email, @Nullable String postalAddress) {
    }

    @Query("SELECT name, email, postal_address FROM requester WHERE request_id = :requestId")
    Optional<RequesterRow> requester(UUID requestId);

    /**
     * One row of the event log as the audit trail shows it.
     *
     * @param sequence   its place
     * @param type       the event's type
     * @param command    the command's name
     * @param actor      who sent it
     * @param occurredAt when
     * @param payload    the event, as JSON
     */
    @Introspected
    record AuditRow(long sequence, String type, String command, String actor, Instant occurredAt, String payload) {
    }

    @Query("SELECT sequence, type, command, actor, occurred_at, payload::text AS payload FROM request_event"
            + " WHERE request_id = :requestId ORDER BY sequence")
    List<AuditRow> audit(UUID requestId);

    @Query("SELECT count(*) || ':' || coalesce(sum(version), 0) FROM request"
            + " WHERE authority_id = :authorityId AND received_on <= :to")
    String stateUpTo(String authorityId, LocalDate to);

    @Query("SELECT e.payload::text FROM request_event e JOIN request r ON r.id = e.request_id"
            + " WHERE r.authority_id = :authorityId AND r.received_on BETWEEN :from AND :to"
            + " ORDER BY e.request_id, e.sequence")
    List<String> eventsReceivedBetween(String authorityId, LocalDate from, LocalDate to);
}
