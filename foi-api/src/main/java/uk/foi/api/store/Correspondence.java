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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The messages into and out of each authority's FOI mailbox, filed on their requests (V11 migration), with their
 * attachments. Personal data, kept apart: caseworkers and managers read it. Micronaut Data JDBC.
 */
public final class Correspondence {

    private Correspondence() {
    }

    /** A message's direction. */
    public static final String IN = "IN";
    /** The domain of the Message-IDs the mailroom makes up, for a message without one or that it cannot read. */
    private static final String MADE_UP = "@foi-toolkit.invalid>";
    /** A message's direction. */
    public static final String OUT = "OUT";

    /**
     * @param local what makes it unique (the message's SHA-256, say)
     * @return a Message-ID for a message that has none of its own; nobody else knows it
     */
    public static String madeUpMessageId(String local) {
        return "<" + local + MADE_UP;
    }

    /** @param messageId a Message-ID @return whether the mailroom made it up (no mail program can thread on it) */
    public static boolean isMadeUp(String messageId) {
        return messageId.endsWith(MADE_UP);
    }

    /** What became of a message (the {@code state} column). */
    public enum State {
        /** Read from the mailbox, not yet filed. */
        WAITING,
        /** Became a new request. */
        NEW_REQUEST,
        /** Filed on the request it belongs to. */
        ON_CASE,
        /** A reply to a clarification request, filed and proposed as the clarification; staff confirm it. */
        CLARIFICATION_PROPOSED,
        /** Confirmed as the clarification: the clock restarted from the day it arrived. */
        CLARIFICATION_CONFIRMED,
        /** An automatic reply (out of office and the like): filed, never a request. */
        AUTO_REPLY,
        /** A delivery failure report: filed, never a request. */
        BOUNCE,
        /** A message that could not be filed (a dead letter): kept, with why. */
        UNREADABLE,
        /** A letter to send, at its next attempt. */
        PENDING,
        /** A letter sent. */
        SENT,
        /** A letter every attempt to send failed: shown on its request. */
        FAILED
    }

    /**
     * One message.
     *
     * @param id              its id
     * @param authorityId     the authority whose mailbox it is
     * @param requestId       the request it is filed on, if any
     * @param direction       {@link #IN} or {@link #OUT}
     * @param state           a {@link State}'s name
     * @param messageId       its Message-ID
     * @param inReplyTo       the Message-IDs it answers (In-Reply-To and References), space separated
     * @param counterpart     the requester's address: who sent it in, or whom it is sent to
     * @param counterpartName their name, as the message gives it
     * @param subject         its subject
     * @param body            its text
     * @param raw             the message as received (IN) or as sent (OUT)
     * @param arrivedAt       when the mailbox received it (IN) or when it was queued (OUT)
     * @param letter          the letter it carries (OUT)
     * @param attempts        how many times sending it was tried (OUT)
     * @param nextAttemptAt   when to try next (OUT, while pending)
     * @param sentAt          when it was sent (OUT)
     * @param lastError       why the last attempt failed, or why it could not be filed
     */
    @MappedEntity("correspondence")
    public record Item(@Id UUID id, String authorityId, @Nullable UUID requestId, String direction, String state,
            String messageId, @Nullable String inReplyTo, String counterpart, @Nullable String counterpartName,
            String subject, String body, @Nullable byte[] raw, Instant arrivedAt, @Nullable String letter,
            int attempts, @Nullable Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String lastError) {

        /** @return its state */
        public State stateNow() {
            return State.valueOf(state);
        }

        /** @param to the new state @param requestId the request it is filed on @param error why, if it failed @return it */
        public Item filed(State to, @Nullable UUID requestId, @Nullable String error) {
            return new Item(id, authorityId, requestId, direction, to.name(), messageId, inReplyTo, counterpart,
                    counterpartName, subject, body, raw, arrivedAt, letter, attempts, nextAttemptAt, sentAt, error);
        }

        /**
         * @param answers the Message-IDs it answers, space separated, or null
         * @param text    its text
         * @return it as the mailroom read it
         */
        public Item read(@Nullable String answers, String text) {
            return new Item(id, authorityId, requestId, direction, state, messageId, answers, counterpart,
                    counterpartName, subject, text, raw, arrivedAt, letter, attempts, nextAttemptAt, sentAt, lastError);
        }

        /**
         * @param at when to send it
         * @return a letter that failed, pending again from its first attempt (the last failure kept until then)
         */
        public Item sendAgain(Instant at) {
            return new Item(id, authorityId, requestId, direction, State.PENDING.name(), messageId, inReplyTo,
                    counterpart, counterpartName, subject, body, null, arrivedAt, letter, 0, at, null, lastError);
        }

        /**
         * @param to          the new state
         * @param body        the letter's text
         * @param raw         the message as sent, if it was
         * @param nextAttempt when to try again, while pending
         * @param sent        when it was sent, if it was
         * @param error       why the attempt failed, if it did
         * @return it after one more attempt to send it
         */
        public Item attempted(State to, String body, @Nullable byte[] raw, @Nullable Instant nextAttempt,
                @Nullable Instant sent, @Nullable String error) {
            return new Item(id, authorityId, requestId, direction, to.name(), messageId, inReplyTo, counterpart,
                    counterpartName, subject, body, raw, arrivedAt, letter, attempts + 1, nextAttempt, sent, error);
        }
    }

