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
 * What an authority's letters are written with besides the bundled set: its own template files and phrases, and the
 * case officers its letters name. Micronaut Data JDBC.
 */
public final class LetterSettings {

    private LetterSettings() {
    }

    /**
     * One of an authority's own template files.
     *
     * @param id          its id
     * @param authorityId the authority
     * @param file        its name, such as {@code heading.txt} or {@code phrases.properties}
     * @param source      its text
     * @param updatedAt   when it was last saved
     * @param updatedBy   who saved it (a token's subject)
     */
    @MappedEntity("letter_template")
    public record TemplateFile(@Id UUID id, String authorityId, String file, String source, Instant updatedAt,
            String updatedBy) {
    }

    /**
     * A member of staff as letters name them.
     *
     * @param id          its id
     * @param authorityId the authority
     * @param userId      the user id requests are assigned to
     * @param name        their name as letters give it
     * @param jobTitle    their job title
     * @param phone       a direct number, if given
     */
    @MappedEntity("case_officer")
    public record Officer(@Id UUID id, String authorityId, String userId, String name, String jobTitle,
            @Nullable String phone) {
    }

    /** An authority's own template files. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface TemplateFiles extends GenericRepository<TemplateFile, UUID> {

        /** @param authorityId the authority @return its own files, by name */
        List<TemplateFile> findByAuthorityIdOrderByFile(String authorityId);

        /** @param authorityId the authority @param file a name @return its own file of that name */
        Optional<TemplateFile> findByAuthorityIdAndFile(String authorityId, String file);

        /**
         * Saves a file, replacing the authority's own of that name.
         *
         * @param id          an id for it, if new
         * @param authorityId the authority
         * @param file        its name
         * @param source      its text
         * @param updatedAt   now
         * @param updatedBy   who saves it
         */
        @Query("INSERT INTO letter_template (id, authority_id, file, source, updated_at, updated_by)"
                + " VALUES (:id, :authorityId, :file, :source, :updatedAt, :updatedBy)"
                + " ON CONFLICT (authority_id, file) DO UPDATE SET source = EXCLUDED.source,"
                + " updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by")
        void put(UUID id, String authorityId, String file, String source, Instant updatedAt, String updatedBy);

        /** @param authorityId the authority @param file a name @return 1 if it had its own file of that name */
        int deleteByAuthorityIdAndFile(String authorityId, String file);
    }

    /** The case officers letters name. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Officers extends GenericRepository<Officer, UUID> {

        /** @param authorityId the authority @return its case officers, by user id */
        List<Officer> findByAuthorityIdOrderByUserId(String authorityId);

        /** @param authorityId the authority @param userId a user @return that user as letters name them */
        Optional<Officer> findByAuthorityIdAndUserId(String authorityId, String userId);

        /**
         * Saves a case officer, replacing the authority's record of that user.
         *
         * @param id          an id for it, if new
         * @param authorityId the authority
         * @param userId      the user id
         * @param name        their name
         * @param jobTitle    their job title
         * @param phone       a direct number, or null
         */
        @Query("INSERT INTO case_officer (id, authority_id, user_id, name, job_title, phone)"
                + " VALUES (:id, :authorityId, :userId, :name, :jobTitle, :phone)"
                + " ON CONFLICT (authority_id, user_id) DO UPDATE SET name = EXCLUDED.name,"
                + " job_title = EXCLUDED.job_title, phone = EXCLUDED.phone")
        void put(UUID id, String authorityId, String userId, String name, String jobTitle, @Nullable String phone);

        /** @param authorityId the authority @param userId a user @return 1 if the user was a case officer */
        int deleteByAuthorityIdAndUserId(String authorityId, String userId);
    }
}
