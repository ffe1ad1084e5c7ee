package uk.foi.notifier.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.micronaut.context.ApplicationContext;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A mail server that accepts the connection and never says a word (a hung relay, a firewall that swallows the
 * session) fails the attempt within the configured read timeout, so the listener retries and then dead-letters
 * instead of waiting for ever with every later alert behind it.
 */
class SmtpTimeoutTest {

    @Test
    void aSilentMailServerFailsTheAttemptWithinTheReadTimeout() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accept, then say nothing: no 220 greeting
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            try (ApplicationContext ctx = ApplicationContext.run(Map.of(
                    "javamail.properties.mail.smtp.host", "127.0.0.1",
                    "javamail.properties.mail.smtp.port", String.valueOf(silent.getLocalPort()),
                    "javamail.properties.mail.smtp.timeout", "500",
                    "micronaut.server.port", "-1",
                    "kafka.enabled", "false",
                    "foi.notifier.mail.enabled", "false"))) {
                Mailbox mailbox = ctx.getBean(SmtpMailbox.class);
                Notice notice = new Notice("e-1", List.of("cw.smith@met.police.example"), "[FOI 01.FOI.23.000042] test",
                        "body");

                assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                        assertThatThrownBy(() -> mailbox.deliver(notice)).isNotNull());
            }
            assertThat(held).isNotEmpty();
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }
}
