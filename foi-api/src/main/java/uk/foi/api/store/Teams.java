package uk.foi.api.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.UUID;

/** An authority's teams, which requests are assigned to. Micronaut Data JDBC. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Teams extends GenericRepository<Teams.Team, UUID> {

    /**
     * One team.
     *
     * @param id          its id
     * @param authorityId the authority
     * @param team        what a request's assignment says, such as {@code crime-data}; also what the notifier puts in
     *                    its team mail address pattern
     * @param name        how people name it, such as "Crime data"
     */
    @MappedEntity("team")
    record Team(@Id UUID id, String authorityId, String team, String name) {
    }

    /** @param authorityId the authority @return its teams, by id */
    List<Team> findByAuthorityIdOrderByTeam(String authorityId);

    /**
     * Adds a team, or renames it.
     *
     * @param id          an id for it, if new
     * @param authorityId the authority
     * @param team        its id
     * @param name        its name
     */
    @Query("INSERT INTO team (id, authority_id, team, name) VALUES (:id, :authorityId, :team, :name)"
            + " ON CONFLICT (authority_id, team) DO UPDATE SET name = EXCLUDED.name")
    void put(UUID id, String authorityId, String team, String name);

    /** @param authorityId the authority @param team a team id @return 1 if it was one of the authority's */
    int deleteByAuthorityIdAndTeam(String authorityId, String team);
}
