package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.testsupport.TestAuthorities.MET_SETTINGS;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz of the running API (the hardening issue, item 8): 2,000 hostile calls generated from valid
 * ones over the writing operations and the searches, each mutated one way: control characters, NUL and lone
 * surrogates in a text, a scalar of the wrong type, an out-of-range or impossible date, a huge text, text after the
 * JSON, a truncated body, a wrong or garbage content type, a bad gzip body, hostile query parameters. For every call:
 * never a 5xx; every 4xx is problem+json and shows no class name, parser message or SQL; and a refused call wrote no
 * row (requests, requesters, events, outbox), but for a command the domain refused (422), which records exactly its
 * refusal in the audit trail. The seed is printed, and {@code -Dfoi.fuzz.seed=N} replays a run.
 */
@MicronautTest(transactional = false)
class HostileInputFuzzIT extends ApiTestSupport {

    static final int CALLS = 2_000;
    static final Pattern LEAK = Pattern.compile(
            "(?i)(java\\.|javax\\.|jakarta\\.|io\\.micronaut|com\\.fasterxml|org\\.postgresql|exception|"
                    + "\\bsql\\b|SQLSTATE|select .* from|insert into|stack ?trace|unrecognized token|"
                    + "at \\[Source)");
    static final String[] HOSTILE_TEXT = {"\u0000", "a\u0000b", "\u0001", "\u001b[31m", "\u007f", "\ud800",
        "x\udc00y", "\u0008", "%00"};
    static final String[] WRONG_SCALARS = {"true", "false", "12", "1.5", "-1", "null", "[]", "{}", "[\"EMAIL\"]",
        "1e999", "\"\""};
    static final String[] BAD_DATES = {"\"2009-12-31\"", "\"2041-01-01\"", "\"0001-01-01\"", "\"+99999-01-01\"",
        "\"2023-02-30\"", "\"2023-13-01\"", "\"yesterday\"", "\"2023-1-1\""};

    @Inject
    EmbeddedServer server;


    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A valid call to mutate. */
    record Call(String method, String path, String body) {
    }

    @Test
    void twoThousandHostileCallsGetNoServerErrorAProblemAndWriteNothing() throws Exception {
        long seed = Long.getLong("foi.fuzz.seed", System.nanoTime());
        System.err.println("HostileInputFuzzIT seed: " + seed + " (replay with -Dfoi.fuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        String id = intake("2023-11-01", "1. The budget for drones.\n2. The names of pilots.");
        List<Call> valid = validCalls(id);
        String token = api.token(MANAGER);

        Map<String, Integer> statuses = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CALLS && failures.size() < 10; i++) {
            Call base = valid.get(random.nextInt(valid.size()));
            Mutated m = mutate(base, random);
            Map<String, Long> before = rows();
            HttpResponse<String> r = send(m, token);
            statuses.merge(r.statusCode() / 100 + "xx", 1, Integer::sum);
            String what = m.how() + " on " + base.method() + " " + base.path() + " -> " + r.statusCode() + " "
                    + abbreviate(r.body());
            try {
                api.contract().check(m.method(), m.path(), r.statusCode(), r.headers().map(), r.body());
            } catch (AssertionError e) {
                failures.add("breaks the contract: " + e.getMessage());
            }
            if (r.statusCode() >= 500) {
                failures.add("5xx: " + what);
            } else if (r.statusCode() >= 400) {
                String type = r.headers().firstValue("Content-Type").orElse("");
                if (!type.startsWith("application/problem+json")) {
                    failures.add("not problem+json (" + type + "): " + what);
                } else if (LEAK.matcher(r.body()).find()) {
                    failures.add("leaks internals: " + what);
                } else if (!rows().equals(r.body().contains("/problems/command-refused") ? audited(before) : before)) {
                    failures.add("refused but wrote rows " + before + " -> " + rows() + ": " + what);
                }
            }
        }
        System.err.println("HostileInputFuzzIT answers: " + statuses);
        assertThat(failures).as("seed " + seed).isEmpty();
        assertThat(statuses.getOrDefault("4xx", 0)).isGreaterThan(CALLS / 2);
    }

