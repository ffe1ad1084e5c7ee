package uk.foi.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.env.Environment;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

/**
 * The defaults in application.yml resolve to what docs/notifier's table says. A default that contains a colon must be
 * quoted with backticks, or Micronaut cuts it at the colon ("07:00" became "00").
 */
class DefaultSettingsTest {

    @Test
    void defaultsWithColonsSurvive() {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            Environment env = context.getEnvironment().start();
            assertThat(env.getProperty("foi.notifier.digest-at", String.class)).contains("07:00");
            assertThat(env.getProperty("kafka.bootstrap.servers", String.class)).contains("localhost:9092");
            assertThat(env.getProperty("foi.notifier.mail.api-base", String.class)).contains("http://localhost:8080");
            assertThat(env.getProperty("foi.notifier.due-soon", String.class)).contains("5,1");
        }
    }

    @Test
    void aSilentMailServerIsNotWaitedForForEver() {
        try (ApplicationContext context = ApplicationContext.builder().build()) {
            Environment env = context.getEnvironment().start();
            // JavaMail's own defaults are infinite (SmtpTimeoutTest shows the setting takes effect)
            assertThat(env.getProperty("javamail.properties.mail.smtp.connectiontimeout", Integer.class)).contains(10_000);
            assertThat(env.getProperty("javamail.properties.mail.smtp.timeout", Integer.class)).contains(30_000);
            assertThat(env.getProperty("javamail.properties.mail.smtp.writetimeout", Integer.class)).contains(30_000);
            assertThat(env.getProperty("foi.notifier.max-event-bytes", Integer.class)).contains(921_600);
        }
    }
}