    /**
     * A message as a request's correspondence lists it: no text, no bytes.
     *
     * @param id              its id
     * @param direction       IN or OUT
     * @param state           what became of it
     * @param counterpart     the requester's address
     * @param counterpartName their name
     * @param subject         its subject
     * @param arrivedAt       when it arrived or was queued
     * @param letter          the letter it carries (OUT)
     * @param attempts        attempts to send it (OUT)
     * @param nextAttemptAt   the next attempt (OUT, pending)
     * @param sentAt          when it was sent (OUT)
     * @param lastError       why the last attempt failed
     */
    @Introspected
    public record Summary(UUID id, String direction, String state, String counterpart,
            @Nullable String counterpartName, String subject, Instant arrivedAt, @Nullable String letter,
            int attempts, @Nullable Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String lastError) {
    }

    /**
     * An attachment, without its bytes.
     *
     * @param correspondenceId the message
     * @param n                its place among the message's attachments, from 1
     * @param name             its file name
     * @param mediaType        its media type
     * @param size             its size in bytes
     */
    @Introspected
    public record Attachment(UUID correspondenceId, int n, String name, String mediaType, long size) {
    }

    /**
     * An attachment's bytes.
     *
     * @param name      its file name
     * @param mediaType its media type
     * @param content   its bytes
     */
    @Introspected
    public record AttachmentContent(String name, String mediaType, byte[] content) {
    }

    /**
     * A message as a subject access export gives it.
     *
     * @param id        its id
     * @param direction IN or OUT
     * @param arrivedAt when it arrived or was queued
     * @param sentAt    when it was sent (OUT)
     * @param subject   its subject
     * @param body      its text
     */
    @Introspected
    public record Exported(UUID id, String direction, Instant arrivedAt, @Nullable Instant sentAt, String subject,
            String body) {
    }

    /** The messages. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Mail extends GenericRepository<Item, UUID> {

        /** @param item a new message @return it */
        Item save(Item item);

        /** @param item a message, changed @return it */
        Item update(Item item);

        /** @param authorityId an authority @param messageId a Message-ID @return whether its mailbox has it already */
        boolean existsByAuthorityIdAndMessageId(String authorityId, String messageId);

        /** @param id a message @param requestId its request @return it, if it is on that request */
        Optional<Item> findByIdAndRequestId(UUID id, UUID requestId);

        /** @param limit how many @return messages read from a mailbox and not yet filed, oldest first, locked */
        @Query("SELECT * FROM correspondence WHERE state = 'WAITING' ORDER BY arrived_at, id LIMIT :limit"
                + " FOR UPDATE SKIP LOCKED")
        List<Item> waiting(int limit);

