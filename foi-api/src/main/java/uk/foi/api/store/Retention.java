package uk.foi.api.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Each authority's retention schedule and the record of what its retention runs erased (V12 migration), and the
 * statements that erase a case file's personal data. Micronaut Data JDBC.
 */
public final class Retention {

    private Retention() {
    }

    /**
     * An authority's schedule, as its admin set it.
     *
     * @param authorityId          the authority
     * @param yearsAfterLastAction years after the last action on a case
     * @param yearsAfterRegulator  years where the Commissioner or a tribunal was involved
     * @param updatedBy            who set it
     * @param updatedAt            when
     */
    @MappedEntity("retention_schedule")
    public record Schedule(@Id String authorityId, int yearsAfterLastAction, int yearsAfterRegulator,
            String updatedBy, Instant updatedAt) {
    }

    /**
     * What one erasure removed.
     *
     * @param id            its id
     * @param authorityId   the authority
     * @param requestId     the request
     * @param reference     its reference
     * @param rule          the rule that made it due, in words
     * @param dueOn         the day it became due
     * @param erasedAt      when it was erased
     * @param requester     whether the requester's details were erased
     * @param messages      how many messages of its correspondence were erased
     * @param documents     how many of its documents were erased
     * @param keptPublished how many released versions stay, being on the disclosure log
     */
    @MappedEntity("erasure")
    public record Erasure(@Id UUID id, String authorityId, UUID requestId, String reference, String rule,
            LocalDate dueOn, Instant erasedAt, boolean requester, int messages, int documents, int keptPublished) {
    }

    /** The schedules. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Schedules extends GenericRepository<Schedule, String> {

        /** @param authorityId an authority @return its schedule, if its admin set one */
        Optional<Schedule> findById(String authorityId);

        /**
         * @param authorityId          the authority
         * @param yearsAfterLastAction years after the last action
         * @param yearsAfterRegulator  years where the regulator was involved
         * @param updatedBy            who
         * @param updatedAt            when
         */
        @Query("INSERT INTO retention_schedule (authority_id, years_after_last_action, years_after_regulator,"
                + " updated_by, updated_at) VALUES (:authorityId, :yearsAfterLastAction, :yearsAfterRegulator,"
                + " :updatedBy, :updatedAt) ON CONFLICT (authority_id) DO UPDATE SET"
                + " years_after_last_action = EXCLUDED.years_after_last_action,"
                + " years_after_regulator = EXCLUDED.years_after_regulator, updated_by = EXCLUDED.updated_by,"
                + " updated_at = EXCLUDED.updated_at")
        void put(String authorityId, int yearsAfterLastAction, int yearsAfterRegulator, String updatedBy,
                Instant updatedAt);
    }

    /** The erasures, and what they erase. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Erasures extends GenericRepository<Erasure, UUID> {

        /** @param erasure what was erased @return it */
        Erasure save(Erasure erasure);

        /** @param authorityId an authority @return its latest 500 erasures, newest first */
        @Query("SELECT * FROM erasure WHERE authority_id = :authorityId ORDER BY erased_at DESC, id LIMIT 500")
        List<Erasure> latest(String authorityId);

        /**
         * Finished requests that still hold personal data and were received early enough to be due (the last action
         * on a case is never before its receipt), oldest first.
         *
         * @param authorityId    the authority
         * @param receivedBefore the day after the latest receipt that could be due
         * @param after          the last request of the page before ({@code 00000000-...} for the first)
         * @param limit          how many
         * @return their ids
         */
        @Query("SELECT q.id FROM request q WHERE q.authority_id = :authorityId AND q.received_on < :receivedBefore"
                + " AND q.status IN ('RESPONDED', 'REVIEW_COMPLETED', 'WITHDRAWN', 'LAPSED', 'CLOSED')"
                + " AND q.id > :after AND (EXISTS (SELECT 1 FROM requester r WHERE r.request_id = q.id)"
                + " OR EXISTS (SELECT 1 FROM correspondence c WHERE c.request_id = q.id)"
                + " OR EXISTS (SELECT 1 FROM document d WHERE d.request_id = q.id AND d.content IS NOT NULL))"
                + " ORDER BY q.id LIMIT :limit")
        List<UUID> candidates(String authorityId, LocalDate receivedBefore, UUID after, int limit);

        /** @param requestId a request, locked for its erasure; empty if another run holds it */
        @Query("SELECT id FROM request WHERE id = :requestId FOR UPDATE SKIP LOCKED")
        Optional<UUID> lock(UUID requestId);

        /** @param requestId a request @return how many messages its correspondence holds */
        @Query("SELECT count(*) FROM correspondence WHERE request_id = :requestId")
        int messagesOf(UUID requestId);

        /** @param requestId a request @return how many of its documents hold what was located */
        @Query("SELECT count(*) FROM document WHERE request_id = :requestId AND content IS NOT NULL")
        int documentsOf(UUID requestId);

        /** @param requestId a request @return how many of its documents have a version released */
        @Query("SELECT count(*) FROM document_release r JOIN document d ON d.id = r.document_id"
                + " WHERE d.request_id = :requestId")
        int releasedOf(UUID requestId);

        /** @param requestId a request @return whether its requester's details are held */
        @Query("SELECT count(*) FROM requester WHERE request_id = :requestId")
        int requesterOf(UUID requestId);

        /**
         * Waits for, then holds, every message of a request: a letter the postroom is sending (its row locked while
         * it sends and keeps the attachments) is finished before the correspondence is erased.
         *
         * @param requestId a request
         * @return its messages' ids
         */
        @Query("SELECT id FROM correspondence WHERE request_id = :requestId FOR UPDATE")
        List<UUID> lockCorrespondence(UUID requestId);

        /** @param requestId a request: its correspondence's attachments erased */
        @Query("DELETE FROM correspondence_attachment WHERE correspondence_id IN"
                + " (SELECT id FROM correspondence WHERE request_id = :requestId)")
        void eraseAttachments(UUID requestId);

        /** @param requestId a request: its correspondence erased */
        @Query("DELETE FROM correspondence WHERE request_id = :requestId")
        void eraseCorrespondence(UUID requestId);

        /** @param requestId a request: the parts of its documents' uploads erased */
        @Query("DELETE FROM document_part WHERE document_id IN (SELECT id FROM document WHERE request_id = :requestId)")
        void eraseDocumentParts(UUID requestId);

        /** @param requestId a request whose response is not published: its released versions erased */
        @Query("DELETE FROM document_release WHERE document_id IN (SELECT id FROM document WHERE request_id = :requestId)")
        void eraseReleases(UUID requestId);

        /** @param requestId a request: its documents without a released version erased */
        @Query("DELETE FROM document d WHERE d.request_id = :requestId AND NOT EXISTS"
                + " (SELECT 1 FROM document_release r WHERE r.document_id = d.id)")
        void eraseUnreleasedDocuments(UUID requestId);

        /** @param requestId a request: what was located erased from the documents whose released version stays */
        @Query("UPDATE document SET content = NULL WHERE request_id = :requestId")
        void eraseLocatedContent(UUID requestId);

        /** @param requestId a request: its requester's name and addresses erased */
        @Query("DELETE FROM requester WHERE request_id = :requestId")
        void eraseRequester(UUID requestId);
    }
}
