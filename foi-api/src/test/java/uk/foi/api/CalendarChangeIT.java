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
