package uk.foi.notifier.stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.deadlines.calendar.Division;
import uk.foi.events.EventCodec;
import uk.foi.schedule.Schedule;

/** The notifier's own JSON: schedules in the state store, and a calendar snapshot in GOV.UK's format. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module()).addModule(new JavaTimeModule()).addModule(EventCodec.domainModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    static byte[] schedule(Schedule s) {
        try {
            return MAPPER.writeValueAsBytes(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Object tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schedule schedule(byte[] bytes) {
        try {
            return MAPPER.readValue(bytes, Schedule.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The calendar as GOV.UK publishes it, so {@link BankHolidays#parse} reads it back: what the schedules were last
     * computed with, kept to compare with the next calendar.
     */
    static String calendar(BankHolidays holidays) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Division division : Division.values()) {
            List<Map<String, String>> events = holidays.of(division).stream()
                    .map(h -> Map.of("title", h.title(), "date", h.date().toString())).toList();
            root.put(division.feedKey(), Map.of("division", division.feedKey(), "events", events));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