    private List<Call> validCalls(String id) {
        String r = "/requests/" + id;
        return List.of(
                new Call("POST", "/requests", """
                        {"receivedOn": "2023-11-02", "channel": "EMAIL", "text": "1. How many drones?",
                         "requester": {"name": "Jo Bloggs", "email": "jo@example.org", "postalAddress": "1 High St"}}"""),
                new Call("POST", r + "/assignment", "{\"on\": \"2023-11-03\", \"assignee\": \"cw.smith\","
                        + " \"team\": \"central-foi\"}"),
                new Call("POST", r + "/clarification-request", "{\"on\": \"2023-11-03\", \"question\": \"Which years?\"}"),
                new Call("POST", r + "/parts/1/decision", "{\"on\": \"2023-11-10\", \"decisions\": [{\"outcome\":"
                        + " \"WITHHELD\", \"citations\": [\"FOIA s40(2)\"], \"reasons\": \"Personal data.\"}]}"),
                new Call("POST", r + "/extension", "{\"on\": \"2023-11-20\", \"furtherWorkingDays\": 20,"
                        + " \"considering\": [\"FOIA s31(1)(a)\"]}"),
                new Call("PUT", "/authorities/met-police", MET_SETTINGS),
                new Call("POST", "/reference/citations/parse", "{\"text\": \"Section 40(2) and s31\"}"),
                new Call("GET", "/requests?q=drones&assignee=cw.smith&team=central-foi&overdue=false", null),
                new Call("GET", "/disclosure-log?authority=met-police&q=drones", null),
                new Call("GET", "/calendar/deadlines.ics?team=central-foi", null),
                new Call("GET", "/reference/working-days?from=2023-01-01&to=2023-02-01&regime=FOIA", null));
    }

    /** A hostile variant of a valid call. */
    record Mutated(String method, String path, byte[] body, String contentType, String encoding, String how) {
        Mutated withBody(String text) {
            return new Mutated(method, path, text == null ? null : text.getBytes(StandardCharsets.UTF_8),
                    contentType, encoding, how);
        }
    }

    private static Mutated mutate(Call c, Random random) {
        String json = "application/json";
        if (c.body() == null) {
            return mutateQuery(c, random);
        }
        List<int[]> strings = spans(c.body(), Pattern.compile("\"([^\"\\\\]*)\"\\s*(?=[,}\\]])"));
        int kind = random.nextInt(10);
        switch (kind) {
            case 0, 1 -> {
                int[] s = strings.get(random.nextInt(strings.size()));
                String bad = escapeForJson(HOSTILE_TEXT[random.nextInt(HOSTILE_TEXT.length)]);
                int at = s[0] + 1 + random.nextInt(Math.max(1, s[1] - s[0] - 1));
                return body(c, c.body().substring(0, at) + bad + c.body().substring(at), json,
                        "control or surrogate text " + bad);
            }
            case 2 -> {
                int[] s = strings.get(random.nextInt(strings.size()));
                String scalar = WRONG_SCALARS[random.nextInt(WRONG_SCALARS.length)];
                return body(c, c.body().substring(0, s[0]) + scalar + c.body().substring(s[1]), json,
                        "wrong scalar " + scalar);
            }
            case 3 -> {
                String date = BAD_DATES[random.nextInt(BAD_DATES.length)];
                String replaced = c.body().replaceFirst("\"20\\d\\d-\\d\\d-\\d\\d\"", Matcher.quoteReplacement(date));
                if (replaced.equals(c.body())) {
                    replaced = c.body().replaceFirst("\\{", Matcher.quoteReplacement("{\"on\": " + date + ", "));
                }
                return body(c, replaced, json, "date " + date);
            }
            case 4 -> {
                int[] s = strings.get(random.nextInt(strings.size()));
                String huge = "x".repeat(60_000 + random.nextInt(100_000));
                return body(c, c.body().substring(0, s[0] + 1) + huge + c.body().substring(s[1] - 1), json,
                        "huge text");
            }
            case 5 -> {
                String[] tails = {" {}", " x", "]", "\u0000", " \"more\"", "}"};
                String tail = tails[random.nextInt(tails.length)];
                return body(c, c.body() + tail, json, "text after the JSON " + escapeForJson(tail));
            }
            case 6 -> {
                return body(c, c.body().substring(0, random.nextInt(c.body().length())), json, "truncated body");
            }
            case 7 -> {
                String[] types = {"garbage", "text/plain", "application/xml", "multipart/form-data", "", "json",
                    "application/json; charset=latin-9"};
                String type = types[random.nextInt(types.length)];
                return body(c, c.body(), type, "content type '" + type + "'");
            }
            case 8 -> {
                return new Mutated(c.method(), c.path(), c.body().getBytes(StandardCharsets.UTF_8), json,
                        random.nextBoolean() ? "gzip" : "deflate", "a body labelled compressed that is not");
            }
            default -> {
                return mutateQuery(new Call(c.method(), c.path() + "?q=%00&limit=-1&overdue=1", c.body()), random)
                        .withBody(c.body());
            }
        }
    }

