package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.foi.core.fixtures.MutableClock;

/**
 * The retention schedule (UK GDPR Art 5(1)(e); the FOIA s46 Code of Practice): three years after a case's last action
 * its requester's details, its correspondence and what was located for it are destroyed and the destruction recorded;
 * the request, its history and its statistics stay, and so does what the disclosure log published. An open case and
 * one the Commissioner saw (six years) are left. A dry run says what would go and changes nothing.
 */
@MicronautTest(transactional = false)
class RetentionIT extends ApiTestSupport {

    private final GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @Inject
    MutableClock clock;

    @Override
    public Map<String, String> getProperties() {
        mailServer.start();
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.putAll(Map.of("foi.mail.smtp.host", "127.0.0.1", "foi.mail.smtp.port",
                String.valueOf(mailServer.getSmtp().getPort()), "foi.mail.smtp.starttls", "false",
                "foi.mail.send-every", "100ms"));
        return properties;
    }

    @AfterAll
    void stopMailServer() {
        mailServer.stop();
    }

    @Test
    void finishedCaseFilesAreErasedWhenDueAndTheRestStays() throws Exception {
        clock.setDay(LocalDate.of(2023, 11, 20));
        String answered = intake("2023-10-02", "1. The cost of the fleet.\n2. The names of the drivers.");
        api.post(CASEWORKER, "/requests/" + answered + "/acknowledgement", "{\"on\": \"2023-10-03\"}");
        String located = upload(answered, "fleet.pdf");
        answerDisclosingPart1AndWithholdingNamesInPart2(answered);   // responded 25 October 2023

        String published = intake("2023-10-02", "1. The custody review of June 2025.");
        String releasedDoc = upload(published, "custody-review.pdf");
        assertThat(api.put(CASEWORKER, "/requests/" + published + "/documents/" + releasedDoc + "/release",
                "{\"redactions\": []}").status()).isEqualTo(200);
        api.post(CASEWORKER, "/requests/" + published + "/parts/1/decision", """
                {"on": "2023-10-20", "decisions": [{"outcome": "DISCLOSED", "answer": "Attached."}]}""");
        api.post(CASEWORKER, "/requests/" + published + "/response", "{\"on\": \"2023-10-25\"}");
        api.post(CASEWORKER, "/requests/" + published + "/publication", """
                {"on": "2023-10-26", "text": "1. The custody review of June 2025."}""");

        String open = intake("2023-10-02", "1. Anything at all.");
        String complained = intake("2023-10-02", "1. The cost of the fleet.\n2. The names of the drivers.");
        answerDisclosingPart1AndWithholdingNamesInPart2(complained);
        api.post(CASEWORKER, "/requests/" + complained + "/ico-complaint", """
                {"on": "2023-11-06", "icoReference": "IC-123456-A1B2"}""");
        await(answered);

        int eventsBefore = events(answered);
        assertThat(run(true).at("erased")).as("nothing is due in 2023").isEqualTo(List.of());

        clock.setDay(LocalDate.of(2026, 10, 26));   // three years and a day after the response
        Api.Reply quarterBefore = api.get(MANAGER, "/statistics/2023-Q4");
        Api.Reply dry = run(true);
        assertThat(dry.at("dryRun")).isEqualTo(true);
        assertThat(references(dry)).containsExactlyInAnyOrder(reference(answered), reference(published));
        assertThat(api.get(CASEWORKER, "/requests/" + answered + "/requester").status()).as("a dry run").isEqualTo(200);

        Api.Reply done = run(false);
        assertThat(references(done)).containsExactlyInAnyOrder(reference(answered), reference(published));
        Map<String, Object> first = entry(done, reference(answered));
        assertThat(first.get("rule")).isEqualTo("3 years after the last action (2023-10-25)");
        assertThat(first.get("dueOn")).isEqualTo("2026-10-25");
        assertThat(first).containsEntry("requester", true).containsEntry("messages", 2)
                .containsEntry("documents", 1).containsEntry("keptPublished", 0);
        assertThat(entry(done, reference(published))).containsEntry("documents", 1).containsEntry("keptPublished", 1);

        // gone: the requester, the correspondence, what was located
        assertThat(api.get(CASEWORKER, "/requests/" + answered + "/requester").status()).isEqualTo(404);
        assertThat(api.get(CASEWORKER, "/requests/" + answered + "/correspondence").json()).isEqualTo(List.of());
        assertThat(api.get(CASEWORKER, "/requests/" + answered + "/documents/" + located).status()).isEqualTo(404);
        assertThat(api.get(CASEWORKER, "/requests/" + published + "/documents/" + releasedDoc + "/content").body())
                .contains("destroyed under the authority's retention schedule");
        // stays: the request, its history, the quarter's figures, what the disclosure log published
        assertThat(api.get(CASEWORKER, "/requests/" + answered).at("status")).isEqualTo("RESPONDED");
        assertThat(events(answered)).isEqualTo(eventsBefore);
        assertThat(api.get(MANAGER, "/statistics/2023-Q4").body()).isEqualTo(quarterBefore.body());
        String reference = reference(published);
        assertThat(api.call(null, HttpRequest.GET("/disclosure-log/" + reference + "/documents/" + releasedDoc
                + "?authority=" + MET)).status()).isEqualTo(200);
        // left: the open case, and the one before the Commissioner
        assertThat(api.get(CASEWORKER, "/requests/" + open + "/requester").status()).isEqualTo(200);
        assertThat(api.get(CASEWORKER, "/requests/" + complained + "/requester").status()).isEqualTo(200);

        assertThat(run(false).at("erased")).as("erased once").isEqualTo(List.of());
        Api.Reply log = api.get(AUDITOR, "/authorities/" + MET + "/retention/erasures");
        assertThat((List<?>) log.json()).hasSize(2);
        assertThat(log.body()).doesNotContain("A. Requester", "a.requester@example.org");
        assertThat(api.get(CASEWORKER, "/authorities/" + MET + "/retention/erasures").status()).isEqualTo(403);
    }

