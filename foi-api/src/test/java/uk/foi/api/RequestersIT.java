package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * A manager finds a requester's earlier requests (FOIA s14, aggregation, subject access); nobody else can; every look
 * is logged with its purpose and shown to auditors.
 */
@MicronautTest(transactional = false)
class RequestersIT extends ApiTestSupport {

    @Test
    void aManagerFindsARequestersEarlierRequestsAndEveryLookIsLogged() {
        String first = request("2023-09-04", "1. Stop and search figures for 2022.", "Sam  Jones", "Sam.Jones@Example.org");
        String second = request("2023-10-02", "1. Stop and search figures for 2023.", "S. Jones", "sam.jones@example.org");
        request("2023-10-03", "1. The number of police horses.", "Alex Brown", "alex@example.org");

        Api.Reply byEmail = api.post(MANAGER, "/requesters/search",
                "{\"email\": \"SAM.JONES@example.org\", \"purpose\": \"AGGREGATION\"}");
        assertThat(byEmail.status()).as(byEmail.toString()).isEqualTo(200);
        assertThat(byEmail.body()).contains(first, second, "Stop and search figures for 2022", "S. Jones")
                .doesNotContain("horses");
        Api.Reply byName = api.post(MANAGER, "/requesters/search",
                "{\"name\": \"sam jones\", \"purpose\": \"REPEATED_OR_VEXATIOUS\"}");
        assertThat(byName.body()).contains(first).doesNotContain(second);

        assertThat(api.post(CASEWORKER, "/requesters/search", "{\"email\": \"sam.jones@example.org\","
                + " \"purpose\": \"AGGREGATION\"}").status()).isEqualTo(403);
        assertThat(api.post(MANAGER, "/requesters/search", "{\"purpose\": \"AGGREGATION\"}").body())
                .contains("give the requester's email address or name");
        assertThat(api.post(MANAGER, "/requesters/search", "{\"email\": \"sam.jones@example.org\"}").status())
                .as("no look without a purpose").isEqualTo(400);

        String log = api.get(AUDITOR, "/requesters/access-log").body();
        assertThat(log).contains("\"actor\":\"mgr.jones\"", "\"purpose\":\"AGGREGATION\"",
                "\"lookedFor\":\"email SAM.JONES@example.org\"", "\"results\":2", "\"purpose\":\"REPEATED_OR_VEXATIOUS\"",
                "\"lookedFor\":\"name sam jones\"", "\"results\":1");
        assertThat(api.get(MANAGER, "/requesters/access-log").status()).isEqualTo(403);
    }

    @Test
    void anotherAuthoritysManagerFindsNone() {
        request("2023-09-05", "1. Custody deaths in 2022.", "Kim Lee", "kim.lee@example.org");
        Api.Reply other = api.post(new Api.User("mgr.kent", OTHER, java.util.List.of("manager")), "/requesters/search",
                "{\"email\": \"kim.lee@example.org\", \"purpose\": \"SUBJECT_ACCESS\"}");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).isEqualTo("[]");
    }

    private String request(String receivedOn, String text, String name, String email) {
        Api.Reply r = api.post(CASEWORKER, "/requests", """
                {"receivedOn": "%s", "channel": "EMAIL", "text": %s,
                 "requester": {"name": "%s", "email": "%s"}}""".formatted(receivedOn, quote(text), name, email));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return (String) r.at("id");
    }
}
