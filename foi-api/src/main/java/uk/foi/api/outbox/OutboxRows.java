package uk.foi.api.outbox;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** {@link Outbox} in PostgreSQL, on Micronaut Data JDBC. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRows extends Outbox, GenericRepository<OutboxRows.Lane, Short> {

    /** @param lane a lane */
    @MappedEntity("outbox_lane")
    record Lane(@Id short lane) {
    }

    @Override
    @Query("SELECT lane FROM (SELECT lane FROM outbox_lane l"
            + " WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.lane = l.lane AND o.sent_at IS NULL)"
            + " ORDER BY random() LIMIT :limit) candidate WHERE pg_try_advisory_xact_lock(:lockClass, lane)")
    List<Short> lockFreeLanes(int lockClass, int limit);

    @Override
    @Query("SELECT id, topic, message_key, payload FROM outbox WHERE sent_at IS NULL AND lane IN (:lanes)"
            + " ORDER BY id LIMIT :limit")
    List<Row> unsent(Collection<Short> lanes, int limit);

    @Override
    @Query("UPDATE outbox SET sent_at = now() WHERE id IN (:ids)")
    void markSent(Collection<Long> ids);

    @Override
    @Query("DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE sent_at IS NOT NULL"
            + " AND sent_at < now() - make_interval(secs => :seconds) LIMIT 5000)")
    int purgeSentBefore(long seconds);

    @Override
    @Query("SELECT count(*) AS unsent, CAST(coalesce(extract(epoch FROM now() - min(created_at)), 0) AS bigint)"
            + " AS oldest_seconds FROM outbox WHERE sent_at IS NULL")
    Backlog backlog();
}
