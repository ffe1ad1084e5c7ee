package uk.foi.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.core.fixtures.CoreFixtures.metPolice;
import static uk.foi.core.fixtures.CoreFixtures.office;
import static uk.foi.core.fixtures.CoreFixtures.receive;
import static uk.foi.core.fixtures.CoreFixtures.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * What a caseload sorts on, decided by the domain (issue 20): a request received on Tue 2 May 2023 by the Met (FOIA),
 * whose response is due on Thu 1 June 2023 (s10(1): the 20th working day following receipt; 8 May and 29 May were
 * bank holidays in England and Wales), seen on Wed 10 May 2023 at each stage of its life.
 */
class CaseloadDatesTest {

    static final LocalDate RECEIVED = LocalDate.of(2023, 5, 2);
    static final LocalDate DUE = LocalDate.of(2023, 6, 1);
    final FoiOffice office = office(MutableClock.on(LocalDate.of(2023, 5, 10)));

    /**
     * Overdue from the day after the next date, never on it: a response is due "not later than" the twentieth working
     * day (FOIA s10(1); EIR reg 5(2); FOISA s10(1)). Judged on the request's dates the domain decided.
     */
    @ParameterizedTest(name = "next due {0}, judged on {1}: overdue {2} ({3})")
    @CsvSource(textBlock = """
            2023-06-01, 2023-05-31, false, FOIA s10(1): the day before the 20th working day
            2023-06-01, 2023-06-01, false, FOIA s10(1): on the 20th working day itself
            2023-06-01, 2023-06-02, true,  FOIA s10(1): the day after it
            2023-06-01, 2024-06-01, true,  FOIA s10(1): a year after it
            ,           2023-06-02, false, FOIA s1(3)/s10(2): nothing running for the authority (a stopped clock)
            """)
    void overdueFromTheDayAfterTheNextDate(LocalDate nextDue, LocalDate today, boolean overdue, String source) {
        assertThat(CaseloadDates.overdueOn(java.util.Optional.ofNullable(nextDue), today)).as(source)
                .isEqualTo(overdue);
    }

    @Test
    void aRequestIsOverdueOnlyOnceItsResponseDateHasPassed() {
        CaseloadDates dates = office.caseloadDates(received());
        assertThat(dates.overdueOn(DUE)).isFalse();
        assertThat(dates.overdueOn(DUE.plusDays(1))).isTrue();
        CaseloadDates answered = office.caseloadDates(responded());
        assertThat(answered.overdueOn(DUE.plusYears(1))).as("answered: nothing left to be late with").isFalse();
    }

    @Test
    void aNewRequestIsNextDueOnItsResponseDate() {
        CaseloadDates dates = office.caseloadDates(received());
        assertThat(dates.responseDue()).contains(DUE);
        assertThat(dates.nextDue()).contains(DUE);
        assertThat(dates.open()).extracting(d -> d.deadline().kind()).containsExactly(DeadlineKind.RESPONSE);
    }

    @Test
    void aClockStoppedForAClarificationHasAResponseDateButNothingNextDue() {
        // FOIA s1(3), s10(6): the clock waits for the requester, so the authority has no date to meet until it restarts
        CaseloadDates dates = office.caseloadDates(run(office, received(), List.of(
                new Command.SeekClarification(LocalDate.of(2023, 5, 4), "Which years?"))));
        assertThat(dates.open()).filteredOn(d -> d.deadline().kind() == DeadlineKind.RESPONSE)
                .extracting(DeadlineStatus::state).containsExactly(DeadlineStatus.State.PAUSED);
        assertThat(dates.open()).filteredOn(d -> d.deadline().kind() != DeadlineKind.RESPONSE)
                .as("the requester's time to answer, which lapses the request (s1(3))")
                .allSatisfy(d -> assertThat(d.deadline().kind().party()).isEqualTo(DeadlineKind.Party.REQUESTER));
        assertThat(dates.responseDue()).isPresent();
        assertThat(dates.nextDue()).isEmpty();
    }

    @Test
    void afterTheResponseOnlyTheRequestersWindowIsOpenAndNothingIsNextDue() {
        CaseloadDates dates = office.caseloadDates(responded());
        assertThat(dates.responseDue()).as("met: no longer open").isEmpty();
        assertThat(dates.nextDue()).as("a review request is the requester's to make").isEmpty();
        assertThat(dates.open()).isNotEmpty().allSatisfy(d -> assertThat(d.deadline().kind().party())
                .isEqualTo(DeadlineKind.Party.REQUESTER));
    }

    @Test
    void aReviewRequestedIsNextDueOnTheReviewsDate() {
        FoiRequest reviewing = run(office, responded(), List.of(new Command.RequestReview(LocalDate.of(2023, 5, 9),
                "Part 1 should be released")));
        CaseloadDates dates = office.caseloadDates(reviewing);
        DeadlineStatus review = dates.open().stream().filter(d -> d.deadline().kind().party()
                == DeadlineKind.Party.AUTHORITY).findFirst().orElseThrow();
        assertThat(review.deadline().kind()).isEqualTo(DeadlineKind.REVIEW);
        assertThat(dates.nextDue()).contains(review.deadline().due());
    }

    @Test
    void aWithdrawnRequestHasNothingOpen() {
        CaseloadDates dates = office.caseloadDates(run(office, received(), List.of(
                new Command.Withdraw(LocalDate.of(2023, 5, 5), "The requester no longer needs it"))));
        assertThat(dates.open()).isEmpty();
        assertThat(dates.responseDue()).isEmpty();
        assertThat(dates.nextDue()).isEmpty();
    }

    @Test
    void aCommandsDeadlinesAreComputedOnceAndEverythingReadsThem() {
        // Issue 20: the event's state, the caseload's dates and the answer to the caller read one computation
        FoiOffice.Handled handled = office.handle(received(), new Command.Acknowledge(LocalDate.of(2023, 5, 3)));
        assertThat(handled.deadlines()).isEqualTo(office.deadlines(handled.request()));
        assertThat(handled.recorded().state().deadlines()).isEqualTo(handled.deadlines().stream()
                .map(DeadlineInForce::of).toList());
        assertThat(handled.caseloadDates()).isEqualTo(office.caseloadDates(handled.request()));
        assertThat(handled.caseloadDates().nextDue()).contains(DUE);
    }

    private FoiRequest received() {
        return receive(office, metPolice(), RECEIVED, "1. The custody review policy.");
    }

    private FoiRequest responded() {
        return run(office, received(), List.of(new Command.DecidePart(LocalDate.of(2023, 5, 4), "1",
                List.of(PartDecision.of("1", Outcome.DISCLOSED).answer("Attached.").build())),
                new Command.IssueResponse(LocalDate.of(2023, 5, 5))));
    }
}
