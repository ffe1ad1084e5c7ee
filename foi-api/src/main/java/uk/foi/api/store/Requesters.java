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
import java.util.List;
import java.util.UUID;

/**
 * Requesters across requests: an authority's requests by the same person, and the log of every such look-up.
 * Micronaut Data JDBC.
 */
public final class Requesters {

    private Requesters() {
    }

    /**
     * A request of the person looked for, with what they gave.
     *
     * @param id            the request
     * @param reference     its reference
     * @param receivedOn    when it arrived
     * @param status        its status
     * @param regime        the law it is handled under
     * @param text          the request as asked
     * @param name          the requester's name on it
     * @param email         their email address on it
     * @param postalAddress their postal address on it
     */
    @Introspected
    public record Found(UUID id, String reference, LocalDate receivedOn, String status, String regime, String text,
            String name, @Nullable String email, @Nullable String postalAddress) {
    }

    /**
     * One look-up.
     *
     * @param id          its id
     * @param authorityId the authority
     * @param actor       who looked
     * @param purpose     why
     * @param lookedFor   the email address or name looked for
     * @param results     how many requests they saw
     * @param at          when
     */
    @MappedEntity("personal_data_access")
    public record Access(@Id UUID id, String authorityId, String actor, String purpose, String lookedFor, int results,
            Instant at) {
    }

    /** The requests of a person. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Requests extends GenericRepository<Access, UUID> {

        /**
         * @param authorityId the authority
         * @param email       an email address, matched whatever its case, or null
         * @param name        a name, matched whatever its case and spacing, or null
         * @return the authority's requests from that address or by that name, newest first (at most 500)
         */
        @Query("SELECT r.id, r.reference, r.received_on, r.status, r.regime, r.text, q.name, q.email,"
                + " q.postal_address FROM request r JOIN requester q ON q.request_id = r.id"
                + " WHERE r.authority_id = :authorityId"
                + " AND ((CAST(:email AS text) IS NOT NULL AND lower(q.email) = lower(CAST(:email AS text)))"
                + " OR (CAST(:name AS text) IS NOT NULL AND lower(regexp_replace(q.name, '\\s+', ' ', 'g'))"
                + " = lower(regexp_replace(CAST(:name AS text), '\\s+', ' ', 'g'))))"
                + " ORDER BY r.received_on DESC, r.reference DESC LIMIT 500")
        List<Found> find(String authorityId, @Nullable String email, @Nullable String name);

        /** @param access a look-up, to keep */
        Access save(Access access);

        /** @param authorityId the authority @return its look-ups, newest first */
        List<Access> findByAuthorityIdOrderByAtDesc(String authorityId);
    }
}
