package uk.foi.api;

import static uk.foi.testsupport.TestAuthorities.MET_SETTINGS;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import uk.foi.testsupport.TestDatabase;
import uk.foi.testsupport.TestKafka;
import uk.foi.testsupport.TestPostgres;

/**
 * What every API integration test shares: a fresh database on the real PostgreSQL, the real Kafka broker, a test
 * signing key, the Metropolitan Police configured as in the seeds, and users of each role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTestSupport implements TestPropertyProvider {

    static final String MET = "met-police";
    static final String OTHER = "kent-police";
    static final Api.User CASEWORKER = new Api.User("cw.smith", MET, List.of("caseworker"));
    static final Api.User MANAGER = new Api.User("mgr.jones", MET, List.of("manager"));
    static final Api.User AUDITOR = new Api.User("aud.khan", MET, List.of("auditor"));
    static final Api.User ADMIN = new Api.User("adm.patel", MET, List.of("admin"));
    static final Api.User OTHER_CASEWORKER = new Api.User("cw.kent", OTHER, List.of("caseworker"));
    static final Api.User OTHER_ADMIN = new Api.User("adm.kent", OTHER, List.of("admin"));

    final TestDatabase database = TestPostgres.freshDatabase();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator tokens;

    @Inject
    JsonMapper json;

    /** The service's database, for what a test checks below the API. */
    @Inject
    TransactionOperations<Connection> tx;

    Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.micronautProperties());
        properties.putAll(TestKafka.micronautProperties());
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret",
                "test-secret-test-secret-test-secret-0123456789");
        properties.put("foi.kafka.topic", topic());
        return properties;
    }

    /** @return the topic this class's events go to, so classes do not see each other's events */
    String topic() {
        return "foi.request-events." + getClass().getSimpleName();
    }

    @BeforeAll
    void configureAuthorities() {
        api = new Api(client, tokens, json);
        api.put(ADMIN, "/authorities/" + MET, MET_SETTINGS);
        api.put(OTHER_ADMIN, "/authorities/" + OTHER, MET_SETTINGS.replace("Metropolitan Police Service",
                "Kent Police").replace("01.FOI.", "KENT/"));
    }

    /** Logs a request as the Met's caseworker and answers its id. */
    String intake(String receivedOn, String text) {
        Api.Reply r = api.post(CASEWORKER, "/requests", """
                {"receivedOn": "%s", "channel": "EMAIL", "text": %s,
                 "requester": {"name": "A. Requester", "email": "a.requester@example.org"}}"""
                .formatted(receivedOn, quote(text)));
        if (r.status() != 201) {
            throw new AssertionError("intake failed: " + r);
        }
        return (String) r.at("id");
    }

    /**
     * Answers a two-part request as the Met does a typical partial refusal: part 1 disclosed on 20 October 2023, part 2
     * (names of staff) withheld under FOIA s40(2) with its condition, the response issued on 25 October.
     */
    void answerDisclosingPart1AndWithholdingNamesInPart2(String id) {
        String base = "/requests/" + id;
        api.post(CASEWORKER, base + "/parts/1/decision", """
                {"on": "2023-10-20", "decisions": [{"outcome": "DISCLOSED", "answer": "£120,000."}]}""");
        api.post(CASEWORKER, base + "/parts/2/decision", """
                {"on": "2023-10-20", "decisions": [{"outcome": "WITHHELD", "grounds": [
                  {"citation": "FOIA s40(2)",
                   "reasons": "Names of junior staff are personal data; disclosure would be unfair."},
                  {"citation": "FOIA s40(3A)(a)"}]}]}""");
        Api.Reply issued = api.post(CASEWORKER, base + "/response", "{\"on\": \"2023-10-25\"}");
        if (issued.status() != 200) {
            throw new AssertionError("the response was not issued: " + issued);
        }
    }

    /**
     * Announces a file on a request and sends it as one part (under 512 kB), not yet completed.
     *
     * @return the document's path
     */
    String upload(String requestId, String name, byte[] bytes) {
        String docs = "/requests/" + requestId + "/documents";
        Api.Reply announced = api.post(CASEWORKER, docs, "{\"name\": \"" + name + "\", \"size\": " + bytes.length
                + ", \"sha256\": \"" + sha256(bytes) + "\"}");
        if (announced.status() != 201) {
            throw new AssertionError("the upload was refused: " + announced);
        }
        String doc = docs + "/" + announced.at("id");
        Api.Reply sent = api.put(CASEWORKER, doc + "/parts/0", "{\"data\": \""
                + java.util.Base64.getEncoder().encodeToString(bytes) + "\"}");
        if (sent.status() != 204) {
            throw new AssertionError("the part was refused: " + sent);
        }
        return doc;
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param pages each page's one line of text @return a PDF of them, in Helvetica */
    static byte[] pdf(String... pages) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            for (String text : pages) {
                org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
                        org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                doc.addPage(page);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream s =
                        new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                    s.newLineAtOffset(72, 730);
                    s.showText(text);
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads until what it reads is done, for up to 30 s: for what the services do in the background. */
    static <T> T eventually(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done) {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        T last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not so within 30 s: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = read.get();
        }
        return last;
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /**
     * @param sql a query
     * @return each row's first column, as text, in the query's order
     */
    List<String> rows(String sql) {
        return tx.executeRead(s -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.getConnection().createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
