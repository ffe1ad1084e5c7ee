package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.foi.core.fixtures.MutableClock;

/**
 * A letter that cannot be sent (the mail server does not answer) is tried again, later each time, then marked FAILED
 * on its request with why, never dropped silently; a caseworker can send it again.
 */
@MicronautTest(transactional = false)
class CorrespondenceFailureIT extends ApiTestSupport {

    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("foi.mail.smtp.host", "127.0.0.1");
        properties.put("foi.mail.smtp.port", String.valueOf(closedPort()));
        properties.put("foi.mail.smtp.starttls", "false");
        properties.put("foi.mail.send-every", "100ms");
        properties.put("foi.mail.send-attempts", "3");
        properties.put("foi.mail.first-retry", "1m");
        return properties;
    }

    @Test
    void aLetterThatCannotBeSentIsTriedAgainThenShownAsFailedOnItsRequest() {
        String id = intake("2023-11-20", "1. The fleet's fuel costs.");
        String base = "/requests/" + id;
        assertThat(api.post(CASEWORKER, base + "/acknowledgement", "{}").status()).isEqualTo(200);

        Map<?, ?> first = letter(base, m -> ((Number) m.get("attempts")).intValue() == 1);
        assertThat(first.get("state")).isEqualTo("PENDING");
        assertThat(first.get("letter")).isEqualTo("acknowledgement");
        assertThat((String) first.get("problem")).contains("127.0.0.1");
        assertThat(first.get("nextAttemptAt")).isEqualTo("2023-11-20T10:01:00Z");

        clock.advance(Duration.ofMinutes(1));
        Map<?, ?> second = letter(base, m -> ((Number) m.get("attempts")).intValue() == 2);
        assertThat(second.get("nextAttemptAt")).as("twice as long").isEqualTo("2023-11-20T10:03:00Z");
        clock.advance(Duration.ofMinutes(2));
        Map<?, ?> failed = letter(base, m -> "FAILED".equals(m.get("state")));
        assertThat(failed.get("attempts")).isEqualTo(3);
        assertThat(failed.get("nextAttemptAt")).isNull();
        assertThat(failed.get("sentAt")).isNull();

        Api.Reply again = api.post(CASEWORKER, base + "/correspondence/" + failed.get("id") + "/resend", "");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        Map<?, ?> retried = letter(base, m -> "PENDING".equals(m.get("state"))
                && ((Number) m.get("attempts")).intValue() == 1);
        assertThat(retried.get("nextAttemptAt")).isEqualTo("2023-11-20T10:04:00Z");
        Api.Reply pending = api.post(CASEWORKER, base + "/correspondence/" + failed.get("id") + "/resend", "");
        assertThat(pending.status()).as("only a letter that failed is sent again").isEqualTo(409);
    }

    private Map<?, ?> letter(String base, java.util.function.Predicate<Map<?, ?>> done) {
        List<?> all = (List<?>) eventually(() -> api.get(CASEWORKER, base + "/correspondence").json(),
                json -> ((List<?>) json).size() == 1 && done.test((Map<?, ?>) ((List<?>) json).get(0)));
        return (Map<?, ?>) all.get(0);
    }

    /** A port nothing listens on: taken from the system, then given back. */
    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
