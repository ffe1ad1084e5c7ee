package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After the response, through the API: an internal review that decides a part afresh (s45 Code part 5), its outcome
 * letter, and the Commissioner's decision notice with its appeal (FOIA s57; GRC Rules r22(1)(b)) and steps (s50(4)).
 */
@MicronautTest(transactional = false)
class ReviewAndRegulatorIT extends ApiTestSupport {

    /** Two parts, the second withheld under s31(1)(a); responded 15 June, review asked for 20 June 2023. */
    private String reviewRequested() {
        String id = intake("2023-06-01", "1. The drone budget.\n2. The flight logs.");
        String base = "/requests/" + id;
        api.post(CASEWORKER, base + "/parts/1/decision", """
                {"on": "2023-06-10", "decisions": [{"outcome": "DISCLOSED", "answer": "£120,000."}]}""");
        api.post(CASEWORKER, base + "/parts/2/decision", """
                {"on": "2023-06-10", "decisions": [{"outcome": "WITHHELD", "grounds": [
                  {"citation": "FOIA s31(1)(a)", "reasons": "The logs show patrol patterns.", "harm": "WOULD_BE_LIKELY_TO",
                   "publicInterest": {"forDisclosure": ["Accountability"], "forMaintaining": ["Crime prevention"],
                                      "conclusion": "Favours withholding."}}]}]}""");
        assertThat(api.post(CASEWORKER, base + "/response", "{\"on\": \"2023-06-15\"}").status()).isEqualTo(200);
        assertThat(api.post(CASEWORKER, base + "/review-request",
                "{\"on\": \"2023-06-20\", \"grounds\": \"The logs are old.\"}").status()).isEqualTo(200);
        return id;
    }

    @Test
    void aReviewDecidesAPartAfreshAndItsOutcomeLetterSaysWhat() {
        String base = "/requests/" + reviewRequested();

        Api.Reply noLabel = api.post(MANAGER, base + "/review-result", """
                {"on": "2023-07-10", "result": "PARTLY_UPHELD", "summary": "x",
                 "decisions": [{"outcome": "DISCLOSED", "answer": "The logs."}]}""");
        assertThat(noLabel.status()).as(noLabel.toString()).isEqualTo(400);
        assertThat(noLabel.body()).contains("decisions[0].label");

        Api.Reply invalid = api.post(MANAGER, base + "/review-result", """
                {"on": "2023-07-10", "result": "PARTLY_UPHELD", "summary": "x",
                 "decisions": [{"label": "2", "outcome": "WITHHELD"}]}""");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
        assertThat(invalid.body()).contains("as the review leaves it");

        Api.Reply reviewed = api.post(MANAGER, base + "/review-result", """
                {"on": "2023-07-10", "result": "PARTLY_UPHELD", "summary": "The logs are over a year old.",
                 "decisions": [{"label": "2", "outcome": "DISCLOSED", "answer": "The logs, attached."}]}""");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.at("review")).isEqualTo("PARTLY_UPHELD");
        assertThat(reviewed.at("decisions.1.outcome")).as("the response as sent").isEqualTo("WITHHELD");
        assertThat(reviewed.at("reviewDecisions.0.label")).isEqualTo("2");
        assertThat(reviewed.at("reviewDecisions.0.outcome")).isEqualTo("DISCLOSED");

        Api.Reply letter = api.get(CASEWORKER, base + "/letters/review-outcome?format=text");
        assertThat(letter.status()).as(letter.toString()).isEqualTo(200);
        assertThat(letter.body()).contains("Dear A. Requester", "The logs are old.", "I uphold it in part",
                "The response said:", "The information is withheld.", "The review decides:", "The logs, attached.",
                "by Monday 21 August 2023");
    }

    @Test
    void aDecisionNoticeOpensTheAppealAndTheStepsWhichComplianceMeets() {
        String base = "/requests/" + reviewRequested();
        api.post(MANAGER, base + "/review-result", "{\"on\": \"2023-07-10\", \"result\": \"UPHELD\", \"summary\": \"Right.\"}");
        assertThat(api.post(CASEWORKER, base + "/ico-complaint", "{\"on\": \"2023-07-20\", \"icoReference\": \"IC-1\"}")
                .status()).isEqualTo(200);

        Api.Reply notUpheld = api.post(CASEWORKER, base + "/decision-notice", """
                {"on": "2023-10-02", "noticeReference": "IC-1-DN", "result": "COMPLAINT_NOT_UPHELD",
                 "stepsBy": "2023-11-13"}""");
        assertThat(notUpheld.status()).as(notUpheld.toString()).isEqualTo(422);
        assertThat(notUpheld.body()).contains("requires no steps");

        Api.Reply served = api.post(CASEWORKER, base + "/decision-notice", """
                {"on": "2023-10-02", "noticeReference": "IC-1-DN", "result": "COMPLAINT_UPHELD",
                 "stepsBy": "2023-11-13"}""");
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        Map<String, Object> appeal = deadline(served, "APPEAL");
        // Mon 2 October 2023 + 28 days = Mon 30 October (GRC Rules r22(1)(b)); passed with no appeal by 20 November
        assertThat(appeal).containsEntry("due", "2023-10-30").containsEntry("state", "CLOSED")
                .containsEntry("party", "EITHER");
        assertThat(deadline(served, "DECISION_NOTICE_STEPS")).containsEntry("due", "2023-11-13")
                .containsEntry("state", "MISSED");
        assertThat(deadline(served, "REGULATOR_COMPLAINT")).containsEntry("state", "MET");

        Api.Reply complied = api.post(CASEWORKER, base + "/compliance",
                "{\"on\": \"2023-11-10\", \"summary\": \"The logs released.\"}");
        assertThat(complied.status()).as(complied.toString()).isEqualTo(200);
        assertThat(deadline(complied, "DECISION_NOTICE_STEPS")).containsEntry("state", "MET");
        assertThat(complied.at("status")).isEqualTo("DECISION_NOTICE");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deadline(Api.Reply r, String kind) {
        return ((List<Map<String, Object>>) r.at("deadlines")).stream().filter(d -> kind.equals(d.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in " + r));
    }
}
