package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/**
 * A request answered partly under each law through the API (FOIA s39(1), EIR reg 5(1)): the part re-routed, its
 * deadline the earliest of the laws' dates with both in the working, its refusal checked and written under its law.
 */
@MicronautTest(transactional = false)
class MixedRequestIT extends ApiTestSupport {

    @Test
    void aPartIsAnsweredUnderTheEirAndTheRestUnderFoia() {
        // Received Thu 1 June 2023: both laws give Thu 29 June
        String base = "/requests/" + intake("2023-06-01", "1. The custody budget.\n2. The fleet's emissions.");

        Api.Reply foisa = api.post(CASEWORKER, base + "/part-regime",
                "{\"on\": \"2023-06-05\", \"labels\": [\"2\"], \"regime\": \"FOISA\", \"reason\": \"x\"}");
        assertThat(foisa.status()).as(foisa.toString()).isEqualTo(400);
        assertThat(foisa.body()).contains("regime");

        Api.Reply rerouted = api.post(CASEWORKER, base + "/part-regime", """
                {"on": "2023-06-05", "labels": ["2"], "regime": "EIR",
                 "reason": "Emissions are environmental information (EIR reg 2(1)(b))"}""");
        assertThat(rerouted.status()).as(rerouted.toString()).isEqualTo(200);
        assertThat(rerouted.at("regime")).isEqualTo("FOIA");
        assertThat(rerouted.at("parts.0.regime")).isEqualTo("FOIA");
        assertThat(rerouted.at("parts.1.regime")).isEqualTo("EIR");

        // FOIA s10(3) extends the FOIA part only; the EIR part keeps the response due on 29 June
        Api.Reply extended = api.post(CASEWORKER, base + "/extension", """
                {"on": "2023-06-20", "furtherWorkingDays": 20, "considering": ["FOIA s31(1)(a)"]}""");
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(extended.at("deadlines.0.kind")).isEqualTo("RESPONSE");
        assertThat(extended.at("deadlines.0.due")).isEqualTo("2023-06-29");
        assertThat(extended.body()).contains("Under FOIA: Fri 2023-07-28", "Under EIR: Thu 2023-06-29");

        api.post(CASEWORKER, base + "/parts/1/decision", """
                {"on": "2023-06-20", "decisions": [{"outcome": "DISCLOSED", "answer": "£2m."}]}""");
        Api.Reply wrongLaw = api.post(CASEWORKER, base + "/parts/2/decision", """
                {"on": "2023-06-20", "decisions": [{"outcome": "WITHHELD", "grounds": [
                  {"citation": "FOIA s31(1)(a)", "reasons": "Patrol patterns.", "harm": "WOULD_BE_LIKELY_TO",
                   "publicInterest": {"forDisclosure": ["a"], "forMaintaining": ["b"], "conclusion": "c"}}]}]}""");
        assertThat(wrongLaw.status()).isEqualTo(200);
        Api.Reply refused = api.post(CASEWORKER, base + "/response", "{\"on\": \"2023-06-21\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.body()).contains("FOIA s31(1)(a) is a FOIA provision, but this part is answered under EIR");

        api.post(CASEWORKER, base + "/parts/2/decision", """
                {"on": "2023-06-20", "decisions": [{"outcome": "WITHHELD", "grounds": [
                  {"citation": "EIR reg12(5)(a)", "reasons": "Patrol patterns.", "harm": "WOULD",
                   "publicInterest": {"forDisclosure": ["a"], "forMaintaining": ["b"], "conclusion": "c"}}]}]}""");
        Api.Reply sent = api.post(CASEWORKER, base + "/response", "{\"on\": \"2023-06-21\"}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        Api.Reply letter = api.get(CASEWORKER, base + "/letters/response?format=text");
        assertThat(letter.body()).contains("regulation 14 of the Environmental Information Regulations 2004 for"
                + " question 2", "This question is answered under the Environmental Information Regulations 2004.");
    }
}
