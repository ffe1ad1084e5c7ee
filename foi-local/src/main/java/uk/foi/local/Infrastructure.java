package uk.foi.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import uk.foi.embedded.KraftBroker;

/**
 * The infrastructure of {@code ./foi up}: PostgreSQL, Kafka and a mail server (SMTP and IMAP) for the services, with their data under the data
 * directory so that a second start carries on where the first stopped. A database or broker given from outside
 * ({@code FOI_JDBC_URL}, {@code FOI_KAFKA_BOOTSTRAP}) is used as it is and nothing is started for it.
 * <p>
 * When both are up it writes {@code local.env} (the settings the services need) into the data directory and waits
 * until it is stopped (Ctrl-C or SIGTERM), then stops the broker and the database cleanly. Every problem it can
 * foresee (a port in use, a data directory it cannot use) is one clear line and exit code 2.
 */
public final class Infrastructure {

    /** The demo authority's FOI mailbox, which foi-api reads over IMAP. */
    static final String FOI_MAILBOX = "foi@met.police.example";
    private static final String FOI_MAILBOX_PASSWORD = "foi-local";

    private Infrastructure() {
    }

    /**
     * Starts what is missing and waits.
     *
     * @param args the data directory (default {@code .foi-data})
     */
    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : ".foi-data").toAbsolutePath();
        List<AutoCloseable> started = new ArrayList<>();
        try {
            Files.createDirectories(data);
            StringBuilder env = new StringBuilder();
            String jdbc = System.getenv("FOI_JDBC_URL");
            if (jdbc == null || jdbc.isBlank()) {
                int port = port("FOI_PG_PORT", 54329);
                EmbeddedPostgres pg = startPostgres(data.resolve("postgres"), port);
                started.add(pg);
                env.append("FOI_JDBC_URL=jdbc:postgresql://localhost:").append(port).append("/postgres\n")
                        .append("FOI_JDBC_USER=postgres\nFOI_JDBC_PASSWORD=postgres\n");
                System.out.println("PostgreSQL (embedded) on port " + port + ", data in " + data.resolve("postgres"));
            }
            String kafka = System.getenv("FOI_KAFKA_BOOTSTRAP");
            if (kafka == null || kafka.isBlank()) {
                int port = port("FOI_KAFKA_PORT", 19092);
                int controller = port("FOI_KAFKA_CONTROLLER_PORT", port + 1);
                started.add(startKafka(data.resolve("kafka"), port, controller));
                env.append("FOI_KAFKA_BOOTSTRAP=localhost:").append(port).append('\n');
                System.out.println("Kafka (in-process KRaft) on port " + port + ", data in " + data.resolve("kafka"));
            }
            String imap = System.getenv("FOI_MAIL_IMAP_HOST");
            if (imap == null || imap.isBlank()) {
                int smtp = port("FOI_LOCAL_SMTP_PORT", 3025);
                int imapPort = port("FOI_LOCAL_IMAP_PORT", 3143);
                GreenMail mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", "smtp"),
                        new ServerSetup(imapPort, "127.0.0.1", "imap")});
                mail.start();
                started.add(mail::stop);
                mail.setUser(FOI_MAILBOX, FOI_MAILBOX, FOI_MAILBOX_PASSWORD);
                env.append("FOI_MAIL_AUTHORITY=met-police\nFOI_MAIL_IMAP_HOST=localhost\nFOI_MAIL_IMAP_PORT=")
                        .append(imapPort).append("\nFOI_MAIL_IMAP_SSL=false\nFOI_MAIL_IMAP_USER=").append(FOI_MAILBOX)
                        .append("\nFOI_MAIL_IMAP_PASSWORD=").append(FOI_MAILBOX_PASSWORD)
                        .append("\nFOI_MAIL_POLL=5s\nFOI_MAIL_SMTP_HOST=localhost\nFOI_MAIL_SMTP_PORT=").append(smtp)
                        .append("\nFOI_MAIL_SMTP_STARTTLS=false\n");
                System.out.println("Mail server (in-process GreenMail, in memory): SMTP on port " + smtp
                        + ", IMAP on port " + imapPort);
            }
            Path file = data.resolve("local.env");
            Path temp = data.resolve("local.env.tmp");
            Files.writeString(temp, env.toString());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (Problem p) {
            stop(started);
            System.err.println("foi up: " + p.getMessage());
            System.exit(2);
        } catch (Exception e) {
            stop(started);
            System.err.println("foi up: could not start the local database or broker: " + e);
            System.exit(2);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(started);
            stopped.countDown();
        }, "foi-local-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A problem with a clear message for the person starting it. */
    static final class Problem extends RuntimeException {
        Problem(String message) {
            super(message);
        }
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        int port;
        try {
            port = value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new Problem(variable + " must be a port number, not '" + value + "'");
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new Problem("port " + port + " is already in use; stop what uses it or set " + variable);
        }
        return port;
    }

    private static EmbeddedPostgres startPostgres(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("data"))
                    .setOverrideWorkingDirectory(dir.resolve("work").toFile())
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new Problem("the database in " + dir + " did not start (" + e.getMessage()
                    + "); if the directory is damaged, move it away to start afresh");
        }
    }

    private static KraftBroker startKafka(Path dir, int port, int controllerPort) {
        KraftBroker broker;
        try {
            broker = new KraftBroker(dir, port, controllerPort, Map.of("num.partitions", "6"));
        } catch (IOException e) {
            throw new Problem("the Kafka data in " + dir.resolve("data") + " cannot be used: " + e.getMessage()
                    + "; move the directory away to start afresh");
        }
        try {
            broker.start();
            return broker;
        } catch (RuntimeException e) {
            throw new Problem("the Kafka broker in " + dir + " did not start (" + e.getMessage()
                    + "); if the directory is damaged, move it away to start afresh");
        }
    }

    private static void stop(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("foi up: while stopping: " + e);
            }
        }
    }
}
