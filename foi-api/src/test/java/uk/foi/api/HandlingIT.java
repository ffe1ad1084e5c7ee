package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.testsupport.TestAuthorities.MET_SETTINGS;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The profile a request is handled under is recorded when it arrives and changes only by a command on that request
 * (a re-route) or an explicit application of the authority's settings; a change to the settings applies to new
 * requests only. Every read path (the request, the list, the overdue filter, the calendar feed, the statistics, the
 * letters) shows the same dates after each kind of change, and no setting change gives a 500.
 *
 * <p>Dates (today is Mon 20 Nov 2023): received Mon 16 Oct 2023. FOIA s10(1): 20 working days, due Mon 13 Nov, so
 * overdue. SI 2004/3364 reg 4 (public records needing a decision on closed information): 30 working days, due Mon 27
 * Nov, not yet due. EIR reg 5(2): 20 working days, due Mon 13 Nov.
 *
 * <p>Each test starts from the seed settings and logs its own requests, so they run in any order.
 */
@MicronautTest(transactional = false)
class HandlingIT extends ApiTestSupport {

    static final String ARCHIVES = MET_SETTINGS.replace("\"regime\": \"FOIA\"",
            "\"regime\": \"FOIA\", \"authorityType\": \"ARCHIVES\"");
    static final String EIR_FIRST = MET_SETTINGS.replace("\"regime\": \"FOIA\"",
            "\"regime\": \"EIR\", \"regimes\": [\"EIR\", \"FOIA\"]");

    @BeforeEach
    void seedSettings() {
        assertThat(api.put(ADMIN, "/authorities/" + MET, MET_SETTINGS).status()).isEqualTo(200);
    }

    @Test
    void aChangeToTheSettingsAppliesToNewRequestsUntilAppliedToOpenOnesByAnEventEach() {
        String first = intake("2023-10-16", "1. The retention schedule for custody records.");
        Dates before = dates(first);
        assertThat(before.responseDue()).isEqualTo("2023-11-13");
        assertThat(before.overdue()).isTrue();

        assertThat(api.put(ADMIN, "/authorities/" + MET, ARCHIVES).status()).isEqualTo(200);

        assertThat(dates(first)).isEqualTo(before);
        String later = intake("2023-10-16", "1. The retention schedule for firearms licences.");
        assertThat(dates(later).responseDue()).as("a new request is received under the new settings")
                .isEqualTo("2023-11-27");
        assertThat(dates(later).overdue()).isFalse();

        Api.Reply applied = api.post(ADMIN, "/authorities/" + MET + "/apply-settings",
                "{\"reason\": \"Designated for public records (SI 2004/3364 reg 4) from 20 November\"}");

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(ids(applied.at("changed"))).contains(first).doesNotContain(later);
        Dates after = dates(first);
        assertThat(after.responseDue()).isEqualTo("2023-11-27");
        assertThat(after.overdue()).isFalse();
        assertThat(api.get(ADMIN, "/requests/" + first + "/timeline").body()).as("the audit trail says why")
                .contains("\"note\":\"Designated for public records (SI 2004/3364 reg 4) from 20 November\"");

        Api.Reply again = api.post(ADMIN, "/authorities/" + MET + "/apply-settings", "{\"reason\": \"again\"}");
        assertThat(ids(again.at("changed"))).doesNotContain(first, later);
    }

    @Test
    void changingTheMainRegimeNeverBreaksTheRequestsReceivedUnderTheOldOneAndOneIsReRoutedByHand() {
        String first = intake("2023-10-16", "1. Emissions tests of the vehicle fleet.");
        Dates before = dates(first);

        assertThat(api.put(ADMIN, "/authorities/" + MET, EIR_FIRST).status()).isEqualTo(200);

        assertThat(dates(first)).isEqualTo(before);
        assertThat(api.get(CASEWORKER, "/requests/" + first).at("regime")).isEqualTo("FOIA");
        assertThat(api.get(MANAGER, "/statistics/2023-Q4").status()).isEqualTo(200);
        assertThat(api.get(CASEWORKER, "/requests/" + first + "/timeline").status()).isEqualTo(200);

        Api.Reply toFoisa = api.post(CASEWORKER, "/requests/" + first + "/regime",
                "{\"regime\": \"FOISA\", \"reason\": \"wrong jurisdiction\"}");
        assertThat(toFoisa.status()).isEqualTo(400);
        assertThat(toFoisa.body()).contains("\"field\":\"regime\"");

        Api.Reply toEir = api.post(CASEWORKER, "/requests/" + first + "/regime",
                "{\"regime\": \"EIR\", \"reason\": \"Emissions are environmental information (FOIA s39)\"}");

        assertThat(toEir.status()).as(toEir.toString()).isEqualTo(200);
        assertThat(toEir.at("regime")).isEqualTo("EIR");
        assertThat(toEir.at("receivedOn")).isEqualTo("2023-10-16");
        assertThat(dates(first)).as("EIR reg 5(2): 20 working days, as FOIA s10(1)").isEqualTo(before);

        Api.Reply same = api.post(CASEWORKER, "/requests/" + first + "/regime",
                "{\"regime\": \"EIR\", \"reason\": \"again\"}");
        assertThat(same.status()).isEqualTo(422);
    }

