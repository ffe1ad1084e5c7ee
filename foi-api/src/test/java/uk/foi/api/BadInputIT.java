package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.testsupport.TestAuthorities.MET_SETTINGS;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a 4xx problem+json naming what is wrong, never a 5xx, and changes nothing: after every case the
 * request count and the request's version are as before.
 */
@MicronautTest(transactional = false)
class BadInputIT extends ApiTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON           | {"receivedOn": "2023-11-01", "channel": | 400 |
            unknown field            | {"channel": "EMAIL", "text": "1. x", "requester": {"name": "A", "email": "a@b.org"}, "colour": "red"} | 400 | colour
            impossible date          | {"receivedOn": "2023-02-30", "channel": "EMAIL", "text": "1. x", "requester": {"name": "A", "email": "a@b.org"}} | 400 | receivedOn
            bad enum value           | {"channel": "PIGEON", "text": "1. x", "requester": {"name": "A", "email": "a@b.org"}} | 400 | PIGEON
            blank text               | {"channel": "EMAIL", "text": " ", "requester": {"name": "A", "email": "a@b.org"}} | 400 | text
            no address               | {"channel": "EMAIL", "text": "1. x", "requester": {"name": "A"}} | 400 | requester
            future date              | {"receivedOn": "2099-01-01", "channel": "EMAIL", "text": "1. x", "requester": {"name": "A", "email": "a@b.org"}} | 400 | receivedOn
            oral request under FOIA  | {"channel": "TELEPHONE", "text": "1. x", "requester": {"name": "A", "email": "a@b.org"}} | 400 | channel
            bad email                | {"channel": "EMAIL", "text": "1. x", "requester": {"name": "A", "email": "not-an-email"}} | 400 | email
            boolean for a name       | {"channel": "EMAIL", "text": "1. x", "requester": {"name": true, "email": "a@b.org"}} | 400 | "field":"requester.name"
            number for the text      | {"channel": "EMAIL", "text": 12, "requester": {"name": "A", "email": "a@b.org"}} | 400 | "field":"text"
            enum in a list           | {"channel": ["EMAIL"], "text": "1. x", "requester": {"name": "A", "email": "a@b.org"}} | 400 | "field":"channel"
            object for a date        | {"receivedOn": {"y": 2023}, "channel": "EMAIL", "text": "1. x", "requester": {"name": "A", "email": "a@b.org"}} | 400 | "field":"receivedOn"
            text for the requester   | {"channel": "EMAIL", "text": "1. x", "requester": "A"} | 400 | "field":"requester"
            """)
    void badIntakeIsRefusedWithAProblemAndNothingIsStored(String name, String body, int status, String mentions) {
        int before = count();

        Api.Reply r = api.post(CASEWORKER, "/requests", body);

        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        if (mentions != null) {
            assertThat(r.body()).contains(mentions);
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anOversizeBodyIsRefusedWith413() {
        String huge = "x".repeat(2_000_000);
        Api.Reply r = api.post(CASEWORKER, "/requests", "{\"channel\": \"EMAIL\", \"text\": \"" + huge
                + "\", \"requester\": {\"name\": \"A\", \"email\": \"a@b.org\"}}");
        assertThat(r.status()).as(r.status() + "").isEqualTo(413);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            citation that is not one | /parts/1/decision | {"decisions": [{"outcome": "WITHHELD", "citations": ["Section 999"]}]} | 400 | decisions[0].citations[0]
            no outcome               | /parts/1/decision | {"decisions": [{"answer": "yes"}]} | 400 | decisions[0].outcome
            no decisions             | /parts/1/decision | {"decisions": []} | 400 | decisions
            negative cost hours      | /parts/1/decision | {"decisions": [{"outcome": "COST_LIMIT", "citations": ["FOIA s12(1)"], "costEstimateHours": {"LOCATING": -3}}]} | 400 | costEstimateHours.LOCATING
            unknown activity         | /parts/1/decision | {"decisions": [{"outcome": "COST_LIMIT", "costEstimateHours": {"DAYDREAMING": 3}}]} | 400 | DAYDREAMING
            zero extension           | /extension        | {"furtherWorkingDays": 0} | 400 | furtherWorkingDays
            bad appellant            | /tribunal-appeal  | {"appellant": "the cat"} | 400 | appellant
            unknown part             | /parts/9/decision | {"decisions": [{"outcome": "DISCLOSED", "answer": "x"}]} | 422 | 9
            date in the future       | /acknowledgement  | {"on": "2039-01-01"} | 422 | 2039
            date before the calendar | /acknowledgement  | {"on": "2009-12-31"} | 400 | 2010-01-01
            fraction of a day        | /extension        | {"furtherWorkingDays": 1.5} | 400 | "field":"furtherWorkingDays"
            boolean for days         | /extension        | {"furtherWorkingDays": true} | 400 | "field":"furtherWorkingDays"
            days as text             | /extension        | {"furtherWorkingDays": "20"} | 400 | "field":"furtherWorkingDays"
            number in a list of text | /parts/1/decision | {"decisions": [{"outcome": "WITHHELD", "citations": [40]}]} | 400 | "field":"decisions[0].citations[0]"
            list for an object       | /parts/1/decision | {"decisions": [["WITHHELD"]]} | 400 | "field":"decisions[0]"
            """)
    void badCommandsAreRefusedAndChangeNothingButTheAuditTrail(String name, String path, String body, int status,
            String mentions) {
        String id = intake("2023-11-01", "1. Anything.");
        Api.Reply r = api.post(CASEWORKER, "/requests/" + id + path, body);

        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).contains(mentions);
        Api.Reply now = api.get(CASEWORKER, "/requests/" + id);
        assertThat(now.at("status")).isEqualTo("RECEIVED");
        // A 400 records nothing; a refusal by the domain (422) records only its CommandRefused in the audit trail.
        assertThat(now.at("version")).isEqualTo(status == 422 ? 2 : 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad cursor      | /requests?cursor=bm9wZQ    | 400 | cursor
            limit too big   | /requests?limit=1000       | 400 | limit
            unknown order   | /requests?sort=soonest     | 400 | "field":"sort"
            cursor of other order | /requests?sort=due&cursor=MjAyMy0xMS0wMXwwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA | 400 | another order
            bad status      | /requests?status=SLEEPING  | 400 | SLEEPING
            bad date        | /requests?dueBefore=soon   | 400 | dueBefore
            boolean as 1    | /requests?overdue=1        | 400 | "field":"overdue"
            boolean as yes  | /requests?overdue=yes      | 400 | "field":"overdue"
            not a uuid      | /requests/42               | 404 | UUID
            no such route   | /nowhere                   | 404 |
            """)
    void badQueriesGetProblems(String name, String path, int status, String mentions) {
        Api.Reply r = api.get(CASEWORKER, path);
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        if (mentions != null) {
            assertThat(r.body()).contains(mentions);
        }
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403() {
        assertThat(api.get(null, "/requests").status()).isEqualTo(401);
        assertThat(api.post(AUDITOR, "/requests", "{}").status()).isEqualTo(403);
        String id = intake("2023-11-01", "1. Anything.");
        assertThat(api.post(CASEWORKER, "/requests/" + id + "/review-result",
                "{\"result\": \"UPHELD\", \"summary\": \"s\"}").status()).isEqualTo(403);
        Api.User stranger = new Api.User("x", "no-such-authority", List.of("caseworker"));
        Api.Reply unknown = api.get(stranger, "/requests");
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.body()).contains("not configured");
    }

    @Test
    void anIntakeRetriedWithItsIdempotencyKeyReturnsTheFirstRequest() {
        String body = """
                {"receivedOn": "2023-11-01", "channel": "EMAIL", "text": "1. How many police horses?",
                 "requester": {"name": "A. Requester", "email": "a.requester@example.org"}}""";
        int before = count();
        Api.Reply first = api.call(CASEWORKER, HttpRequest.POST("/requests", body).contentType("application/json")
                .header("Idempotency-Key", "retry-7f3c"));
        Api.Reply retry = api.call(CASEWORKER, HttpRequest.POST("/requests", body).contentType("application/json")
                .header("Idempotency-Key", "retry-7f3c"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.at("reference")).isEqualTo(first.at("reference"));
        assertThat(count()).isEqualTo(before + 1);

        Api.Reply otherBody = api.call(CASEWORKER, HttpRequest.POST("/requests", body.replace("horses", "dogs"))
                .contentType("application/json").header("Idempotency-Key", "retry-7f3c"));
        assertThat(otherBody.status()).isEqualTo(400);
        assertThat(otherBody.body()).contains("\"field\":\"Idempotency-Key\"");
        Api.Reply badKey = api.call(CASEWORKER, HttpRequest.POST("/requests", body).contentType("application/json")
                .header("Idempotency-Key", "two words"));
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyMakeOneRequest() throws Exception {
        String body = """
                {"receivedOn": "2023-11-01", "channel": "EMAIL", "text": "1. How many police boats?",
                 "requester": {"name": "A. Requester", "email": "a.requester@example.org"}}""";
        int before = count();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> api.call(CASEWORKER, HttpRequest.POST("/requests", body)
                        .contentType("application/json").header("Idempotency-Key", "boats-1"))));
            }
            java.util.Set<String> locations = new java.util.HashSet<>();
            for (var f : replies) {
                Api.Reply r = f.get();
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
                locations.add(r.header("Location"));
            }
            assertThat(locations).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void anAuthorityNameOfAMegabyteIsRefusedByItsLimit() {
        Api.Reply r = api.put(ADMIN, "/authorities/" + MET, MET_SETTINGS.replace("Metropolitan Police Service",
                "M".repeat(201)));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"name\"");
        assertThat(api.get(ADMIN, "/authorities/" + MET).at("name")).isEqualTo("Metropolitan Police Service");
    }

    @Test
    void settingsThatDoNotFitTogetherAreRefusedWithEachReasonAgainstItsField() {
        // A settings form shows each reason next to its field: before, the whole body was refused as "body" with the
        // first reason only.
        Api.Reply r = api.put(ADMIN, "/authorities/" + MET, MET_SETTINGS
                .replace("01.FOI.{yy}.{seq:6}", "FOI-{seq:6}")
                .replace("\"costLimit\": \"OTHER_AUTHORITY\"", "\"costLimit\": \"SCOTTISH_AUTHORITY\", "
                        + "\"reviewTarget\": 30, \"reviewMaximum\": 25, \"regulatorWindow\": \"P0D\""));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"referenceFormat\"", "needs {yyyy} or {yy}",
                "\"field\":\"regulatorWindow\"", "must be a positive period");
        r = api.put(ADMIN, "/authorities/" + MET, MET_SETTINGS.replace("\"costLimit\": \"OTHER_AUTHORITY\"",
                "\"costLimit\": \"SCOTTISH_AUTHORITY\", \"reviewTarget\": 30, \"reviewMaximum\": 25"));
        assertThat(r.body()).contains("\"field\":\"reviewTarget\"", "the review target (30 working days) is longer than the most a review may take (25");
        r = api.put(ADMIN, "/authorities/" + MET, MET_SETTINGS.replace("\"costLimit\": \"OTHER_AUTHORITY\"",
                "\"costLimit\": \"SCOTTISH_AUTHORITY\""));
        assertThat(r.body()).contains("\"field\":\"costLimit\"", "does not fit regime FOIA");
        r = api.put(ADMIN, "/authorities/" + MET, MET_SETTINGS.replace("\"regime\": \"FOIA\"",
                "\"regime\": \"FOIA\", \"regimes\": [\"FOIA\", \"EISR\"]"));
        assertThat(r.body()).contains("\"field\":\"regimes\"", "EISR cannot be handled beside FOIA");
        assertThat(api.get(ADMIN, "/authorities/" + MET).at("referenceFormat")).isEqualTo("01.FOI.{yy}.{seq:6}");
    }

    private int count() {
        Object total = api.get(CASEWORKER, "/requests?limit=100").at("items");
        return ((List<?>) total).size();
    }

}
