package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An authority's teams: once it has any, a request is assigned only to one of them, so the caseload's team filter, the
 * digests and the notifier's team mail address see one spelling; without any, any team is taken, as before.
 */
@MicronautTest(transactional = false)
class TeamsIT extends ApiTestSupport {

    static final String TEAMS = "/authorities/" + MET + "/teams";

    @AfterEach
    void noTeams() {
        var team = java.util.regex.Pattern.compile("\"team\":\"([^\"]+)\"").matcher(api.get(ADMIN, TEAMS).body());
        while (team.find()) {
            api.call(ADMIN, HttpRequest.DELETE(TEAMS + "/" + team.group(1)));
        }
    }

    @Test
    void onceAnAuthorityHasTeamsARequestIsAssignedOnlyToOneOfThem() {
        String id = intake("2023-10-02", "1. The number of stop and search records.");
        assertThat(assign(id, "anything at all").status()).as("no teams yet: any team").isEqualTo(200);

        assertThat(api.put(ADMIN, TEAMS + "/crime-data", "{\"name\": \"Crime data\"}").status()).isEqualTo(200);
        assertThat(api.put(ADMIN, TEAMS + "/corporate", "{\"name\": \"Corporate\"}").status()).isEqualTo(200);
        assertThat(api.put(ADMIN, TEAMS + "/corporate", "{\"name\": \"Corporate FOI\"}").status()).isEqualTo(200);
        assertThat(api.get(CASEWORKER, TEAMS).body()).isEqualTo("[{\"team\":\"corporate\",\"name\":\"Corporate FOI\"},"
                + "{\"team\":\"crime-data\",\"name\":\"Crime data\"}]");

        Api.Reply wrong = assign(id, "crime");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"team\"", "there is no team crime: one of corporate, crime-data");
        assertThat(api.get(CASEWORKER, "/requests/" + id).at("team")).as("nothing recorded")
                .isEqualTo("anything at all");

        assertThat(assign(id, "crime-data").status()).isEqualTo(200);
        assertThat(api.call(ADMIN, HttpRequest.DELETE(TEAMS + "/crime-data")).status()).isEqualTo(204);
        assertThat(api.call(ADMIN, HttpRequest.DELETE(TEAMS + "/crime-data")).status()).isEqualTo(404);
        assertThat(api.get(CASEWORKER, "/requests/" + id).at("team")).as("a removed team stays on its requests")
                .isEqualTo("crime-data");
        assertThat(assign(id, "crime-data").status()).as("but takes no new ones").isEqualTo(400);
    }

    @Test
    void teamIdsFitMailAddressesAndOnlyTheAuthoritysAdminsSetThem() {
        Api.Reply spaced = api.put(ADMIN, TEAMS + "/Crime%20Data", "{\"name\": \"Crime data\"}");
        assertThat(spaced.status()).as(spaced.toString()).isEqualTo(400);
        assertThat(spaced.body()).contains("\"field\":\"team\"", "lower-case letters, digits and hyphens");
        assertThat(api.put(ADMIN, TEAMS + "/crime-data", "{\"name\": \"\"}").status()).isEqualTo(400);
        assertThat(api.put(CASEWORKER, TEAMS + "/crime-data", "{\"name\": \"Crime data\"}").status()).isEqualTo(403);
        assertThat(api.put(OTHER_ADMIN, TEAMS + "/crime-data", "{\"name\": \"Crime data\"}").status())
                .as("another authority's admin").isIn(403, 404);
        assertThat(api.get(CASEWORKER, TEAMS).body()).isEqualTo("[]");
    }

    private Api.Reply assign(String id, String team) {
        return api.post(MANAGER, "/requests/" + id + "/assignment",
                "{\"assignee\": \"cw.smith\", \"team\": " + quote(team) + "}");
    }
}
