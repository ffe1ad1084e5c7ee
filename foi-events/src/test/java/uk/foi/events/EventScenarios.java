package uk.foi.events;

import static uk.foi.core.fixtures.CoreFixtures.metPolice;
import static uk.foi.core.fixtures.CoreFixtures.office;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.core.reference.InMemoryReferenceNumbers;
import uk.foi.core.request.Channel;
import uk.foi.core.request.Command;
import uk.foi.core.request.DecisionNoticeResult;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.Intake;
import uk.foi.core.request.Recorded;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.ReviewResult;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.WorkingDays;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.cost.Activity;
import uk.foi.exemptions.cost.CostEstimate;
import uk.foi.exemptions.cost.CostLimitTier;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.PublicInterestRecord;

/** Requests taken through every event type the office can emit, refusals included. */
final class EventScenarios {

    private EventScenarios() {
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2023, month, day);
    }

    /** @return every event of three requests: one taken to a tribunal, one withdrawn, one lapsed */
    static List<Recorded> all() {
        MutableClock clock = MutableClock.on(day(11, 1));
        FoiOffice office = office(clock);
        List<Recorded> out = new ArrayList<>();
        InMemoryReferenceNumbers numbers = new InMemoryReferenceNumbers();

        PartDecision withheld = PartDecision.of("1", Outcome.PARTIALLY_DISCLOSED).answer("Two documents, redacted.")
                .citing("FOIA s31(1)(a)", "FOIA s40(2)", "FOIA s40(3A)(a)").sharedReasons("Tactics; names of officers.")
                .sharedHarm(HarmLikelihood.WOULD_BE_LIKELY_TO)
                .sharedPublicInterest(new PublicInterestRecord(List.of("Accountability"), List.of("Crime prevention"),
                        "Favours withholding."))
                .recordCreatedIn(2022).build();
        PartDecision cost = PartDecision.of("2", Outcome.COST_LIMIT).citing("FOIA s12(1)")
                .costEstimate(new CostEstimate(Regime.FOIA, CostLimitTier.OTHER_AUTHORITY,
                        Map.of(Activity.LOCATING, Duration.ofHours(15), Activity.EXTRACTING, Duration.ofHours(6),
                                Activity.REDACTING, Duration.ofHours(4))))
                .advice("Narrow the request to one year.").build();
        PartDecision acro = PartDecision.of("3", Outcome.HELD_BY_ANOTHER_BODY).heldBy("ACRO Criminal Records Office")
                .because(PartDecision.Circumstance.HELD_BY_ARCHIVES)
                .advice("Write to ACRO.").build();

        FoiRequest r = start(office, numbers, out, day(3, 1), "1. Assessments\n2. Every alert since 2016\n3. PNC data");
        r = go(office, r, out, new Command.Assign(day(3, 2), "jpowell", "lfr"),
                new Command.Acknowledge(day(3, 2)),
                new Command.SeekClarification(day(3, 3), "Which years?"),
                new Command.ReceiveClarification(day(3, 6), "2016 to 2022", List.of("2")),
                new Command.IssueFeesNotice(day(3, 7), 1_500),
                new Command.ReceiveFee(day(3, 9)),
                new Command.ExtendDeadline(day(3, 10), WorkingDays.of(10), List.of(Citation.parse("FOIA s31(1)(a)"))),
                new Command.DecidePart(day(3, 20), "1", List.of(withheld)),
                new Command.IssueResponse(day(3, 21)),
                new Command.DecidePart(day(3, 20), "2", List.of(cost)),
                new Command.DecidePart(day(3, 20), "3", List.of(acro)),
                new Command.IssueResponse(day(3, 21)),
                new Command.Publish(day(3, 22), "1. Camera locations\n2. Costs\n3. ACRO records"),
                new Command.RequestReview(day(4, 3), "The redactions go too far"),
                new Command.Unpublish(day(4, 4), "held back until the review is done"),
                new Command.CompleteReview(day(4, 28), ReviewResult.PARTLY_UPHELD, "One name released",
                        List.of(PartDecision.of("1", Outcome.PARTIALLY_DISCLOSED)
                                .answer("Two documents, the senior officer's name now unredacted.")
                                .citing("FOIA s31(1)(a)").sharedReasons("Tactics.")
                                .sharedHarm(HarmLikelihood.WOULD_BE_LIKELY_TO)
                                .sharedPublicInterest(new PublicInterestRecord(List.of("Accountability"),
                                        List.of("Crime prevention"), "Favours withholding."))
                                .recordCreatedIn(2022).build())),
                new Command.LodgeIcoComplaint(day(5, 15), "IC-240001-X1Y2"),
                new Command.RecordDecisionNotice(day(9, 1), "IC-240001-X1Y2",
                        DecisionNoticeResult.COMPLAINT_PARTLY_UPHELD, Optional.of(day(10, 6))),
                new Command.AppealToTribunal(day(9, 20), "authority"),
                new Command.ComplyWithDecisionNotice(day(10, 20), "Appeal dismissed; the tactics summary released"),
                new Command.Close(day(10, 30), "Steps taken after the tribunal dismissed the appeal"));

        FoiRequest w = start(office, numbers, out, day(6, 1), "Minutes of the board");
        go(office, w, out, new Command.ChangeHandling(day(6, 2), w.profile().underRegime(Regime.EIR),
                "The minutes are about air quality: environmental information (FOIA s39, EIR reg 5)"),
                new Command.Withdraw(day(6, 2), "Found them online"));

        FoiRequest l = start(office, numbers, out, day(6, 1), "All emails about cameras");
        go(office, l, out, new Command.SeekClarification(day(6, 2), "Which cameras?"),
                new Command.ReroutePart(day(6, 3), List.of("1"), Regime.EIR,
                        "The cameras monitor air quality: environmental information (EIR reg 2(1)(a))"),
                new Command.Lapse(day(9, 5)));
        return out;
    }

    private static FoiRequest start(FoiOffice office, InMemoryReferenceNumbers numbers, List<Recorded> out,
            LocalDate received, String text) {
        FoiOffice.Handled h = office.receive(metPolice(), new Intake(RequestId.random(), received, Channel.EMAIL, text),
                numbers);
        out.add(h.recorded());
        return h.request();
    }

    private static FoiRequest go(FoiOffice office, FoiRequest request, List<Recorded> out, Command... commands) {
        FoiRequest current = request;
        for (Command c : commands) {
            FoiOffice.Handled h = office.handle(current, c);
            out.add(h.recorded());
            current = h.request();
        }
        return current;
    }
}
