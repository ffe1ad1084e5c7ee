package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Everything around the requests: letters in three formats, reference answers, statistics, the iCalendar feed,
 * health, metrics and the OpenAPI document (the disclosure log has {@link DisclosureLogIT}).
 */
@MicronautTest(transactional = false)
class ServiceFeaturesIT extends ApiTestSupport {

    String answered;
    String open;

    @BeforeAll
    void twoRequests() {
        answered = intake("2023-10-02", "1. The cost of the new drones.\n2. The names of the pilots.");
        String base = "/requests/" + answered;
        api.post(CASEWORKER, base + "/assignment", "{\"on\": \"2023-10-03\", \"assignee\": \"cw.smith\", "
                + "\"team\": \"central\"}");
        answerDisclosingPart1AndWithholdingNamesInPart2(answered);
        open = intake("2023-10-16", "1. Helicopter flying hours.");
        api.post(CASEWORKER, "/requests/" + open + "/assignment", "{\"on\": \"2023-10-17\", "
                + "\"assignee\": \"cw.smith\", \"team\": \"central\"}");
    }

    @Test
    void theResponseLetterInHtmlTextAndPdf() {
        String path = "/requests/" + answered + "/letters/response";
        Api.Reply html = api.call(CASEWORKER, HttpRequest.GET(path).accept("text/html"));
        assertThat(html.status()).as(html.toString()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).contains("01.FOI.23.000001").contains("A. Requester").contains("Section 40(2)");

        Api.Reply text = api.call(CASEWORKER, HttpRequest.GET(path).accept("text/plain"));
        assertThat(text.header("Content-Type")).startsWith("text/plain");
        assertThat(text.body()).contains("01.FOI.23.000001").doesNotContain("<p>");

        Api.Reply pdf = api.call(CASEWORKER, HttpRequest.GET(path + "?format=pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");

        Api.Reply forAuditor = api.call(AUDITOR, HttpRequest.GET(path).accept("text/html"));
        assertThat(forAuditor.status()).isEqualTo(200);
        assertThat(forAuditor.body()).doesNotContain("A. Requester").doesNotContain("a.requester@example.org");

        Api.Reply notYet = api.get(CASEWORKER, "/requests/" + open + "/letters/response");
        assertThat(notYet.status()).isEqualTo(409);
    }

    @Test
    void referenceAnswers() {
        Api.Reply days = api.get(AUDITOR, "/reference/working-days?from=2023-03-10&days=20");
        assertThat(days.at("date")).isEqualTo("2023-04-12");
        assertThat(days.body()).contains("St Patrick").contains("Good Friday").contains("Easter Monday");

        Api.Reply preview = api.get(AUDITOR, "/reference/deadline-preview?receivedOn=2023-12-20");
        assertThat(preview.at("0.kind")).isEqualTo("RESPONSE");
        assertThat(preview.body()).contains("Christmas Day");

        Api.Reply s31 = api.get(AUDITOR, "/reference/exemptions?citation=FOIA%20s31(1)(a)");
        assertThat(s31.status()).isEqualTo(200);
        assertThat(s31.body()).contains("QUALIFIED");

        Api.Reply parsed = api.post(AUDITOR, "/reference/citations/parse",
                "{\"text\": \"Section 31(1)(a)&(b) and Section 40(2)(3A)(a)\"}");
        assertThat(parsed.body()).contains("FOIA s31(1)(a)").contains("FOIA s31(1)(b)").contains("FOIA s40(3A)(a)");
        Api.Reply scottish = api.post(AUDITOR, "/reference/citations/parse", """
                {"text": "Freedom of Information (Scotland) Act 2002\\nWe withhold it under section 30(b)(ii) and\
                 regulation 4(3) of the Freedom of Information and Data Protection (Appropriate Limit and Fees)\
                 Regulations 2004."}""");
        assertThat(scottish.at("readAs")).as("the letter's own Act, not the authority's FOIA").isEqualTo("FOISA");
        assertThat(scottish.at("citations.0.citation")).isEqualTo("FOISA s30(b)(ii)");
        assertThat(scottish.at("related.0.provision")).isEqualTo("FEES reg4(3)");

        Api.Reply check = api.post(AUDITOR, "/reference/s17-check", """
                {"date": "2023-11-20", "internalReviewStated": true, "regulatorRightStated": true,
                 "parts": [{"label": "1", "outcome": "WITHHELD", "citations": ["FOIA s31(1)(a)"]}]}""");
        assertThat(check.status()).as(check.toString()).isEqualTo(200);
        assertThat((List<?>) check.at("errors")).isNotEmpty();
    }

    @Test
    void statisticsAsJsonAndCsv() {
        Api.Reply json = api.get(MANAGER, "/statistics/2023-Q4");
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.at("received")).isEqualTo(2);
        assertThat(json.at("timeliness.inTime")).isEqualTo(1);
        assertThat(json.at("outcomes.PARTIALLY_WITHHELD")).isEqualTo(1);
        assertThat(json.at("byRegime.FOIA.received")).as("both requests are handled under FOIA").isEqualTo(2);
        assertThat(json.at("byRegime.EIR")).isNull();

        Api.Reply csv = api.call(MANAGER, HttpRequest.GET("/statistics/2023-Q4").accept("text/csv"));
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("authority,quarter,regime,measure,item,count")
                .contains("met-police,2023-Q4,ALL,received,,2").contains("met-police,2023-Q4,FOIA,received,,2");
        assertThat(api.get(MANAGER, "/statistics/2023-Q9").status()).isEqualTo(400);
    }

    @Test
    void healthMetricsAndTheApiDocumentArePublic() {
        Api.Reply health = api.get(null, "/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.at("status")).isEqualTo("UP");
        assertThat(health.body()).as("what the service runs on is not for anonymous callers")
                .doesNotContain("jdbc").doesNotContain("postgresql").doesNotContain("clusterId")
                .doesNotContain("localhost");
        Api.Reply detailed = api.get(ADMIN, "/health");
        assertThat(detailed.body()).contains("jdbc").contains("kafka");
        Api.Reply metrics = api.get(null, "/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds").contains("foi_outbox_unsent");
        Api.Reply spec = api.get(null, Contract.DOCUMENT);
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("/requests/{id}/parts/{label}/decision");
        assertThat(api.get(null, "/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(api.get(null, "/swagger-ui/swagger-initializer.js").body()).contains(Contract.DOCUMENT);
        assertThat(api.get(null, "/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
        Api.Reply traced = api.call(null, HttpRequest.GET("/health").header("X-Correlation-Id", "trace-42"));
        assertThat(traced.header("X-Correlation-Id")).isEqualTo("trace-42");
        assertThat(health.header("X-Correlation-Id")).isNotBlank();
    }
}
