package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public disclosure log publishes a response only when staff publish it, in the wording they edited: never the
 * text as asked, never the requester (UK GDPR art 5(1)(c); a disclosure log is a publication to the world). Runs on
 * the real PostgreSQL; each step is checked as the public (no token) would see it.
 */
@MicronautTest(transactional = false)
class DisclosureLogIT extends ApiTestSupport {

    static final String ASKED = """
            1. The cost of the new drones.
            2. The names of the pilots.
            Yours sincerely,
            Alex Example
            07700 900123""";

    String answered;

    @BeforeAll
    void anAnsweredRequestSignedByItsRequester() {
        answered = intake("2023-10-02", ASKED);
        answerDisclosingPart1AndWithholdingNamesInPart2(answered);
    }

    @Test
    void anIssuedResponseIsPublishedOnlyWhenStaffPublishItInTheWordingTheyEdited() {
        String base = "/requests/" + answered;
        assertThat((List<?>) api.get(null, "/disclosure-log?authority=met-police").at("items"))
                .as("issued is not published").isEmpty();
        assertThat(api.get(null, "/disclosure-log/01.FOI.23.000001?authority=met-police").status()).isEqualTo(404);

        Api.Reply draft = api.get(CASEWORKER, base + "/publication-draft");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(draft.at("published")).isEqualTo(false);
        assertThat(draft.at("text")).isEqualTo("""
                1. The cost of the new drones.
                2. The names of the pilots.
                Yours sincerely,
                [name removed]
                [phone number removed]""");
        assertThat(draft.at("suggestions.0.kind")).isEqualTo("NAME");
        assertThat(draft.at("suggestions.0.found")).isEqualTo("Alex Example");
        assertThat(draft.at("suggestions.1.kind")).isEqualTo("PHONE");
        assertThat(api.get(AUDITOR, base + "/publication-draft").status())
                .as("the draft shows the requester's words: only roles that see personal data").isEqualTo(403);

        Api.Reply merged = api.post(CASEWORKER, base + "/publication", """
                {"text": "1. The cost of the new drones."}""");
        assertThat(merged.status()).as(merged.toString()).isEqualTo(422);
        assertThat(merged.body()).contains("the published wording must keep the request's parts");
        Api.Reply blank = api.post(CASEWORKER, base + "/publication", "{\"text\": \" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("text");

        Api.Reply published = api.post(CASEWORKER, base + "/publication", """
                {"text": "1. The cost of the new drones.\\n2. The names of the pilots."}""");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.at("publication.on")).isEqualTo("2023-11-20");
        assertThat(published.at("status")).isEqualTo("RESPONDED");

        Api.Reply log = api.get(null, "/disclosure-log?authority=met-police");
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(log.at("items.0.reference")).isEqualTo("01.FOI.23.000001");
        assertThat(log.at("items.0.request")).isEqualTo("1. The cost of the new drones.\n2. The names of the pilots.");
        assertThat(log.at("items.0.publishedOn")).isEqualTo("2023-11-20");
        assertThat(log.at("items.0.decisions.1.citations")).isEqualTo(List.of("FOIA s40(2)", "FOIA s40(3A)(a)"));
        assertThat(log.body()).doesNotContain("Alex").doesNotContain("07700").doesNotContain("A. Requester")
                .doesNotContain("a.requester@example.org").doesNotContain("cw.smith");
        assertThat((List<?>) api.get(null, "/disclosure-log?authority=met-police&q=drones").at("items")).hasSize(1);
        assertThat((List<?>) api.get(null, "/disclosure-log?authority=met-police&q=Alex").at("items"))
                .as("the log searches the published wording, not the text as asked").isEmpty();

        Api.Reply one = api.get(null, "/disclosure-log/01.FOI.23.000001?authority=met-police");
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.at("outcome")).isEqualTo("PARTIALLY_WITHHELD");
        assertThat(one.at("authority")).isEqualTo("Metropolitan Police Service");

        Api.Reply letter = api.call(null, HttpRequest.GET("/disclosure-log/01.FOI.23.000001/letter?authority=met-police")
                .accept("text/html"));
        assertThat(letter.status()).as(letter.toString()).isEqualTo(200);
        assertThat(letter.body()).contains("The cost of the new drones").contains("Section 40(2)")
                .doesNotContain("Alex").doesNotContain("07700").doesNotContain("A. Requester")
                .doesNotContain("a.requester@example.org");
        Api.Reply pdf = api.get(null, "/disclosure-log/01.FOI.23.000001/letter?authority=met-police&format=pdf");
        assertThat(pdf.body()).startsWith("%PDF-");

        Api.Reply withdrawn = api.post(MANAGER, base + "/publication-withdrawal",
                "{\"reason\": \"A pilot's name was in part 2's answer.\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.at("publication")).isNull();
        assertThat((List<?>) api.get(null, "/disclosure-log?authority=met-police").at("items")).isEmpty();
        assertThat(api.get(null, "/disclosure-log/01.FOI.23.000001/letter?authority=met-police").status())
                .isEqualTo(404);
        Api.Reply again = api.post(MANAGER, base + "/publication-withdrawal", "{\"reason\": \"twice\"}");
        assertThat(again.status()).isEqualTo(422);

        Api.Reply audit = api.get(AUDITOR, base + "/timeline");
        assertThat(audit.body()).contains("uk.foi.request.published.v1").contains("uk.foi.request.publication-withdrawn.v1");
    }

    @Test
    void aResponseNotYetIssuedCannotBePublishedAndAnotherAuthorityCannotPublishOurs() {
        String open = intake("2023-11-01", "1. Helicopter flying hours.");
        Api.Reply early = api.post(CASEWORKER, "/requests/" + open + "/publication",
                "{\"text\": \"1. Helicopter flying hours.\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("Publish is not possible while the request is RECEIVED");
        assertThat(api.post(OTHER_CASEWORKER, "/requests/" + answered + "/publication",
                "{\"text\": \"1. a\\n2. b\"}").status()).isEqualTo(404);
        assertThat(api.get(null, "/disclosure-log?authority=nobody").status()).isEqualTo(404);
        assertThat(api.get(null, "/disclosure-log/nothing?authority=met-police").status()).isEqualTo(404);
    }
}
