package uk.foi.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.foi.core.fixtures.CoreFixtures.metPolice;
import static uk.foi.core.fixtures.CoreFixtures.office;
import static uk.foi.core.fixtures.CoreFixtures.receive;
import static uk.foi.core.fixtures.CoreFixtures.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * When a finished case file may be destroyed (UK GDPR Art 5(1)(e); the FOIA s46 Code of Practice on records
 * management, which asks for a retention schedule): counted from the last action on the case, longer where the
 * Commissioner or a tribunal was involved, never while the case is open. A request received Tue 2 May 2023.
 */
class RetentionScheduleTest {

    final FoiOffice office = office(MutableClock.on(LocalDate.of(2026, 1, 5)));
    final RetentionSchedule schedule = RetentionSchedule.DEFAULT;

    private FoiRequest received() {
        return receive(office, metPolice(), LocalDate.of(2023, 5, 2), "1. The custody review policy.");
    }

    private FoiRequest responded() {
        return run(office, received(), List.of(new Command.DecidePart(LocalDate.of(2023, 5, 4), "1",
                List.of(PartDecision.of("1", Outcome.DISCLOSED).answer("Attached.").build())),
                new Command.IssueResponse(LocalDate.of(2023, 5, 5))));
    }

    @Test
    void anOpenCaseIsNeverDue() {
        assertThat(schedule.dueFor(received())).isEmpty();
        FoiRequest reviewing = run(office, responded(), List.of(new Command.RequestReview(LocalDate.of(2023, 5, 9),
                "Part 1 should say more")));
        assertThat(schedule.dueFor(reviewing)).as("a review under way").isEmpty();
        FoiRequest complained = run(office, responded(), List.of(new Command.LodgeIcoComplaint(
                LocalDate.of(2023, 7, 3), "IC-123456-A1B2")));
        assertThat(schedule.dueFor(complained)).as("before the Commissioner").isEmpty();
    }

    @Test
    void aResponseIsDueThreeYearsAfterItWasSent() {
        RetentionSchedule.Due due = schedule.dueFor(responded()).orElseThrow();
        assertThat(due.lastAction()).isEqualTo(LocalDate.of(2023, 5, 5));
        assertThat(due.on()).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(due.regulator()).isFalse();
        assertThat(due.rule()).isEqualTo("3 years after the last action (2023-05-05)");
    }

    @Test
    void aWithdrawnRequestCountsFromItsWithdrawal() {
        FoiRequest withdrawn = run(office, received(), List.of(new Command.Withdraw(LocalDate.of(2023, 5, 10),
                "No longer needed")));
        assertThat(schedule.dueFor(withdrawn).orElseThrow().on()).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void aCaseTheCommissionerSawIsKeptSixYearsFromItsClosure() {
        FoiRequest closed = run(office, responded(), List.of(
                new Command.LodgeIcoComplaint(LocalDate.of(2023, 7, 3), "IC-123456-A1B2"),
                new Command.RecordDecisionNotice(LocalDate.of(2024, 1, 15), "IC-123456-A1B2",
                        uk.foi.core.request.DecisionNoticeResult.COMPLAINT_NOT_UPHELD),
                new Command.Close(LocalDate.of(2024, 2, 1), "The Commissioner upheld the response")));
        RetentionSchedule.Due due = schedule.dueFor(closed).orElseThrow();
        assertThat(due.regulator()).isTrue();
        assertThat(due.on()).isEqualTo(LocalDate.of(2030, 2, 1));
        assertThat(due.rule()).contains("6 years", "the Commissioner or a tribunal");
    }

    @ParameterizedTest
    @CsvSource({"0, 6, yearsAfterLastAction", "101, 101, yearsAfterLastAction", "3, 2, yearsAfterRegulator",
        "3, 101, yearsAfterRegulator"})
    void periodsOutOfRangeAreRefused(int years, int regulator, String field) {
        assertThatThrownBy(() -> new RetentionSchedule(years, regulator))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field);
    }
}
