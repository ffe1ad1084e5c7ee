package uk.foi.deadlines.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * A set of published bank holidays for the three UK divisions, in the shape of GOV.UK's
 * <a href="https://www.gov.uk/bank-holidays.json">bank-holidays.json</a>, with where it came from and a version.
 *
 * <p>Immutable. Three ways in, so that a newly proclaimed holiday reaches users without a release:
 * {@link #bundled()} (the copy shipped in this jar), {@link #load(Path)} (a newer file) and {@link #fetch(URI)}
 * (GOV.UK's feed or a mirror). The {@link #version()} is a hash of the content, not of the file: two sources with
 * the same holidays have the same version, and any added, moved or removed holiday changes it.
 */
public final class BankHolidays {

    /** GOV.UK's feed. */
    public static final URI GOV_UK_FEED = URI.create("https://www.gov.uk/bank-holidays.json");

    private static final String BUNDLED_JSON = "uk-bank-holidays.json";
    private static final String BUNDLED_PROPERTIES = "uk-bank-holidays.properties";

    private final Map<Division, List<BankHoliday>> holidays;
    private final String source;
    private final String version;

    private BankHolidays(Map<Division, List<BankHoliday>> holidays, String source) {
        this.holidays = holidays;
        this.source = source;
        this.version = hash(holidays);
    }

    /**
     * The copy bundled with this release: GOV.UK's data for 2012–2028, with 2010–2011 and 2029–2030 derived by the
     * standing rules. The years from 2029 are marked provisional (see {@code uk-bank-holidays.properties}).
     *
     * @return the bundled holidays
     * @throws CalendarDataException if the bundled resource is missing or broken (a packaging fault)
     */
    public static BankHolidays bundled() {
        Properties provenance = new Properties();
        String json;
        try (InputStream data = BankHolidays.class.getResourceAsStream(BUNDLED_JSON);
                InputStream props = BankHolidays.class.getResourceAsStream(BUNDLED_PROPERTIES)) {
            if (data == null || props == null) {
                throw new CalendarDataException("the bundled bank-holiday data is missing from the jar");
            }
            json = new String(data.readAllBytes(), StandardCharsets.UTF_8);
            provenance.load(props);
        } catch (IOException e) {
            throw new CalendarDataException("cannot read the bundled bank-holiday data", e);
        }
        int provisionalFrom = Integer.parseInt(provenance.getProperty("provisional-from-year"));
        return parse(json, provenance.getProperty("source"), provisionalFrom);
    }

    /**
     * Reads a file in GOV.UK's format. Every day in it is taken as published (not provisional).
     *
     * @param file the file; not null
     * @return the holidays
     * @throws CalendarDataException if the file cannot be read or is not valid bank-holiday data
     */
    public static BankHolidays load(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new CalendarDataException("cannot read bank-holiday file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Downloads the feed (GOV.UK's or a mirror) with a 30-second time-out.
     *
     * @param feed the address, normally {@link #GOV_UK_FEED}; not null
     * @return the holidays
     * @throws CalendarDataException if the download fails, does not answer 200, or is not valid bank-holiday data
     */
    public static BankHolidays fetch(URI feed) {
        Objects.requireNonNull(feed, "feed");
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(feed).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new CalendarDataException("bank-holiday feed " + feed + " answered HTTP " + response.statusCode());
            }
            return parse(response.body(), feed.toString());
        } catch (IOException e) {
            throw new CalendarDataException("cannot download bank-holiday feed " + feed + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalendarDataException("interrupted while downloading " + feed, e);
        }
    }

    /**
     * Parses GOV.UK-format JSON; every day in it is taken as published.
     *
     * @param json   the document; not null
     * @param source a description of where it came from, shown in explanations; not null
     * @return the holidays
     * @throws CalendarDataException if the JSON is malformed, a division is missing or a date is unreadable
     */
    public static BankHolidays parse(String json, String source) {
        return parse(json, source, Integer.MAX_VALUE);
    }

    private static BankHolidays parse(String json, String source, int provisionalFromYear) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        if (!(JsonReader.parse(json) instanceof Map<?, ?> root)) {
            throw new CalendarDataException(source + ": expected a JSON object keyed by division");
        }
        Map<Division, List<BankHoliday>> byDivision = new EnumMap<>(Division.class);
        for (Division division : Division.values()) {
            if (!(root.get(division.feedKey()) instanceof Map<?, ?> entry)) {
                throw new CalendarDataException(source + ": no '" + division.feedKey() + "' division");
            }
            if (!(entry.get("events") instanceof List<?> events)) {
                throw new CalendarDataException(source + ": '" + division.feedKey() + "' has no 'events' array");
            }
            List<BankHoliday> days = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                String where = source + ": " + division.feedKey() + " event " + i;
                if (!(events.get(i) instanceof Map<?, ?> event)) {
                    throw new CalendarDataException(where + " is not an object");
                }
                if (!(event.get("date") instanceof String date) || !(event.get("title") instanceof String title)) {
                    throw new CalendarDataException(where + " needs a 'date' and a 'title' string");
                }
                LocalDate day;
                try {
                    day = LocalDate.parse(date);
                } catch (DateTimeException e) {
                    throw new CalendarDataException(where + ": '" + date + "' is not an ISO date (yyyy-MM-dd)", e);
                }
                days.add(new BankHoliday(day, title, division, day.getYear() >= provisionalFromYear));
            }
            if (days.isEmpty()) {
                throw new CalendarDataException(source + ": '" + division.feedKey() + "' has no events");
            }
            days.sort(Comparator.comparing(BankHoliday::date));
            byDivision.put(division, List.copyOf(days));
        }
        return new BankHolidays(byDivision, source);
    }

    /**
     * The holidays of one division, in date order.
     *
     * @param division the division; not null
     * @return the holidays, never null or empty
     */
    public List<BankHoliday> of(Division division) {
        return holidays.get(Objects.requireNonNull(division, "division"));
    }

    /**
     * The first year for which every division has data.
     *
     * @return the year
     */
    public int firstYear() {
        return holidays.values().stream().mapToInt(days -> days.get(0).date().getYear()).max().orElseThrow();
    }

    /**
     * The last year for which every division has data.
     *
     * @return the year
     */
    public int lastYear() {
        return holidays.values().stream().mapToInt(days -> days.get(days.size() - 1).date().getYear()).min()
                .orElseThrow();
    }

    /**
     * The first year whose days were derived by rule rather than published, if any.
     *
     * @return the year, or empty when every day in the data is published
     */
    public OptionalInt provisionalFromYear() {
        return holidays.values().stream().flatMap(List::stream).filter(BankHoliday::provisional)
                .mapToInt(day -> day.date().getYear()).min();
    }

    /**
     * Where these holidays came from: a file path, a URL or a description of the bundled copy.
     *
     * @return the source, never null
     */
    public String source() {
        return source;
    }

    /**
     * A hash of the content (every division's dates and titles), 16 hex digits.
     *
     * @return the version, never null
     */
    public String version() {
        return version;
    }

    private static String hash(Map<Division, List<BankHoliday>> holidays) {
        StringBuilder canonical = new StringBuilder();
        holidays.forEach((division, days) -> days.forEach(day -> canonical.append(division.feedKey()).append('|')
                .append(day.date()).append('|').append(day.title()).append('\n')));
        return sha256(canonical.toString());
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "BankHolidays[" + source + ", " + firstYear() + "-" + lastYear() + ", version " + version + "]";
    }
}