        /** @param now the time @param limit how many @return letters due to be sent, locked */
        @Query("SELECT * FROM correspondence WHERE state = 'PENDING' AND next_attempt_at <= :now"
                + " ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
        List<Item> dueToSend(Instant now, int limit);

        /** @param requestId a request @return its correspondence, oldest first */
        @Query("SELECT id, direction, state, counterpart, counterpart_name, subject, arrived_at, letter, attempts,"
                + " next_attempt_at, sent_at, last_error FROM correspondence WHERE request_id = :requestId"
                + " ORDER BY arrived_at, id")
        List<Summary> ofRequest(UUID requestId);

        /** @param requestId a request @return its correspondence with the text, oldest first */
        @Query("SELECT id, direction, arrived_at, sent_at, subject, body FROM correspondence"
                + " WHERE request_id = :requestId ORDER BY arrived_at, id")
        List<Exported> exportOf(UUID requestId);

        /**
         * @param authorityId an authority
         * @return its messages filed on no request (the mailroom has decided: not those it has yet to file), newest
         *         first
         */
        @Query("SELECT id, direction, state, counterpart, counterpart_name, subject, arrived_at, letter, attempts,"
                + " next_attempt_at, sent_at, last_error FROM correspondence WHERE authority_id = :authorityId"
                + " AND request_id IS NULL AND state <> 'WAITING' ORDER BY arrived_at DESC, id LIMIT 200")
        List<Summary> unfiled(String authorityId);

        /** @param requestId a request @return the attachments of its correspondence */
        @Query("SELECT a.correspondence_id, a.n, a.name, a.media_type, octet_length(a.content) AS size"
                + " FROM correspondence_attachment a JOIN correspondence c ON c.id = a.correspondence_id"
                + " WHERE c.request_id = :requestId ORDER BY a.correspondence_id, a.n")
        List<Attachment> attachmentsOf(UUID requestId);

        /** @param authorityId an authority @return the attachments of its messages filed on no request */
        @Query("SELECT a.correspondence_id, a.n, a.name, a.media_type, octet_length(a.content) AS size"
                + " FROM correspondence_attachment a JOIN correspondence c ON c.id = a.correspondence_id"
                + " WHERE c.authority_id = :authorityId AND c.request_id IS NULL ORDER BY a.correspondence_id, a.n")
        List<Attachment> attachmentsOfUnfiled(String authorityId);

        /** @param id a message @param authorityId its authority @return it, if it is that authority's */
        Optional<Item> findByIdAndAuthorityId(UUID id, String authorityId);

        /** @param correspondenceId a message @param n an attachment's place @return its bytes */
        @Query("SELECT name, media_type, content FROM correspondence_attachment"
                + " WHERE correspondence_id = :correspondenceId AND n = :n")
        Optional<AttachmentContent> attachment(UUID correspondenceId, int n);

        /**
         * @param correspondenceId a message
         * @param n                the attachment's place, from 1
         * @param name             its file name
         * @param mediaType        its media type
         * @param content          its bytes
         */
        @Query("INSERT INTO correspondence_attachment (correspondence_id, n, name, media_type, content)"
                + " VALUES (:correspondenceId, :n, :name, :mediaType, :content)")
        void attach(UUID correspondenceId, int n, String name, String mediaType, byte[] content);

        /**
         * @param requestId a request
         * @return the Message-ID of the requester's latest message on it (a letter answers it, so mail programs and
         *         WhatDoTheyKnow thread the two); one the mailroom made up for a message without one is of no use
         *         to anyone else, and the caller leaves it out
         */
        @Query("SELECT message_id FROM correspondence WHERE request_id = :requestId AND direction = 'IN'"
                + " AND state IN ('NEW_REQUEST', 'ON_CASE', 'CLARIFICATION_PROPOSED', 'CLARIFICATION_CONFIRMED')"
                + " ORDER BY arrived_at DESC, id LIMIT 1")
        Optional<String> latestFromRequester(UUID requestId);

        /**
         * @param authorityId an authority
         * @param messageIds  Message-IDs
         * @return the request the latest of those messages is filed on, if any is
         */
        @Query("SELECT request_id FROM correspondence WHERE authority_id = :authorityId AND message_id IN (:messageIds)"
                + " AND request_id IS NOT NULL ORDER BY arrived_at DESC LIMIT 1")
        Optional<UUID> requestOfMessages(String authorityId, Collection<String> messageIds);

        /**
         * @param authorityId an authority
         * @param references  references a message names
         * @return the latest request with one of them
         */
        @Query("SELECT id FROM request WHERE authority_id = :authorityId AND reference IN (:references)"
                + " ORDER BY received_on DESC, id LIMIT 1")
        Optional<UUID> requestOfReferences(String authorityId, Collection<String> references);

        /**
         * @param authorityId an authority
         * @param email       a requester's address
         * @return the latest request from that address
         */
        @Query("SELECT q.id FROM request q JOIN requester r ON r.request_id = q.id WHERE q.authority_id = :authorityId"
                + " AND lower(r.email) = lower(:email) ORDER BY q.received_on DESC, q.id DESC LIMIT 1")
        Optional<UUID> latestRequestFrom(String authorityId, String email);
    }
}
