package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * An authority's own letters through the API: its letterhead, re-use notice and phrases over the bundled set, and
 * its case officers, who sign the letters of the requests assigned to them. Each file is checked before it is kept;
 * only admins change them; the public disclosure log's letter names no member of staff.
 */
@MicronautTest(transactional = false)
class LetterSettingsIT extends ApiTestSupport {

    static final String TEMPLATES = "/authorities/" + MET + "/letters/templates/";

    @Test
    void theAuthoritysLetterheadPhrasesAndCaseOfficerAppearInItsLetters() {
        String id = intake("2023-10-02", "1. The cost of the new drones.\n2. The names of the pilots.");
        assertThat(api.post(MANAGER, "/requests/" + id + "/assignment",
                "{\"assignee\": \"cw.smith\", \"team\": \"central-foi\"}").status()).isEqualTo(200);
        answerDisclosingPart1AndWithholdingNamesInPart2(id);

        Api.Reply heading = api.put(ADMIN, TEMPLATES + "heading.txt", "{\"source\": " + quote(
                "METROPOLITAN POLICE SERVICE\nNew Scotland Yard, Victoria Embankment, London SW1A 2JL\n\n{{date}}\n"
                        + "{{#officer}}Your case officer: {{name}}\n{{/officer}}\nDear {{salutation}}\n") + "}");
        assertThat(heading.status()).as(heading.toString()).isEqualTo(200);
        assertThat(heading.at("updatedBy")).isEqualTo("adm.patel");
        assertThat(api.put(ADMIN, TEMPLATES + "phrases.properties",
                "{\"source\": \"part.label=Request {label}\"}").status()).isEqualTo(200);
        Api.Reply officer = api.put(ADMIN, "/authorities/" + MET + "/letters/case-officers/cw.smith",
                "{\"name\": \"Sam Smith\", \"jobTitle\": \"Information Rights Officer\", \"phone\": \"020 7230 1212\"}");
        assertThat(officer.status()).as(officer.toString()).isEqualTo(200);

        String letter = api.get(CASEWORKER, "/requests/" + id + "/letters/response?format=text").body();

        assertThat(letter).startsWith("METROPOLITAN POLICE SERVICE\nNew Scotland Yard")
                .contains("Your case officer: Sam Smith", "Request 2", "Yours sincerely\n\nSam Smith\n"
                        + "Information Rights Officer\nMetropolitan Police Service", "RE-USE OF THE INFORMATION")
                .doesNotContain("Question 2");
        assertThat(api.get(CASEWORKER, TEMPLATES + "heading.txt").at("own")).isEqualTo(true);
        assertThat(api.get(AUDITOR, "/authorities/" + MET + "/letters/case-officers").body())
                .contains("\"userId\":\"cw.smith\"", "Information Rights Officer");

        assertThat(api.post(CASEWORKER, "/requests/" + id + "/publication", """
                {"text": "1. The cost of the new drones.\\n2. The names of the pilots."}""").status()).isEqualTo(200);
        String published = api.get(null, "/disclosure-log/01.FOI.23.000001/letter?authority=met-police&format=text")
                .body();
        assertThat(published).as("the public letter: the letterhead, no member of staff, no requester")
                .startsWith("METROPOLITAN POLICE SERVICE").doesNotContain("Sam Smith", "A. Requester")
                .contains("Freedom of Information Manager");

        Api.Reply back = api.call(ADMIN, HttpRequest.DELETE(TEMPLATES + "heading.txt"));
        assertThat(back.status()).isEqualTo(204);
        assertThat(api.get(CASEWORKER, "/requests/" + id + "/letters/response?format=text").body())
                .startsWith("Metropolitan Police Service\n");
        Api.Reply bundled = api.get(CASEWORKER, TEMPLATES + "heading.txt");
        assertThat(bundled.at("own")).isEqualTo(false);
        assertThat((String) bundled.at("source")).contains("Dear {{salutation}}");
    }

    @Test
    void aFileThatWouldBreakALetterIsRefusedWithTheReason() {
        Api.Reply unclosed = api.put(ADMIN, TEMPLATES + "reuse.txt", "{\"source\": \"{{#reuse}}Copyright\"}");
        assertThat(unclosed.status()).as(unclosed.toString()).isEqualTo(400);
        assertThat(unclosed.body()).contains("\"source\"", "reuse.txt: ");

        Api.Reply placeholder = api.put(ADMIN, TEMPLATES + "phrases.properties",
                "{\"source\": \"part.label=Question {number}\"}");
        assertThat(placeholder.status()).isEqualTo(400);
        assertThat(placeholder.body()).contains("'part.label' cannot use {number}; it may use {label}");

        Api.Reply unknown = api.put(ADMIN, TEMPLATES + "letterhead.txt", "{\"source\": \"x\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("heading.txt");

        assertThat(api.put(CASEWORKER, TEMPLATES + "heading.txt", "{\"source\": \"x\"}").status())
                .as("only admins change the letters").isEqualTo(403);
        assertThat(api.put(OTHER_ADMIN, TEMPLATES + "heading.txt", "{\"source\": \"x\"}").status())
                .as("nor another authority's admin").isEqualTo(404);
        assertThat(api.put(ADMIN, "/authorities/" + MET + "/letters/case-officers/cw.x", "{\"name\": \" \"}")
                .status()).isEqualTo(400);
        assertThat(api.get(CASEWORKER, TEMPLATES + "reuse.txt").at("own")).as("nothing was kept").isEqualTo(false);
        assertThat(api.call(ADMIN, HttpRequest.DELETE("/authorities/" + MET + "/letters/case-officers/nobody"))
                .status()).isEqualTo(404);
    }
}
