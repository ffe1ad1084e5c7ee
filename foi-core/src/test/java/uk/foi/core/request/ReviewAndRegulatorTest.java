package uk.foi.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.core.fixtures.CoreFixtures.metPolice;
import static uk.foi.core.fixtures.CoreFixtures.office;
import static uk.foi.core.fixtures.CoreFixtures.receive;
import static uk.foi.core.fixtures.CoreFixtures.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * The internal review re-decides parts (s45 Code of Practice part 5; EIR reg 11(4)-(5); FOISA s21(4)); the
 * Commissioner's decision notice opens the appeal and, when it requires them, the steps (FOIA s50(4), s50(6), s57).
 */
class ReviewAndRegulatorTest {

    static final LocalDate TODAY = LocalDate.of(2023, 12, 1);
    final MutableClock clock = MutableClock.on(TODAY);
    final FoiOffice office = office(clock);

    static LocalDate day(int month, int day) {
        return LocalDate.of(2023, month, day);
    }

    /** Two parts: one disclosed, one withheld under s31(1)(a) with its reasons, harm and public interest test. */
    FoiRequest reviewRequested() {
        FoiRequest r = receive(office, metPolice(), day(5, 2), "1. The policy.\n2. The deployment logs.");
        return run(office, r, List.of(new Command.Acknowledge(day(5, 3)),
                new Command.DecidePart(day(5, 4), "1", List.of(PartDecision.of("1", Outcome.DISCLOSED)
                        .answer("Attached.").build())),
                new Command.DecidePart(day(5, 4), "2", List.of(PartDecision.of("2", Outcome.WITHHELD)
                        .citing("FOIA s31(1)(a)").sharedReasons("Would show where cameras are deployed.")
                        .sharedHarm(uk.foi.exemptions.refusal.HarmLikelihood.WOULD_BE_LIKELY_TO)
                        .sharedPublicInterest(new uk.foi.exemptions.refusal.PublicInterestRecord(
                                List.of("Transparency"), List.of("Crime prevention"), "Favours withholding."))
                        .build())),
                new Command.IssueResponse(day(5, 5)),
                new Command.RequestReview(day(5, 10), "Part 2 should be released")));
    }

    @Test
    void aReviewReplacesTheDecisionsOfThePartsItChangesAndKeepsTheOriginal() {
        PartDecision released = PartDecision.of("2", Outcome.DISCLOSED).answer("The logs, attached.").build();

        FoiRequest reviewed = run(office, reviewRequested(), List.of(new Command.CompleteReview(day(5, 20),
                ReviewResult.OVERTURNED, "The logs are historical; no prejudice now.", List.of(released))));

        assertThat(reviewed.review()).contains(ReviewResult.OVERTURNED);
        assertThat(reviewed.reviewedParts()).containsExactly("2");
        assertThat(reviewed.decisions().get("2")).extracting(PartDecision::outcome).containsExactly(Outcome.WITHHELD);
        assertThat(reviewed.asReviewed().decisions().get("2")).containsExactly(released);
        assertThat(reviewed.asReviewed().decisions().get("1")).isEqualTo(reviewed.decisions().get("1"));
    }

    /**
     * FOISA s20(5)(a): a response sent within the time for compliance does not shorten the requester's 40 working
     * days, which run from the expiry of that time. Received Tue 2 May 2023 by a Scottish authority: compliance due
     * Thu 1 June (1, 8 and 29 May are Scottish bank holidays); answered early on Thu 4 May. Forty working days from
     * the answer end Mon 3 July, from the expiry Thu 27 July: a requirement for review on Mon 10 July is in time.
     */
    @Test
    void aFoisaReviewCountsFromTheEndOfTheTimeForComplianceWhenTheResponseCameEarly() {
        FoiRequest r = receive(office, uk.foi.core.fixtures.CoreFixtures.authority(uk.foi.deadlines.Regime.FOISA),
                day(5, 2), "1. The minutes");
        r = run(office, r, List.of(new Command.DecidePart(day(5, 4), "1", List.of(PartDecision.of("1",
                Outcome.DISCLOSED).answer("Attached.").build())), new Command.IssueResponse(day(5, 4))));

        FoiOffice.Handled h = office.handle(r, new Command.RequestReview(day(7, 10), "More, please"));

        assertThat(((RequestEvent.ReviewRequested) h.event()).withinWindow()).isTrue();
        assertThat(((RequestEvent.ReviewRequested) office.handle(r, new Command.RequestReview(day(7, 28),
                "Too late")).event()).withinWindow()).as("the day after Thu 27 July").isFalse();
    }

