package uk.foi.api.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The records located for requests and their versions for release, in PostgreSQL (V9 migration). Micronaut Data JDBC.
 * The bytes arrive in parts and are joined, measured and hashed by PostgreSQL itself when the upload completes.
 */
public final class Documents {

    private Documents() {
    }

    /**
     * A document of a request, without its bytes.
     *
     * @param id          its id
     * @param requestId   the request
     * @param authorityId the authority
     * @param name        its file name, as uploaded
     * @param size        its size in bytes, as announced
     * @param sha256      its SHA-256, as announced (hex)
     * @param parts       how many parts it arrives in
     * @param complete    whether all its parts have arrived and checked out
     * @param uploadedBy  who uploaded it
     * @param uploadedAt  when the upload began
     */
    @MappedEntity("document")
    public record Document(@Id UUID id, UUID requestId, String authorityId, String name, long size, String sha256,
            int parts, boolean complete, String uploadedBy, Instant uploadedAt) {
    }

    /**
     * A document's bytes.
     *
     * @param id      the document
     * @param content its bytes, once its parts are joined
     */
    @MappedEntity("document")
    public record Content(@Id UUID id, @Nullable byte[] content) {
    }

    /**
     * The version of a document to release.
     *
     * @param documentId the document
     * @param pdf        the redacted file
     * @param schedule   its redaction schedule, as text
     * @param redactions how many redactions it has
     * @param madeBy     who made it
     * @param madeAt     when
     */
    @MappedEntity("document_release")
    public record Release(@Id UUID documentId, byte[] pdf, String schedule, int redactions, String madeBy,
            Instant madeAt) {
    }

    /**
     * What the parts of a document make once joined.
     *
     * @param size   their size in bytes
     * @param sha256 their SHA-256, hex
     */
    @io.micronaut.core.annotation.Introspected
    public record Joined(long size, String sha256) {
    }

    /**
     * A document with a version to release.
     *
     * @param id         the document
     * @param name       its file name
     * @param redactions how many redactions the version has
     */
    @io.micronaut.core.annotation.Introspected
    public record Released(UUID id, String name, int redactions) {
    }

    /** The documents and their parts. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Files extends GenericRepository<Document, UUID> {

        /** @param d the document, its upload begun @return it */
        Document save(Document d);

        /** @param requestId a request @return its documents, oldest first */
        List<Document> findByRequestIdOrderByUploadedAt(UUID requestId);

        /** @param id a document @param requestId its request @return it, if it is that request's */
        Optional<Document> findByIdAndRequestId(UUID id, UUID requestId);

        /**
         * Keeps one part (again, if it is sent twice).
         *
         * @param documentId the document
         * @param n          the part's number, from 0
         * @param bytes      its bytes
         */
        @Query("INSERT INTO document_part (document_id, n, bytes) VALUES (:documentId, :n, :bytes)"
                + " ON CONFLICT (document_id, n) DO UPDATE SET bytes = EXCLUDED.bytes")
        void putPart(UUID documentId, int n, byte[] bytes);

        /** @param documentId a document @return how many of its parts have arrived */
        @Query("SELECT count(*) FROM document_part WHERE document_id = :documentId")
        long partsArrived(UUID documentId);

        /**
         * Joins the parts, in order, as the document's content (not yet marked complete).
         *
         * @param documentId the document
         */
        @Query("UPDATE document SET content = (SELECT string_agg(bytes, ''::bytea ORDER BY n) FROM document_part"
                + " WHERE document_id = :documentId) WHERE id = :documentId")
        void join(UUID documentId);

        /** @param documentId a document @return the size and SHA-256 of its joined content */
        @Query("SELECT octet_length(content) AS size, encode(sha256(content), 'hex') AS sha256 FROM document"
                + " WHERE id = :documentId")
        Joined joined(UUID documentId);

        /**
         * @param documentId a document
         * @param content    what it holds now: a photograph or scan made into a PDF page to redact
         */
        @Query("UPDATE document SET content = :content WHERE id = :documentId")
        void replaceContent(UUID documentId, byte[] content);

        /** @param documentId a document: marked complete */
        @Query("UPDATE document SET complete = true WHERE id = :documentId")
        void markComplete(UUID documentId);

        /** @param documentId a complete document: its parts are no longer needed */
        @Query("DELETE FROM document_part WHERE document_id = :documentId")
        void dropParts(UUID documentId);
    }

    /** The documents' bytes. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Contents extends GenericRepository<Content, UUID> {

        /** @param id a document @return its bytes */
        Optional<Content> findById(UUID id);
    }

    /** The versions to release. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Releases extends GenericRepository<Release, UUID> {

        /** @param documentId a document @return its version to release, if one was made */
        Optional<Release> findById(UUID documentId);

        /** @param documentId a document @return whether a version to release was made (without reading it) */
        boolean existsById(UUID documentId);

        /** @param requestId a request @return its documents that have a version to release, oldest first */
        @Query("SELECT d.id, d.name, r.redactions FROM document d JOIN document_release r ON r.document_id = d.id"
                + " WHERE d.request_id = :requestId ORDER BY d.uploaded_at, d.id")
        List<Released> releasedOf(UUID requestId);

        /**
         * Keeps the version to release, replacing any before it.
         *
         * @param documentId the document
         * @param pdf        the redacted file
         * @param schedule   its schedule
         * @param redactions how many redactions
         * @param madeBy     who made it
         * @param madeAt     when
         */
        @Query("INSERT INTO document_release (document_id, pdf, schedule, redactions, made_by, made_at)"
                + " VALUES (:documentId, :pdf, :schedule, :redactions, :madeBy, :madeAt)"
                + " ON CONFLICT (document_id) DO UPDATE SET pdf = EXCLUDED.pdf, schedule = EXCLUDED.schedule,"
                + " redactions = EXCLUDED.redactions, made_by = EXCLUDED.made_by, made_at = EXCLUDED.made_at")
        void put(UUID documentId, byte[] pdf, String schedule, int redactions, String madeBy, Instant madeAt);
    }
}
