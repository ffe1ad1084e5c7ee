package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request through the API from intake to response, with the ETag rules and a refusal blocked by section 17. */
@MicronautTest(transactional = false)
class RequestLifecycleIT extends ApiTestSupport {

    @Test
    void intakeAnswersWithReferenceLocationEtagAndTheStatutoryDeadline() {
        Api.Reply r = api.post(CASEWORKER, "/requests", """
                {"receivedOn": "2023-03-10", "channel": "EMAIL",
                 "text": "1. How many stop and search records in 2022?\\n2. By borough?",
                 "requester": {"name": "Jo Bloggs", "email": "jo@example.org"}}""");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        // The Met's format; the number is the next of the year (other tests of this class may have taken some), and
        // the next intake takes the one after it: gap-free.
        String reference = (String) r.at("reference");
        assertThat(reference).matches("01\\.FOI\\.23\\.\\d{6}");
        String next = (String) api.get(CASEWORKER, "/requests/" + intake("2023-03-10", "1. Another question."))
                .at("reference");
        assertThat(Integer.parseInt(next.substring(10))).isEqualTo(Integer.parseInt(reference.substring(10)) + 1);
        assertThat(r.header("Location")).isEqualTo("/requests/" + r.at("id"));
        assertThat(r.header("ETag")).isEqualTo("\"1\"");
        // Received Friday 10 March 2023; day 1 is Monday 13 March. The count skips St Patrick's Day (Fri 17 March, a
        // bank holiday in Northern Ireland, which FOIA s10(6) counts), Good Friday (7 April) and Easter Monday
        // (10 April): the 20th working day is Wednesday 12 April 2023.
        assertThat(r.at("deadlines.0.kind")).isEqualTo("RESPONSE");
        assertThat(r.at("deadlines.0.due")).isEqualTo("2023-04-12");
        assertThat(r.body()).contains("St Patrick");
        assertThat((List<?>) r.at("deadlines.0.steps")).isNotEmpty();
        assertThat(r.at("parts.1.label")).isEqualTo("2");
        assertThat(r.body()).doesNotContain("Jo Bloggs").doesNotContain("jo@example.org");
    }

    @Test
    void aFullRequestFromAssignmentToAValidRefusal() {
        String id = intake("2023-11-01", "1. The budget for drones.\n2. The names of pilots.");
        String base = "/requests/" + id;

        Api.Reply assigned = api.post(CASEWORKER, base + "/assignment",
                "{\"on\": \"2023-11-02\", \"assignee\": \"cw.smith\", \"team\": \"central-foi\"}");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.at("assignee")).isEqualTo("cw.smith");
        assertThat(assigned.header("ETag")).isEqualTo("\"2\"");

        assertThat(api.post(CASEWORKER, base + "/parts/1/decision", """
                {"on": "2023-11-10", "decisions": [{"outcome": "DISCLOSED", "answer": "£120,000 in 2022/23."}]}""")
                .status()).isEqualTo(200);
        // A public interest test for the absolute first condition, and a likelihood of harm for it: 400, naming each
        // ground's field (FOIA s2(3)(fa); s40(3A)(a) is not prejudice-based); nothing is written
        Api.Reply misplaced = api.post(CASEWORKER, base + "/parts/2/decision", """
                {"on": "2023-11-10", "decisions": [{"outcome": "WITHHELD", "grounds": [
                  {"citation": "FOIA s40(2)", "reasons": "The pilots' names are their personal data."},
                  {"citation": "FOIA s40(3A)(a)", "harm": "WOULD",
                   "publicInterest": {"forDisclosure": ["a"], "forMaintaining": ["b"], "conclusion": "c"}}]}]}""");
        assertThat(misplaced.status()).as(misplaced.toString()).isEqualTo(400);
        assertThat(misplaced.body()).contains("decisions[0].grounds[1].harm", "decisions[0].grounds[1].publicInterest",
                "FOIA s40(3A)(a) is absolute (s2(3)(fa))");

