package uk.foi.api.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The calendar feeds staff have subscribed to, each with the SHA-256 of its token (never the token). Micronaut Data
 * JDBC: the first store on the repositories the design card names (the rest follow under the foi-api inside issue).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CalendarFeeds extends CrudRepository<CalendarFeeds.Feed, UUID> {

    /**
     * One feed.
     *
     * @param id          its id, for listing and revoking
     * @param authorityId the authority whose deadlines it shows
     * @param owner       who made it (a token's subject)
     * @param assignee    the caseworker whose deadlines it shows, or null for a team's
     * @param team        the team whose deadlines it shows, or null for a caseworker's
     * @param tokenSha256 the SHA-256 of its token
     * @param createdAt   when it was made
     * @param revokedAt   when it was revoked, if it was
     * @param lastUsedAt  when a calendar app last read it
     */
    @MappedEntity("calendar_feed")
    record Feed(@Id UUID id, String authorityId, String owner, @Nullable String assignee, @Nullable String team,
            byte[] tokenSha256, Instant createdAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {
    }

    /** @param tokenSha256 a token's hash @return its feed, unless revoked */
    Optional<Feed> findByTokenSha256AndRevokedAtIsNull(byte[] tokenSha256);

    /** @param authorityId the authority @param owner who made them @return their feeds in force, oldest first */
    List<Feed> findByAuthorityIdAndOwnerAndRevokedAtIsNullOrderByCreatedAt(String authorityId, String owner);

    /** @param authorityId the authority @return its feeds in force, oldest first */
    List<Feed> findByAuthorityIdAndRevokedAtIsNullOrderByCreatedAt(String authorityId);

    /** @param id the feed @param authorityId its authority @return the feed, if it is that authority's */
    Optional<Feed> findByIdAndAuthorityId(UUID id, String authorityId);

    /** @param id the feed @param at when @return 1 if it was in force and is now revoked */
    @Query("UPDATE calendar_feed SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
    int revoke(UUID id, Instant at);

    /** @param id the feed @param at when a calendar app read it */
    @Query("UPDATE calendar_feed SET last_used_at = :at WHERE id = :id")
    void used(UUID id, Instant at);
}
