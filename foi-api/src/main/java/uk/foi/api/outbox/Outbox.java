package uk.foi.api.outbox;

import io.micronaut.core.annotation.Introspected;
import java.util.Collection;
import java.util.List;

/**
 * The transactional outbox, as its relay reads it: requests' events are written to it in the command's transaction
 * (by {@code Requests}), one lane per request so that a request's events go out in order, and published from it by
 * {@link OutboxRelay}. Every method joins the caller's transaction. The adapter is {@code OutboxRows}.
 */
public interface Outbox {

    /**
     * A row to publish.
     *
     * @param id         its place in the outbox
     * @param topic      the Kafka topic
     * @param messageKey the message key (the request)
     * @param payload    the CloudEvent, as JSON
     */
    @Introspected
    record Row(long id, String topic, String messageKey, byte[] payload) {
    }

    /**
     * How far behind publishing is.
     *
     * @param unsent        rows not yet acknowledged by Kafka
     * @param oldestSeconds the age of the oldest of them, in seconds (0 if none)
     */
    @Introspected
    record Backlog(long unsent, long oldestSeconds) {
    }

    /**
     * Takes, for the rest of the transaction, up to {@code limit} lanes that have rows to send and that no other
     * relay holds (PostgreSQL advisory locks: a lane is published by one relay at a time, so in order).
     *
     * @param lockClass the first key of the relay's advisory locks; the second is the lane
     * @param limit     how many lanes at most
     * @return the lanes now held
     */
    List<Short> lockFreeLanes(int lockClass, int limit);

    /**
     * @param lanes lanes this transaction holds
     * @param limit how many rows at most
     * @return their unsent rows, oldest first
     */
    List<Row> unsent(Collection<Short> lanes, int limit);

    /** @param ids rows Kafka acknowledged */
    void markSent(Collection<Long> ids);

    /**
     * Deletes up to 5,000 rows sent longer ago than a number of seconds; unsent rows are never touched.
     *
     * @param seconds how long sent rows are kept
     * @return how many were deleted
     */
    int purgeSentBefore(long seconds);

    /** @return the backlog */
    Backlog backlog();
}