    private static Mutated mutateQuery(Call c, Random random) {
        String[] hostile = {"%00", "a%00b", "%01", "%7F", "%ED%A0%80", "%C0%80", "%FF", "'--", "%25", "x".repeat(3000),
            "2009-01-01", "99999-01-01", "-5", "1e99", "true", "%0d%0aX-Injected:%201"};
        String value = hostile[random.nextInt(hostile.length)];
        String path = c.path();
        Matcher params = Pattern.compile("([?&][a-z]+)=([^&]*)").matcher(path);
        List<int[]> values = new ArrayList<>();
        while (params.find()) {
            values.add(new int[] {params.start(2), params.end(2)});
        }
        if (values.isEmpty()) {
            path = path + (path.contains("?") ? "&" : "?") + "q=" + value;
        } else {
            int[] v = values.get(random.nextInt(values.size()));
            path = path.substring(0, v[0]) + value + path.substring(v[1]);
        }
        return new Mutated(c.method(), path, c.body() == null ? null : c.body().getBytes(StandardCharsets.UTF_8),
                "application/json", null, "query value " + value);
    }

    private static Mutated body(Call c, String body, String type, String how) {
        return new Mutated(c.method(), c.path(), body.getBytes(StandardCharsets.UTF_8), type, null, how);
    }

    private static List<int[]> spans(String text, Pattern p) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static String escapeForJson(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            out.append(ch < 0x20 || ch == 0x7f || Character.isSurrogate(ch) ? String.format("\\u%04x", (int) ch)
                    : String.valueOf(ch));
        }
        return out.toString();
    }

    private HttpResponse<String> send(Mutated m, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + m.path()))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
        if (m.body() == null) {
            b.method(m.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            b.method(m.method(), HttpRequest.BodyPublishers.ofByteArray(m.body()));
            if (!m.contentType().isEmpty()) {
                b.header("Content-Type", m.contentType());
            }
        }
        if (m.encoding() != null) {
            b.header("Content-Encoding", m.encoding());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Long> rows() {
        return tx.executeRead(s -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : List.of("request", "requester", "request_event", "outbox")) {
                try (var rs = s.getConnection().createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        });
    }

    /**
     * What a command the domain refused (422) may write: its CommandRefused event in the audit trail, and that
     * event's outbox row; nothing else.
     */
    private static Map<String, Long> audited(Map<String, Long> before) {
        Map<String, Long> after = new LinkedHashMap<>(before);
        after.merge("request_event", 1L, Long::sum);
        after.merge("outbox", 1L, Long::sum);
        return after;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