    @Test
    void intakeChoosesTheRegimeAmongThoseTheAuthorityIsSubjectTo() {
        assertThat(api.put(ADMIN, "/authorities/" + MET, EIR_FIRST).status()).isEqualTo(200);
        Api.Reply oralEir = api.post(CASEWORKER, "/requests", """
                {"receivedOn": "2023-11-20", "channel": "TELEPHONE", "text": "Noise readings near the depot",
                 "regime": "FOIA", "requester": {"name": "A. Caller", "email": "a.caller@example.org"}}""");
        assertThat(oralEir.status()).as("FOIA s8(1)(a): in writing").isEqualTo(400);
        assertThat(oralEir.body()).contains("\"field\":\"channel\"");

        Api.Reply eir = api.post(CASEWORKER, "/requests", """
                {"receivedOn": "2023-11-20", "channel": "TELEPHONE", "text": "Noise readings near the depot",
                 "requester": {"name": "A. Caller", "email": "a.caller@example.org"}}""");
        assertThat(eir.status()).as(eir.toString()).isEqualTo(201);
        assertThat(eir.at("regime")).as("the main regime is now the EIR").isEqualTo("EIR");

        Api.Reply scottish = api.post(CASEWORKER, "/requests", """
                {"receivedOn": "2023-11-20", "channel": "EMAIL", "text": "Noise readings", "regime": "EISR",
                 "requester": {"name": "A. Writer", "email": "a.writer@example.org"}}""");
        assertThat(scottish.status()).isEqualTo(400);
        assertThat(scottish.body()).contains("\"field\":\"regime\"");
    }

    /**
     * The response date and whether it is overdue, as each read path shows it; they must agree.
     *
     * @param responseDue the date
     * @param overdue     whether the overdue filter lists the request
     */
    record Dates(String responseDue, boolean overdue) {
    }

    private Dates dates(String id) {
        Api.Reply one = api.get(CASEWORKER, "/requests/" + id);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        String due = ((List<?>) one.at("deadlines")).stream().map(d -> (Map<?, ?>) d)
                .filter(d -> "RESPONSE".equals(d.get("kind"))).map(d -> (String) d.get("due")).findFirst()
                .orElseThrow();
        Map<?, ?> listed = ((List<?>) api.get(CASEWORKER, "/requests?limit=100").at("items")).stream()
                .map(i -> (Map<?, ?>) i).filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
        assertThat(listed.get("responseDue")).as("the list").isEqualTo(due);
        boolean overdue = ((List<?>) api.get(CASEWORKER, "/requests?overdue=true&limit=100").at("items")).stream()
                .anyMatch(i -> id.equals(((Map<?, ?>) i).get("id")));
        assertThat(listed.get("overdue")).as("the list's overdue flag").isEqualTo(overdue);
        assertThat(overdue).as("the overdue filter").isEqualTo(due.compareTo("2023-11-20") < 0);
        String feed = api.get(CASEWORKER, "/calendar/deadlines.ics").body().replace("\r\n ", "").replace("\n ", "");
        String event = java.util.Arrays.stream(feed.split("BEGIN:VEVENT"))
                .filter(e -> e.contains("UID:" + id + "-RESPONSE@")).findFirst().orElseThrow();
        assertThat(event).as("the calendar feed's event for this request")
                .contains("DTSTART;VALUE=DATE:" + due.replace("-", ""));
        String letter = api.call(CASEWORKER, io.micronaut.http.HttpRequest.GET("/requests/" + id
                + "/letters/acknowledgement").accept("text/plain")).body();
        assertThat(letter).as("the acknowledgement letter").contains(spoken(due));
        return new Dates(due, overdue);
    }

    private static List<Object> ids(Object items) {
        return ((List<?>) items).stream().map(m -> (Object) ((Map<?, ?>) m).get("id")).toList();
    }

    private static String spoken(String isoDate) {
        return java.time.LocalDate.parse(isoDate).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK));
    }
}
