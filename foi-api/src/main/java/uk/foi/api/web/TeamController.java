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
import java.util.UUID;
import java.util.regex.Pattern;
import uk.foi.api.store.Teams;

/**
 * An authority's teams. Once it has any, a request is assigned only to one of them ({@link #check}); an authority with
 * none assigns to any team, as before teams could be set. Admins set them; all staff read them.
 */
@Controller("/authorities/{id}/teams")
public class TeamController {

    /** A team id: it goes into mail addresses (FOI_MAIL_TEAM_ADDRESS, such as {@code {team}-foi@example.org}). */
    static final Pattern TEAM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Teams teams;

    TeamController(Teams teams) {
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
        return teams.findByAuthorityIdOrderByTeam(ours(auth, id)).stream()
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
        String authority = ours(auth, id);
        if (!TEAM_ID.matcher(team).matches()) {
            throw ApiProblem.invalid("team", "a team id is 1 to 40 lower-case letters, digits and hyphens, starting"
                    + " with a letter or digit, such as crime-data: it goes into mail addresses");
        }
        teams.put(UUID.randomUUID(), authority, team, body.name().strip());
        return new TeamView(team, body.name().strip());
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
        if (teams.deleteByAuthorityIdAndTeam(ours(auth, id), team) == 0) {
            throw ApiProblem.notFound("no team " + team);
        }
        return HttpResponse.noContent();
    }

    /**
     * Checks the team of an assignment: one of the authority's teams, if it has set any.
     *
     * @param teams     the teams
     * @param authority the authority
     * @param team      the team a request is being assigned to
     * @throws ApiProblem a 400 on the field {@code team}, naming the teams there are
     */
    static void check(Teams teams, String authority, String team) {
        List<String> ours = teams.findByAuthorityIdOrderByTeam(authority).stream().map(Teams.Team::team).toList();
        if (!ours.isEmpty() && !ours.contains(team)) {
            throw ApiProblem.invalid("team", "there is no team " + team + ": one of " + String.join(", ", ours));
        }
    }

    private static String ours(Authentication auth, String id) {
        return Caller.of(auth).within(id).authority().value();
    }
}
