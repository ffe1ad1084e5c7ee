package uk.foi.deadlines.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading bank holidays: bundled, from a newer file, from the feed; bad data is a clear error. */
class BankHolidaysTest {

    static final String SMALL = """
            {"england-and-wales": {"division": "england-and-wales", "events": [
                {"title": "New Year\\u2019s Day", "date": "2031-01-01", "notes": "", "bunting": true}]},
             "scotland": {"division": "scotland", "events": [
                {"title": "2nd January", "date": "2031-01-02", "notes": "", "bunting": true}]},
             "northern-ireland": {"division": "northern-ireland", "events": [
                {"title": "St Patrick\\u2019s Day", "date": "2031-03-17", "notes": "", "bunting": true}]}}
            """;

    @Test
    void bundledDataCoversTheYearsAndMarksDerivedOnesProvisional() {
        BankHolidays bundled = BankHolidays.bundled();

        assertThat(bundled.firstYear()).isEqualTo(2010);
        assertThat(bundled.lastYear()).isEqualTo(2030);
        assertThat(bundled.provisionalFromYear()).hasValue(2029);
        assertThat(bundled.of(Division.SCOTLAND)).extracting(BankHoliday::date)
                .contains(LocalDate.parse("2026-06-15"));
        assertThat(bundled.version()).hasSize(16).isEqualTo(BankHolidays.bundled().version());
    }

    @Test
    void aNewerFileLoadsWithoutARelease(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bank-holidays.json");
        Files.writeString(file, SMALL, StandardCharsets.UTF_8);

        BankHolidays loaded = BankHolidays.load(file);

        assertThat(loaded.source()).isEqualTo(file.toString());
        assertThat(loaded.of(Division.NORTHERN_IRELAND).get(0).title()).isEqualTo("St Patrick’s Day");
        assertThat(loaded.provisionalFromYear()).isEmpty();
        assertThat(loaded.version()).isNotEqualTo(BankHolidays.bundled().version());
    }

    @Test
    void theFeedIsFetchedOverHttp() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/bank-holidays.json", exchange -> {
            byte[] body = SMALL.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            BankHolidays fetched = BankHolidays.fetch(URI.create(base + "/bank-holidays.json"));
            assertThat(fetched.version()).isEqualTo(BankHolidays.parse(SMALL, "x").version());
            assertThatThrownBy(() -> BankHolidays.fetch(URI.create(base + "/missing")))
                    .isInstanceOf(CalendarDataException.class).hasMessageContaining("answered HTTP 404");
        } finally {
            server.stop(0);
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        {"england-and-wales": {"events": [{"date": "2031-01-01", "title": "x"}]}} | no 'scotland' division
        [1, 2]                                                          | expected a JSON object keyed by division
        {"england-and-wales": {"events": [{"date": "2031-02-30", "title": "x"}]}, "scotland": {"events": [{"date": "2031-01-02", "title": "x"}]}, "northern-ireland": {"events": [{"date": "2031-01-02", "title": "x"}]}} | '2031-02-30' is not an ISO date
        {"england-and-wales": {"events": [{"title": "x"}]}, "scotland": {"events": []}, "northern-ireland": {"events": []}} | england-and-wales event 0 needs a 'date' and a 'title'
        {"england-and-wales": tru}                                       | malformed JSON at line 1, column 23
        """)
    void badDataIsAClearError(String json, String message) {
        assertThatThrownBy(() -> BankHolidays.parse(json, "test.json"))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining(message);
    }

    @Test
    void deeplyNestedJsonIsRefusedNotOverflowed() {
        String deep = "[".repeat(10_000);

        assertThatThrownBy(() -> BankHolidays.parse(deep, "deep.json"))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("nesting deeper than 64");
    }
}