    @Test
    void anAdminSetsTheSchedule() {
        assertThat(api.get(CASEWORKER, "/authorities/" + MET + "/retention").body())
                .contains("\"yearsAfterLastAction\":3", "\"yearsAfterRegulator\":6", "\"setBy\":null");
        Api.Reply shorter = api.put(ADMIN, "/authorities/" + MET + "/retention",
                "{\"yearsAfterLastAction\": 4, \"yearsAfterRegulator\": 2}");
        assertThat(shorter.status()).isEqualTo(400);
        assertThat(shorter.body()).contains("\"field\":\"yearsAfterRegulator\"", "at least as long as any other");
        assertThat(api.put(CASEWORKER, "/authorities/" + MET + "/retention",
                "{\"yearsAfterLastAction\": 4, \"yearsAfterRegulator\": 7}").status()).isEqualTo(403);
        assertThat(api.put(OTHER_ADMIN, "/authorities/" + MET + "/retention",
                "{\"yearsAfterLastAction\": 4, \"yearsAfterRegulator\": 7}").status()).isEqualTo(404);
        Api.Reply set = api.put(ADMIN, "/authorities/" + MET + "/retention",
                "{\"yearsAfterLastAction\": 3, \"yearsAfterRegulator\": 6}");
        assertThat(set.body()).contains("\"setBy\":\"adm.patel\"");
        assertThat(api.post(CASEWORKER, "/authorities/" + MET + "/retention/run", "{}").status()).isEqualTo(403);
    }

    private Api.Reply run(boolean dryRun) {
        Api.Reply r = api.post(ADMIN, "/authorities/" + MET + "/retention/run", "{\"dryRun\": " + dryRun + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    private static List<Object> references(Api.Reply r) {
        return ((List<?>) r.at("erased")).stream().map(e -> ((Map<?, ?>) e).get("reference")).map(o -> (Object) o)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Api.Reply r, String reference) {
        return ((List<?>) r.at("erased")).stream().map(e -> (Map<String, Object>) e)
                .filter(e -> reference.equals(e.get("reference"))).findFirst().orElseThrow();
    }

    private String reference(String id) {
        return (String) api.get(CASEWORKER, "/requests/" + id).at("reference");
    }

    private int events(String id) {
        return ((List<?>) api.get(AUDITOR, "/requests/" + id + "/timeline").at("history")).size();
    }

    /** Waits until the acknowledgement and the response have gone, so the correspondence holds both. */
    private void await(String id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            String body = api.get(CASEWORKER, "/requests/" + id + "/correspondence").body();
            if (body.split("\"state\":\"SENT\"", -1).length - 1 == 2) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the letters were not sent: " + api.get(CASEWORKER, "/requests/" + id
                + "/correspondence"));
    }

    private String upload(String id, String name) {
        String doc = upload(id, name, pdf("A record located for the request."));
        assertThat(api.post(CASEWORKER, doc + "/complete", "").status()).isEqualTo(200);
        return doc.substring(doc.lastIndexOf('/') + 1);
    }
}
