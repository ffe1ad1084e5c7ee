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

    /**
     * Overdue is foi-core's judgement (CaseloadDates.overdueOn), and the list's filter and the counts, which compare
     * in SQL, agree with it at the boundary: due on the day is in time, due the day before is overdue (FOIA s10(1),
     * "not later than the twentieth working day"). Today is Monday 20 November 2023. Received Monday 23 October: due
     * Monday 20 November. Received Friday 20 October: due Friday 17 November, a working day ago.
     */
    @Test
    void overdueIsTheDomainsJudgementAndTheFilterAndTheCountsAgreeWithIt() {
        String dueToday = intake("2023-10-23", "1. Ferries.");
        String dueFriday = intake("2023-10-20", "1. Trams.");
        for (String id : List.of(dueToday, dueFriday)) {
            api.post(CASEWORKER, "/requests/" + id + "/assignment", "{\"assignee\": \"cw.khan\", "
                    + "\"team\": \"caseload-overdue\"}");
        }

        Api.Reply all = api.get(AUDITOR, "/requests?team=caseload-overdue&sort=due");

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(List.of(all.at("items.0.id"), all.at("items.0.nextDue"), all.at("items.0.overdue"),
                all.at("items.0.workingDaysLeft"))).containsExactly(dueFriday, "2023-11-17", true, -1);
        assertThat(List.of(all.at("items.1.id"), all.at("items.1.nextDue"), all.at("items.1.overdue"),
                all.at("items.1.workingDaysLeft"))).containsExactly(dueToday, "2023-11-20", false, 0);
        Api.Reply late = api.get(AUDITOR, "/requests?team=caseload-overdue&overdue=true");
        Api.Reply inTime = api.get(AUDITOR, "/requests?team=caseload-overdue&overdue=false");
        assertThat(List.of(late.at("items.0.id"), inTime.at("items.0.id"))).containsExactly(dueFriday, dueToday);
        assertThat(List.of((List<?>) late.at("items"), (List<?>) inTime.at("items"))).allSatisfy(items ->
                assertThat(items).hasSize(1));
        assertThat(api.get(AUDITOR, "/requests/counts?team=caseload-overdue").at("overdue")).isEqualTo(1);
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