    @Test
    void aReviewThatUpholdsChangesNoPart() {
        FoiOffice.Handled h = office.handle(reviewRequested(), new Command.CompleteReview(day(5, 20),
                ReviewResult.UPHELD, "Right first time", List.of(PartDecision.of("2", Outcome.DISCLOSED).build())));

        assertThat(h.refused()).isTrue();
        assertThat(((RequestEvent.CommandRefused) h.event()).reason()).contains("changes no part");
    }

    @Test
    void theResponseAsTheReviewLeavesItMustBeAValidRefusalNotice() {
        // Withheld with no provision at all: FOIA s17(1)(b) is not met.
        PartDecision bare = PartDecision.of("1", Outcome.WITHHELD).build();

        FoiOffice.Handled h = office.handle(reviewRequested(), new Command.CompleteReview(day(5, 20),
                ReviewResult.PARTLY_UPHELD, "Part 1 should not have gone out", List.of(bare)));

        assertThat(h.refused()).isTrue();
        RequestEvent.CommandRefused refused = (RequestEvent.CommandRefused) h.event();
        assertThat(refused.reason()).contains("as the review leaves it");
        assertThat(refused.findings()).anyMatch(f -> f.contains("s17(1)"));
    }

    @Test
    void aReviewCannotReDecideAPartTheRequestLacks() {
        FoiOffice.Handled h = office.handle(reviewRequested(), new Command.CompleteReview(day(5, 20),
                ReviewResult.OVERTURNED, "x", List.of(PartDecision.of("7", Outcome.DISCLOSED).build())));

        assertThat(((RequestEvent.CommandRefused) h.event()).reason()).contains("part 7");
    }

    FoiRequest complainedTo() {
        FoiRequest r = run(office, reviewRequested(), List.of(new Command.CompleteReview(day(5, 20),
                ReviewResult.UPHELD, "Right first time")));
        return run(office, r, List.of(new Command.LodgeIcoComplaint(day(6, 1), "IC-1")));
    }

    private DeadlineStatus deadline(FoiRequest r, DeadlineKind kind) {
        return office.deadlines(r).stream().filter(d -> d.deadline().kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aDecisionNoticeOpensTheAppealAndItsStepsUntilComplianceMeetsThem() {
        FoiRequest served = run(office, complainedTo(), List.of(new Command.RecordDecisionNotice(day(7, 3), "IC-1-DN",
                DecisionNoticeResult.COMPLAINT_UPHELD, Optional.of(day(8, 7)))));

        assertThat(deadline(served, DeadlineKind.REGULATOR_COMPLAINT).state()).isEqualTo(DeadlineStatus.State.MET);
        // Mon 3 July 2023 + 28 days = Mon 31 July (GRC Rules r22(1)(b)).
        assertThat(deadline(served, DeadlineKind.APPEAL).deadline().due()).isEqualTo(day(7, 31));
        assertThat(deadline(served, DeadlineKind.DECISION_NOTICE_STEPS).state())
                .isEqualTo(DeadlineStatus.State.MISSED);

        FoiRequest complied = run(office, served, List.of(new Command.ComplyWithDecisionNotice(day(8, 4),
                "The logs released")));

        assertThat(deadline(complied, DeadlineKind.DECISION_NOTICE_STEPS).state())
                .isEqualTo(DeadlineStatus.State.MET);
        assertThat(complied.status()).isEqualTo(Status.DECISION_NOTICE);
    }

    @Test
    void stepsAreTheNoticesOwn() {
        FoiRequest complained = complainedTo();

        FoiOffice.Handled notUpheld = office.handle(complained, new Command.RecordDecisionNotice(day(7, 3), "DN",
                DecisionNoticeResult.COMPLAINT_NOT_UPHELD, Optional.of(day(8, 7))));
        FoiOffice.Handled early = office.handle(complained, new Command.RecordDecisionNotice(day(7, 3), "DN",
                DecisionNoticeResult.COMPLAINT_UPHELD, Optional.of(day(7, 1))));
        FoiRequest noSteps = run(office, complained, List.of(new Command.RecordDecisionNotice(day(7, 3), "DN",
                DecisionNoticeResult.COMPLAINT_PARTLY_UPHELD)));
        FoiOffice.Handled nothingToComply = office.handle(noSteps, new Command.ComplyWithDecisionNotice(day(7, 4),
                "x"));

        assertThat(((RequestEvent.CommandRefused) notUpheld.event()).reason()).contains("requires no steps");
        assertThat(((RequestEvent.CommandRefused) early.event()).reason()).contains("before the notice was served");
        assertThat(((RequestEvent.CommandRefused) nothingToComply.event()).reason())
                .contains("requires no steps of the authority");
        assertThat(office.deadlines(noSteps)).extracting(d -> d.deadline().kind())
                .doesNotContain(DeadlineKind.DECISION_NOTICE_STEPS);
    }
}
