package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.foi.api.calendar.CalendarRefresh;
import uk.foi.deadlines.calendar.BankHolidays;

/**
 * A bank holiday proclaimed while the service runs (Banking and Financial Dealings Act 1971 s1(3); FOIA s10(6):
 * bank holidays are not working days) moves every date the API shows: the request's own view, the list and the
 * overdue filter read from the stored deadlines, and the calendar feed. The faults issue found a new holiday file
 * reaching the notifier only, so staff were emailed dates the API did not show.
 */
@MicronautTest(transactional = false)
class CalendarChangeIT extends ApiTestSupport {

    static final Path HOLIDAYS;

    static {
        try {
            HOLIDAYS = Files.createTempFile("bank-holidays", ".json");
            Files.writeString(HOLIDAYS, bundled());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Inject
    CalendarRefresh refresh;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("foi.bank-holidays", HOLIDAYS.toString());
        return p;
    }

    @Test
    void aProclaimedHolidayMovesTheDueDateEverywhereTheApiShowsIt() throws IOException {
        // received Monday 20 November 2023: day one is the 21st; St Andrew's Day (30 November) is a bank holiday in
        // Scotland and so no working day under FOIA s10(6) anywhere; the twentieth working day is Tuesday 19 December
        String id = intake("2023-11-20", "1. How many bicycles does the force own?");
        assertThat(responseDue(id)).isEqualTo("2023-12-19");
        assertThat(refresh.refresh()).as("the file has not changed").isEmpty();

        Files.writeString(HOLIDAYS, bundled().replace("\"division\": \"england-and-wales\",\n    \"events\": [",
                "\"division\": \"england-and-wales\",\n    \"events\": [\n      {\"title\": \"Proclaimed holiday\","
                        + " \"date\": \"2023-11-28\", \"notes\": \"\", \"bunting\": true},"));
        CalendarRefresh.Outcome outcome = refresh.refresh().orElseThrow();

        assertThat(outcome.recomputed()).isGreaterThanOrEqualTo(1);
        assertThat(outcome.moved()).isGreaterThanOrEqualTo(1);
        assertThat(responseDue(id)).isEqualTo("2023-12-20");
        List<?> items = (List<?>) api.get(CASEWORKER, "/requests?limit=100").at("items");
        assertThat(items).anySatisfy(item -> {
            assertThat(((Map<?, ?>) item).get("id")).isEqualTo(id);
            assertThat(((Map<?, ?>) item).get("responseDue")).isEqualTo("2023-12-20");
        });
        assertThat(api.get(CASEWORKER, "/calendar/deadlines.ics").body()).contains("DTSTART;VALUE=DATE:20231220")
                .doesNotContain("DTSTART;VALUE=DATE:20231219");
        assertThat(api.get(CASEWORKER, "/requests/" + id + "/timeline").body()).contains("Proclaimed holiday");
    }

    /**
     * A correction to a past holiday re-judges a request finished long ago. Received Tuesday 2 May 2023 by the Met
     * (FOIA): with the coronation holiday (8 May) and the spring bank holiday (29 May) its response was due Thursday 1
     * June (s10(1)), and it was answered that day, in time. Were 29 May no holiday anywhere in the UK, it was due
     * Wednesday 31 May and the answer was a day late: its statistics facts and the quarter's figures say so after
     * the refresh, with no one asking for a rebuild.
     */
    @Test
    void aCorrectionToAPastHolidayRejudgesAFinishedRequestsStatistics() throws IOException {
        String before = Files.readString(HOLIDAYS);
        try {
            String id = intake("2023-05-02", "1. How many horses does the force own?");
            ok(api.post(CASEWORKER, "/requests/" + id + "/parts/1/decision", "{\"on\": \"2023-06-01\", "
                    + "\"decisions\": [{\"outcome\": \"DISCLOSED\", \"answer\": \"Twelve.\"}]}"));
            ok(api.post(CASEWORKER, "/requests/" + id + "/response", "{\"on\": \"2023-06-01\"}"));
            String answer = "SELECT answer FROM request_statistic WHERE request_id = '" + id + "'";
            assertThat(rows(answer)).containsExactly("IN_TIME");
            Api.Reply figures = api.get(MANAGER, "/statistics/2023-Q2");
            assertThat(List.of(figures.at("timeliness.inTime"), figures.at("timeliness.late"))).containsExactly(1, 0);

            String corrected = before.replaceAll("\\{\\s*\"title\": \"Spring bank holiday\",\\s*\"date\": \"2023-05-29\""
                    + ",\\s*\"notes\": \"\",\\s*\"bunting\": (true|false)\\s*},?", "");
            assertThat(corrected).as("29 May 2023 taken out of every division").doesNotContain("2023-05-29");
            Files.writeString(HOLIDAYS, corrected);
            CalendarRefresh.Outcome outcome = refresh.refresh().orElseThrow();

            assertThat(outcome.factsRebuilt()).isGreaterThanOrEqualTo(1);
            assertThat(rows(answer)).containsExactly("LATE");
            Api.Reply refigured = api.get(MANAGER, "/statistics/2023-Q2");
            assertThat(List.of(refigured.at("timeliness.inTime"), refigured.at("timeliness.late")))
                    .containsExactly(0, 1);
        } finally {
            Files.writeString(HOLIDAYS, before);
            refresh.refresh();
        }
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private String responseDue(String id) {
        List<?> deadlines = (List<?>) api.get(CASEWORKER, "/requests/" + id).at("deadlines");
        return deadlines.stream().map(d -> (Map<?, ?>) d).filter(d -> "RESPONSE".equals(d.get("kind")))
                .map(d -> (String) d.get("due")).findFirst().orElseThrow();
    }

    private static String bundled() throws IOException {
        try (InputStream in = BankHolidays.class.getResourceAsStream("uk-bank-holidays.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
