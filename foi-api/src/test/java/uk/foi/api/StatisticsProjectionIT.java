package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.foi.api.application.QuarterStatistics;
import uk.foi.api.store.Authorities;
import uk.foi.api.store.RequestStatistics;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.ReviewResult;
import uk.foi.core.statistics.Quarter;
import uk.foi.deadlines.Regime;

/**
 * The quarterly statistics are added up from what each request contributes, kept with every command (issue 20):
 * those figures are the figures of replaying the requests' events, and a rebuild (the statistics from the event log,
 * the caseload's counts from the request rows) gives back every row the commands wrote.
 */
@MicronautTest(transactional = false)
class StatisticsProjectionIT extends ApiTestSupport {

    @Inject
    QuarterStatistics statistics;

    @Inject
    RequestStatistics projection;

    @Inject
    Authorities authorities;

    @Inject
    FoiOffice office;


    @Test
    void theFiguresKeptOnWriteAreThoseOfTheEventsAndARebuildChangesNoRow() {
        // The service's day is 20 November 2023 here. Q4 2023: answered in time (FOIA s10(1)); within a s10(3) extension; late; withdrawn; re-routed to the EIR
        // (FOIA s39) and open; open and overdue; awaiting a clarification (its date moves with the day, FOIA s1(3),
        // so it is judged from its events); one with a part answered under the EIR (FOIA s39, counted under each law);
        // and a request of Q2 whose internal review was completed in Q4.
        String inTime = intake("2023-10-02", "1. The cost of the new drones.\n2. The names of the pilots.");
        answerDisclosingPart1AndWithholdingNamesInPart2(inTime);
        String extended = intake("2023-10-02", "1. Patrol logs.");
        ok(api.post(CASEWORKER, "/requests/" + extended + "/extension", """
                {"on": "2023-10-20", "furtherWorkingDays": 20, "considering": ["FOIA s31(1)(a)"]}"""));
        withhold(extended, "2023-11-17");
        String late = intake("2023-10-03", "1. Overtime.");
        disclose(late, "2023-11-15");
        String withdrawn = intake("2023-11-01", "1. Never mind.");
        ok(api.post(CASEWORKER, "/requests/" + withdrawn + "/withdrawal",
                "{\"on\": \"2023-11-02\", \"reason\": \"Found it online.\"}"));
        String rerouted = intake("2023-11-01", "1. Air quality by the depot.");
        ok(api.post(CASEWORKER, "/requests/" + rerouted + "/regime",
                "{\"regime\": \"EIR\", \"reason\": \"Emissions are environmental information (FOIA s39)\"}"));
        intake("2023-10-09", "1. Still open.");
        String unclear = intake("2023-11-06", "1. Everything about the depot.");
        ok(api.post(CASEWORKER, "/requests/" + unclear + "/clarification-request",
                "{\"on\": \"2023-11-07\", \"question\": \"Which records, and of which years?\"}"));
        String mixed = intake("2023-11-13", "1. Crime figures by the depot.\n2. Air quality by the depot.");
        ok(api.post(CASEWORKER, "/requests/" + mixed + "/part-regime", """
                {"on": "2023-11-14", "labels": ["2"], "regime": "EIR",
                 "reason": "Emissions are environmental information (EIR reg 2(1)(b))"}"""));
        String reviewed = intake("2023-06-01", "1. Patrol logs of 2022.");
        withhold(reviewed, "2023-06-15");
        ok(api.post(CASEWORKER, "/requests/" + reviewed + "/review-request",
                "{\"on\": \"2023-06-20\", \"grounds\": \"The logs are old.\"}"));
        ok(api.post(MANAGER, "/requests/" + reviewed + "/review-result",
                "{\"on\": \"2023-10-10\", \"result\": \"UPHELD\", \"summary\": \"The exemption applies.\"}"));
        eventually(() -> tx.executeRead(s -> projection.isBuilt()), built -> built);
        Authority met = authorities.find(AuthorityId.of(MET)).orElseThrow();
        Quarter q4 = Quarter.parse("2023-Q4");
        LocalDate today = office.today();

        QuarterStatistics.Figures kept = statistics.of(met, q4, today);

        assertThat(kept).isEqualTo(statistics.fromReplay(met, q4, today));
        assertThat(kept.all().received()).isEqualTo(8);
        assertThat(kept.all().timeliness().inTime()).isEqualTo(1);
        assertThat(kept.all().timeliness().withinExtension()).isEqualTo(1);
        assertThat(kept.all().timeliness().late()).isEqualTo(1);
        assertThat(kept.all().timeliness().openOverdue()).as("due 6 November").isEqualTo(1);
        assertThat(kept.all().timeliness().openNotYetDue()).as("the EIR's, due 29 November; the unclear one; the"
                + " mixed one").isEqualTo(3);
        assertThat(kept.all().withdrawn()).isEqualTo(1);
        assertThat(kept.all().exemptionsUsed()).containsEntry("FOIA s31(1)(a)", 1);
        assertThat(kept.all().reviewsCompleted()).containsEntry(ReviewResult.UPHELD, 1);
        assertThat(kept.byRegime()).containsOnlyKeys(Regime.FOIA, Regime.EIR);
        assertThat(kept.byRegime().get(Regime.EIR).received()).isEqualTo(2);
        assertThat(kept.byRegime().get(Regime.FOIA).received()).as("all but the re-routed one").isEqualTo(7);
        Api.Reply before = api.get(MANAGER, "/statistics/2023-Q4");
        List<String> rows = rows("SELECT t::text FROM request_statistic t WHERE received_on >= DATE '2023-01-01'"
                + " ORDER BY request_id, regime");
        assertThat(rows).as("one row each, but three for the request answered under two laws").hasSize(8 + 3);
        List<String> counts = rows("SELECT t::text FROM request_count t WHERE requests <> 0"
                + " ORDER BY authority_id, status, next_due");
        Api.Reply caseload = api.get(MANAGER, "/requests/counts");

        tx.executeWrite(s -> s.getConnection().createStatement()
                .executeUpdate("DELETE FROM request_statistic WHERE authority_id = '" + MET + "';"
                        + " UPDATE request_count SET requests = 0 WHERE authority_id = '" + MET + "'"));
        assertThat(api.post(CASEWORKER, "/projections/rebuild", "{}").status()).isEqualTo(403);
        Api.Reply rebuilt = api.post(ADMIN, "/projections/rebuild", "{}");

        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.at("requests")).as("every request of the authority, this class's other tests' included")
                .isEqualTo(Integer.parseInt(rows("SELECT count(*)::text FROM request WHERE authority_id = '" + MET
                        + "'").get(0)));
        assertThat(rows("SELECT t::text FROM request_statistic t WHERE received_on >= DATE '2023-01-01'"
                + " ORDER BY request_id, regime")).isEqualTo(rows);
        assertThat(rows("SELECT t::text FROM request_count t WHERE requests <> 0"
                + " ORDER BY authority_id, status, next_due"))
                .isEqualTo(counts);
        assertThat(api.get(MANAGER, "/requests/counts").body()).isEqualTo(caseload.body());
        assertThat(api.get(MANAGER, "/statistics/2023-Q4").body()).isEqualTo(before.body());
    }

    /**
     * A command that changes none of a request's facts (an assignment) leaves its statistics row as it was: no new
     * row version (PostgreSQL's xmin, the transaction that wrote it, stays). One that changes them (the response)
     * writes it.
     */
    @Test
    void aCommandThatChangesNoFactLeavesTheRowAsItWas() {
        String id = intake("2022-07-04", "1. Bus lanes."); // 2022: the other test counts 2023
        String row = "SELECT xmin::text || ' ' || standing FROM request_statistic WHERE request_id = '" + id + "'";
        List<String> received = rows(row);

        ok(api.post(CASEWORKER, "/requests/" + id + "/assignment", "{\"assignee\": \"cw.smith\", "
                + "\"team\": \"statistics\"}"));
        List<String> assigned = rows(row);
        disclose(id, "2022-07-06");
        List<String> answered = rows(row);

        assertThat(received).hasSize(1);
        assertThat(assigned).isEqualTo(received);
        assertThat(answered).hasSize(1).doesNotContain(received.get(0));
        assertThat(answered.get(0)).endsWith(" ANSWERED");
    }

    private void disclose(String id, String on) {
        ok(api.post(CASEWORKER, "/requests/" + id + "/parts/1/decision",
                "{\"on\": \"" + on + "\", \"decisions\": [{\"outcome\": \"DISCLOSED\", \"answer\": \"Attached.\"}]}"));
        ok(api.post(CASEWORKER, "/requests/" + id + "/response", "{\"on\": \"" + on + "\"}"));
    }

    private void withhold(String id, String on) {
        ok(api.post(CASEWORKER, "/requests/" + id + "/parts/1/decision", """
                {"on": "%s", "decisions": [{"outcome": "WITHHELD", "grounds": [
                  {"citation": "FOIA s31(1)(a)", "reasons": "The logs show patrol patterns.",
                   "harm": "WOULD_BE_LIKELY_TO", "publicInterest": {"forDisclosure": ["Accountability"],
                   "forMaintaining": ["Crime prevention"], "conclusion": "Favours withholding."}}]}]}"""
                .formatted(on)));
        ok(api.post(CASEWORKER, "/requests/" + id + "/response", "{\"on\": \"" + on + "\"}"));
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
}
