package uk.foi.api.application;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import uk.foi.api.store.Teams;

/** An authority's teams, which requests are assigned to; each read or change its own transaction. */
@Singleton
public class TeamService {

    /** A team id: it goes into mail addresses (FOI_MAIL_TEAM_ADDRESS, such as {@code {team}-foi@example.org}). */
    static final Pattern TEAM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Teams teams;
    private final Transactions tx;

    TeamService(Teams teams, Transactions tx) {
        this.teams = teams;
        this.tx = tx;
    }

    /** @param caller a member of the authority's staff @return its teams, by id */
    public List<Teams.Team> of(Caller caller) {
        return tx.read(() -> teams.findByAuthorityIdOrderByTeam(caller.authority().value()));
    }

    /**
     * Adds a team, or renames one.
     *
     * @param caller an admin of the authority
     * @param team   its id: 1 to 40 lower-case letters, digits and hyphens
     * @param name   how people name it
     * @return it as saved
     * @throws Refused.Invalid if the id is not one
     */
    public Teams.Team put(Caller caller, String team, String name) {
        if (!TEAM_ID.matcher(team).matches()) {
            throw new Refused.Invalid("team", "a team id is 1 to 40 lower-case letters, digits and hyphens, starting"
                    + " with a letter or digit, such as crime-data: it goes into mail addresses");
        }
        String authority = caller.authority().value();
        tx.run(() -> teams.put(UUID.randomUUID(), authority, team, name.strip()));
        return new Teams.Team(null, authority, team, name.strip());
    }

    /**
     * Removes a team. Requests already assigned to it keep it; new assignments cannot use it.
     *
     * @param caller an admin of the authority
     * @param team   its id
     * @throws Refused.NotFound if it is not one of the authority's teams
     */
    public void remove(Caller caller, String team) {
        if (tx.write(() -> teams.deleteByAuthorityIdAndTeam(caller.authority().value(), team)) == 0) {
            throw new Refused.NotFound("no team " + team);
        }
    }

    /**
     * Checks the team of an assignment: one of the authority's teams, if it has set any. Called inside the
     * assignment's transaction, so a team removed meanwhile is not assigned.
     *
     * @param caller who assigns
     * @param team   the team a request is being assigned to
     * @throws Refused.Invalid on the field {@code team}, naming the teams there are
     */
    void checkAssignable(Caller caller, String team) {
        List<String> ours = teams.findByAuthorityIdOrderByTeam(caller.authority().value()).stream()
                .map(Teams.Team::team).toList();
        if (!ours.isEmpty() && !ours.contains(team)) {
            throw new Refused.Invalid("team", "there is no team " + team + ": one of " + String.join(", ", ours));
        }
    }
}
