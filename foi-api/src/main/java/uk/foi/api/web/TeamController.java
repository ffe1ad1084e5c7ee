package uk.foi.api.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.foi.api.application.Caller;
import uk.foi.api.application.RequestService;
import uk.foi.api.application.Roles;
import uk.foi.api.application.TeamService;
import uk.foi.api.store.Teams;

/**
 * An authority's teams. Once it has any, a request is assigned only to one of them
 * ({@link RequestService#assign}); an authority with
 * none assigns to any team, as before teams could be set. Admins set them; all staff read them.
 */
@Controller("/authorities/{id}/teams")
public class TeamController {

    private final TeamService teams;

    TeamController(TeamService teams) {
        this.teams = teams;
    }

    /** @param team its id @param name how people name it */
    @Serdeable
    public record TeamView(String team, String name) {
    }

    /** @param name how people name it, such as "Crime data" */
    @Serdeable
    public record TeamBody(@NotBlank @Size(max = 200) String name) {
    }

    /**
     * @param auth a member of the authority's staff
     * @param id   the authority
     * @return its teams, by id
     */
    @Get
    @Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public List<TeamView> list(Authentication auth, @PathVariable String id) {
        return teams.of(ours(auth, id)).stream()
                .map(t -> new TeamView(t.team(), t.name())).toList();
    }

    /**
     * Adds a team, or renames one.
     *
     * @param auth an admin of the authority
     * @param id   the authority
     * @param team its id: 1 to 40 lower-case letters, digits and hyphens
     * @param body its name
     * @return it as saved
     */
    @Put("/{team}")
    @Secured(Roles.ADMIN)
    public TeamView put(Authentication auth, @PathVariable String id, @PathVariable String team,
            @Valid @Body TeamBody body) {
        Teams.Team saved = teams.put(ours(auth, id), team, body.name());
        return new TeamView(saved.team(), saved.name());
    }

    /**
     * Removes a team. Requests already assigned to it keep it; new assignments cannot use it.
     *
     * @param auth an admin of the authority
     * @param id   the authority
     * @param team its id
     * @return 204, or 404 if it is not one of the authority's teams
     */
    @Delete("/{team}")
    @Secured(Roles.ADMIN)
    public HttpResponse<Void> delete(Authentication auth, @PathVariable String id, @PathVariable String team) {
        teams.remove(ours(auth, id), team);
        return HttpResponse.noContent();
    }

    private static Caller ours(Authentication auth, String id) {
        return Callers.of(auth).within(id);
    }
}