        // The 0.1 form, one set of reasons for the part, is still accepted and placed on the exemption
        Api.Reply decided = api.post(CASEWORKER, base + "/parts/2/decision", """
                {"on": "2023-11-10", "decisions": [{"outcome": "WITHHELD", "citations": ["FOIA s40(2)", "FOIA s40(3A)(a)"],
                  "reasons": "The pilots' names are their personal data; disclosure would breach the principles."}]}""");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.at("decisions.1.grounds.0.reasons")).asString().startsWith("The pilots' names");
        assertThat(decided.at("decisions.1.grounds.1.reasons")).isEqualTo("");

        Api.Reply issued = api.post(CASEWORKER, base + "/response", "{\"on\": \"2023-11-15\"}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.at("status")).isEqualTo("RESPONDED");
        assertThat(issued.at("response.outcome")).isEqualTo("PARTIALLY_WITHHELD");

        Api.Reply timeline = api.get(AUDITOR, base + "/timeline");
        assertThat(timeline.status()).isEqualTo(200);
        List<?> history = (List<?>) timeline.at("history");
        assertThat(history).hasSize(5);
        assertThat(timeline.at("history.1.actor")).isEqualTo("cw.smith");
        assertThat(timeline.at("history.4.type")).isEqualTo("uk.foi.request.response-issued.v1");
    }

    @Test
    void aRefusalWithoutReasonsIsBlockedWith422AndTheSection17Findings() {
        String id = intake("2023-11-01", "1. Informant payments.");
        String base = "/requests/" + id;
        api.post(CASEWORKER, base + "/parts/1/decision", """
                {"on": "2023-11-10", "decisions": [{"outcome": "WITHHELD", "citations": ["FOIA s31(1)(a)"]}]}""");

        Api.Reply blocked = api.post(CASEWORKER, base + "/response", "{\"on\": \"2023-11-15\"}");

        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(422);
        assertThat(blocked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(blocked.at("title")).isEqualTo("IssueResponse refused");
        assertThat((List<?>) blocked.at("findings")).isNotEmpty();
        assertThat(blocked.body()).contains("s17");
        Api.Reply now = api.get(CASEWORKER, base);
        assertThat(now.at("status")).isEqualTo("IN_PROGRESS");
        assertThat(now.at("response")).isNull();
        assertThat(now.at("version")).isEqualTo(3);
    }

    @Test
    void theSection17FindingsAndTheLetterCanBeSeenBeforeTheResponseIsIssued() {
        String id = intake("2023-11-01", "1. Informant payments.\n2. The budget.");
        String base = "/requests/" + id;
        assertThat(api.get(CASEWORKER, base + "/letters/response-preview?format=html").status()).isEqualTo(409);
        api.post(CASEWORKER, base + "/parts/1/decision", """
                {"on": "2023-11-10", "decisions": [{"outcome": "WITHHELD", "citations": ["FOIA s31(1)(a)"]}]}""");

        Api.Reply check = api.get(AUDITOR, base + "/response-check");

        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        // s17(1)(c): no reasons for s31(1)(a), found against part 1; the undecided part 2 is an error too
        assertThat((List<?>) check.at("errors")).isNotEmpty();
        assertThat(check.body()).contains("\"part\":\"1\"").contains("s17(1)(c)");
        Api.Reply preview = api.get(CASEWORKER, base + "/letters/response-preview?format=html");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.body()).contains("Section 31(1)(a)").contains("Monday 20 November 2023");
        // nothing was issued by looking
        assertThat(api.get(CASEWORKER, base).at("response")).isNull();
    }

    /**
     * FOIA s17(4): where saying why the exemption applies would itself disclose exempt information, the notice need
     * not say it. Wave 1 could record this in ./foi check's draft but not through the API, so such a refusal could not
     * be issued; the decision's circumstances now carry it to the check.
     */
    @Test
    void aRefusalWhoseReasonsWouldRevealExemptInformationIsIssuedWithoutThem() {
        String id = intake("2023-11-01", "1. Informant payments.");
        String base = "/requests/" + id;
        Api.Reply decided = api.post(CASEWORKER, base + "/parts/1/decision", """
                {"on": "2023-11-10", "decisions": [{"outcome": "WITHHELD", "citations": ["FOIA s31(1)(a)"],
                 "harm": "WOULD_BE_LIKELY_TO", "circumstances": ["REASONS_WOULD_REVEAL_EXEMPT"]}]}""");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

        Api.Reply issued = api.post(CASEWORKER, base + "/response", "{\"on\": \"2023-11-15\"}");

        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(api.get(CASEWORKER, base).body()).contains("REASONS_WOULD_REVEAL_EXEMPT");
    }

    @Test
    void aStaleIfMatchGets412AndChangesNothing() {
        String id = intake("2023-11-01", "1. Overtime costs.");
        String base = "/requests/" + id;
        Api.Reply first = api.call(CASEWORKER, HttpRequest.POST(base + "/acknowledgement", "{\"on\": \"2023-11-02\"}")
                .contentType("application/json").header("If-Match", "\"1\""));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);

        Api.Reply stale = api.call(CASEWORKER, HttpRequest.POST(base + "/assignment",
                "{\"on\": \"2023-11-02\", \"assignee\": \"someone\", \"team\": \"t\"}").contentType("application/json")
                .header("If-Match", "\"1\""));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.at("currentVersion")).isEqualTo(2);
        Api.Reply now = api.get(CASEWORKER, base);
        assertThat(now.at("version")).isEqualTo(2);
        assertThat(now.at("assignee")).isNull();
    }

    @Test
    void theRequesterIsShownOnlyToCaseworkersAndManagers() {
        String id = intake("2023-11-01", "1. Anything.");
        assertThat(api.get(CASEWORKER, "/requests/" + id + "/requester").map())
                .containsEntry("name", "A. Requester");
        assertThat(api.get(MANAGER, "/requests/" + id + "/requester").status()).isEqualTo(200);
        assertThat(api.get(AUDITOR, "/requests/" + id + "/requester").status()).isEqualTo(403);
        assertThat(api.get(ADMIN, "/requests/" + id + "/requester").status()).isEqualTo(403);
        assertThat(api.get(AUDITOR, "/requests/" + id).body()).doesNotContain("A. Requester");
    }

    @Test
    void anotherAuthoritysUsersCannotSeeOrTouchTheRequest() {
        String id = intake("2023-11-01", "1. Anything.");
        assertThat(api.get(OTHER_CASEWORKER, "/requests/" + id).status()).isEqualTo(404);
        assertThat(api.get(OTHER_CASEWORKER, "/requests/" + id + "/requester").status()).isEqualTo(404);
        assertThat(api.post(OTHER_CASEWORKER, "/requests/" + id + "/acknowledgement", "{}").status())
                .isEqualTo(404);
        Api.Reply list = api.get(OTHER_CASEWORKER, "/requests");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        Map<String, Object> page = list.map();
        assertThat((List<?>) page.get("items")).noneMatch(item -> id.equals(((Map<?, ?>) item).get("id")));
        assertThat((List<?>) api.get(CASEWORKER, "/requests").at("items"))
                .anyMatch(item -> id.equals(((Map<?, ?>) item).get("id")));
    }
}
