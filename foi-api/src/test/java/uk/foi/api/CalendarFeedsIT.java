package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calendar feeds (hardening issue, items 3 and 7): a revocable, read-only token per feed, stored hashed and scoped
 * to one caseworker's or team's deadlines, never a bearer token in a URL; and a feed that a strict iCalendar parser
 * (ical4j, relaxed parsing off) accepts: one DTSTAMP per event, lines folded at 75 octets, absolute links, and a valid
 * calendar even when there is nothing in it.
 */
@MicronautTest(transactional = false)
class CalendarFeedsIT extends ApiTestSupport {

    static final Api.User OTHER_CASEWORKER_OF_MET = new Api.User("cw.brown", MET, List.of("caseworker"));


    String mine;
    String theirs;

    @BeforeAll
    void twoRequestsForTwoCaseworkers() {
        mine = intake("2023-11-01", "1. How many drones does the force own? " + "A long question. ".repeat(10));
        theirs = intake("2023-11-02", "1. How many horses?");
        assertThat(api.post(MANAGER, "/requests/" + mine + "/assignment",
                "{\"assignee\": \"cw.smith\", \"team\": \"central-foi\"}").status()).isEqualTo(200);
        assertThat(api.post(MANAGER, "/requests/" + theirs + "/assignment",
                "{\"assignee\": \"cw.brown\", \"team\": \"central-foi\"}").status()).isEqualTo(200);
    }

    @Test
    void aFeedShowsItsCaseworkersDeadlinesToAnyoneWithItsUrlAsStrictlyValidICalendar() throws Exception {
        Api.Reply made = api.post(CASEWORKER, "/calendar/feeds", "{\"assignee\": \"cw.smith\"}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String url = (String) made.at("url");
        assertThat(url).startsWith("http://localhost:").endsWith("/deadlines.ics");

        Api.Reply ics = api.call(null, HttpRequest.GET(URI.create(url).getPath()));

        assertThat(ics.status()).as(ics.toString()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        Calendar calendar = strictlyParsed(ics.body());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getProperties("DTSTAMP")).hasSize(1);
            assertThat(e.getProperty("URL").orElseThrow().getValue()).startsWith("http://localhost:")
                    .contains("/requests/" + mine);
            assertThat(e.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("http://localhost:");
        });
        assertThat(ics.body()).contains("01.FOI.23.000001: response due").doesNotContain("01.FOI.23.000002");
        assertThat(ics.body()).contains("DTSTART;VALUE=DATE:20231129");
        for (String line : ics.body().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void anEmptyFeedIsStillAValidCalendar() throws Exception {
        String url = (String) api.post(CASEWORKER, "/calendar/feeds", "{\"team\": \"no-such-team\"}").at("url");
        Api.Reply ics = api.call(null, HttpRequest.GET(URI.create(url).getPath()));
        Calendar calendar = strictlyParsed(ics.body());
        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
    }

    @Test
    void theTokenIsStoredOnlyAsItsHashAndReadsNothingElse() {
        String url = (String) api.post(CASEWORKER, "/calendar/feeds", "{\"assignee\": \"cw.smith\"}").at("url");
        String token = url.replaceAll(".*/calendar/feeds/([^/]+)/deadlines.ics", "$1");
        List<String> stored = tx.executeRead(s -> {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = s.getConnection().createStatement().executeQuery(
                    "SELECT f::text FROM calendar_feed f")) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        });
        assertThat(stored).isNotEmpty().noneMatch(row -> row.contains(token));
        // it is no bearer token: not for reading the API, not for writing
        assertThat(api.call(null, HttpRequest.GET("/requests").bearerAuth(token)).status()).isEqualTo(401);
        assertThat(api.call(null, HttpRequest.GET("/calendar/deadlines.ics").bearerAuth(token)).status())
                .isEqualTo(401);
        assertThat(api.call(null, HttpRequest.GET("/calendar/feeds/" + token + "x/deadlines.ics")).status())
                .isEqualTo(404);
    }

    @Test
    void aRevokedFeedAnswers404AndOnlyItsOwnerOrAManagerRevokesIt() {
        Api.Reply made = api.post(CASEWORKER, "/calendar/feeds", "{\"team\": \"central-foi\"}");
        String id = (String) made.at("feed.id");
        String path = URI.create((String) made.at("url")).getPath();
        assertThat(api.call(null, HttpRequest.GET(path)).status()).isEqualTo(200);
        assertThat(idsIn(api.get(CASEWORKER, "/calendar/feeds"))).contains(id);
        assertThat(idsIn(api.get(OTHER_CASEWORKER_OF_MET, "/calendar/feeds"))).doesNotContain(id);
        assertThat(api.call(OTHER_CASEWORKER_OF_MET, HttpRequest.DELETE("/calendar/feeds/" + id)).status())
                .isEqualTo(403);
        assertThat(api.call(OTHER_CASEWORKER, HttpRequest.DELETE("/calendar/feeds/" + id)).status())
                .isEqualTo(404);

        assertThat(api.call(MANAGER, HttpRequest.DELETE("/calendar/feeds/" + id)).status()).isEqualTo(204);

        Api.Reply gone = api.call(null, HttpRequest.GET(path));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.header("Content-Type")).startsWith("application/problem+json");
        assertThat(idsIn(api.get(CASEWORKER, "/calendar/feeds"))).doesNotContain(id);
        assertThat(api.call(CASEWORKER, HttpRequest.DELETE("/calendar/feeds/" + id)).status()).isEqualTo(404);
    }

    @Test
    void aFeedIsScopedToOneCaseworkerOrOneTeamAndAnothersFeedIsAManagersToMake() {
        assertThat(api.post(CASEWORKER, "/calendar/feeds", "{\"assignee\": \"cw.brown\"}").status())
                .isEqualTo(403);
        assertThat(api.post(MANAGER, "/calendar/feeds", "{\"assignee\": \"cw.brown\"}").status()).isEqualTo(201);
        Api.Reply both = api.post(CASEWORKER, "/calendar/feeds", "{\"assignee\": \"cw.smith\", \"team\": \"x\"}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).contains("either assignee or team");
        assertThat(api.post(CASEWORKER, "/calendar/feeds", "{}").status()).isEqualTo(400);
    }

    private static List<String> idsIn(Api.Reply list) {
        return ((List<?>) list.json()).stream().map(f -> (String) ((java.util.Map<?, ?>) f).get("id")).toList();
    }

    private static Calendar strictlyParsed(String body) throws Exception {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, false);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        calendar.validate();
        return calendar;
    }
}
