package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list as a caseload reads it: what falls due first, and how many working days are left. */
@MicronautTest(transactional = false)
class CaseloadIT extends ApiTestSupport {


    /**
     * A caseload: the soonest statutory date first, with the working days left counted on the FOIA calendar (s10(6)).
     * Today is Monday 20 November 2023. Received Monday 2 October: due Monday 30 October, 15 working days ago.
     * Received Monday 6 November: due Tuesday 5 December (St Andrew's Day, Thursday 30 November, a bank holiday in
     * Scotland, is not a working day under FOIA), 10 working days on. Received today: due Tuesday 19 December, 20 on.
     */
    @Test
    void aCaseloadIsSortedByTheNextStatutoryDateWithTheWorkingDaysLeft() {
        List<String> ids = List.of(intake("2023-11-20", "1. Horses."), intake("2023-10-02", "1. Boats."),
                intake("2023-11-06", "1. Dogs."));
        for (String id : ids) {
            api.post(CASEWORKER, "/requests/" + id + "/assignment", "{\"assignee\": \"cw.smith\", "
                    + "\"team\": \"caseload-order\"}");
        }

        Api.Reply first = api.get(AUDITOR, "/requests?team=caseload-order&sort=due&limit=2");
        Api.Reply second = api.get(AUDITOR, "/requests?team=caseload-order&sort=due&limit=2&cursor="
                + first.at("next"));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(List.of(first.at("items.0.id"), first.at("items.1.id"), second.at("items.0.id")))
                .containsExactly(ids.get(1), ids.get(2), ids.get(0));
        assertThat(List.of(first.at("items.0.nextDue"), first.at("items.1.nextDue"), second.at("items.0.nextDue")))
                .containsExactly("2023-10-30", "2023-12-05", "2023-12-19");
        assertThat(List.of(first.at("items.0.workingDaysLeft"), first.at("items.1.workingDaysLeft"),
                second.at("items.0.workingDaysLeft"))).containsExactly(-15, 10, 20);
        assertThat(second.at("next")).isNull();
    }

    /** A caseload's counts: per status, and overdue (a deadline the authority had to meet already passed). */
    @Test
    void aCaseloadCountsItsRequestsByStatusAndOverdue() {
        String old = intake("2023-10-02", "1. Cats.");
        String fresh = intake("2023-11-20", "1. Cows.");
        String answered = intake("2023-11-01", "1. Owls.");
        for (String id : List.of(old, fresh, answered)) {
            api.post(CASEWORKER, "/requests/" + id + "/assignment", "{\"assignee\": \"cw.jones\", "
                    + "\"team\": \"caseload-counts\"}");
        }
        api.post(CASEWORKER, "/requests/" + fresh + "/acknowledgement", "{}");
        api.post(CASEWORKER, "/requests/" + answered + "/parts/1/decision", """
                {"decisions": [{"outcome": "NOT_HELD"}]}""");
        assertThat(api.post(CASEWORKER, "/requests/" + answered + "/response", "{}").status()).isEqualTo(200);

        Api.Reply counts = api.get(AUDITOR, "/requests/counts?team=caseload-counts");

        assertThat(counts.status()).as(counts.toString()).isEqualTo(200);
        assertThat(counts.at("byStatus")).isEqualTo(java.util.Map.of("RECEIVED", 1, "IN_PROGRESS", 1,
                "RESPONDED", 1));
        assertThat(counts.at("overdue")).isEqualTo(1);
        assertThat(counts.at("total")).isEqualTo(3);
        assertThat(api.get(AUDITOR, "/requests/counts?team=caseload-counts&q=cats").at("total")).isEqualTo(1);
        assertThat(api.get(AUDITOR, "/requests/counts?team=nobody").at("byStatus")).isEqualTo(java.util.Map.of());
        assertThat(api.get(AUDITOR, "/requests/counts?receivedFrom=2023-11-02&receivedTo=2023-11-01").status())
                .isEqualTo(400);
    }

    /**
     * The whole caseload's counts are kept on write (request_count, V15, by a trigger on the request rows): they are
     * the counts of the request rows themselves, and the table holds what rebuilding it from them gives.
     */
    @Test
    void theCaseloadCountsKeptOnWriteAreThoseOfTheRequestRows() {
        intake("2023-11-13", "1. Bicycles.");
        String acknowledged = intake("2023-10-09", "1. Kennels.");
        api.post(CASEWORKER, "/requests/" + acknowledged + "/acknowledgement", "{\"on\": \"2023-10-10\"}");
        String answered = intake("2023-10-02", "1. The cost of the new drones.\n2. The names of the pilots.");
        answerDisclosingPart1AndWithholdingNamesInPart2(answered);
        String withdrawn = intake("2023-11-01", "1. Never mind.");
        api.post(CASEWORKER, "/requests/" + withdrawn + "/withdrawal",
                "{\"on\": \"2023-11-02\", \"reason\": \"Found it online.\"}");

        Api.Reply kept = api.get(AUDITOR, "/requests/counts");
        Api.Reply counted = api.get(AUDITOR, "/requests/counts?receivedFrom=1900-01-01");

        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.at("byStatus")).isEqualTo(counted.at("byStatus"));
        assertThat(kept.body()).contains("\"RECEIVED\"", "\"RESPONDED\"", "\"WITHDRAWN\"");
        assertThat(kept.at("overdue")).isEqualTo(counted.at("overdue"));
        assertThat(kept.at("total")).isEqualTo(counted.at("total"));
        assertThat(rows("SELECT concat_ws('|', authority_id, status, next_due, requests) FROM request_count"
                + " WHERE requests <> 0 ORDER BY authority_id, status, next_due"))
                .isEqualTo(rows("SELECT concat_ws('|', authority_id, status, coalesce(next_due, DATE '9999-12-31'),"
                        + " count(*)) FROM request GROUP BY authority_id, status, coalesce(next_due, DATE '9999-12-31')"
                        + " ORDER BY authority_id, status, coalesce(next_due, DATE '9999-12-31')"));
    }
}
