package uk.foi.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.foi.core.fixtures.CoreFixtures.STATUTORY_CLOCK;
import static uk.foi.core.fixtures.CoreFixtures.authority;
import static uk.foi.core.fixtures.CoreFixtures.metPolice;
import static uk.foi.core.fixtures.CoreFixtures.office;
import static uk.foi.core.fixtures.CoreFixtures.receive;
import static uk.foi.core.fixtures.CoreFixtures.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.OverallOutcome;
import uk.foi.core.request.ReviewResult;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.WorkingDays;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.PublicInterestRecord;

/** Source: Cabinet Office, Freedom of Information statistics guidance (timeliness, outcomes, exemptions, reviews). */
class QuarterlyStatisticsTest {

    static LocalDate day(int month, int day) {
        return LocalDate.of(2023, month, day);
    }

    final MutableClock clock = MutableClock.on(day(9, 29));
    final FoiOffice office = office(clock);

    FoiRequest answered(LocalDate received, LocalDate responded, PartDecision decision, Command... before) {
        FoiRequest r = receive(office, metPolice(), received, "1. Question");
        r = run(office, r, List.of(before));
        return run(office, r, List.of(new Command.DecidePart(responded, "1", List.of(decision)),
                new Command.IssueResponse(responded)));
    }

    static PartDecision disclosed() {
        return PartDecision.of("1", Outcome.DISCLOSED).answer("Here it is").build();
    }

    static PartDecision withheld() {
        return PartDecision.of("1", Outcome.WITHHELD).citing("FOIA s31(1)(a)").sharedReasons("Tactics")
                .sharedHarm(HarmLikelihood.WOULD).sharedPublicInterest(new PublicInterestRecord(List.of("a"), List.of("b"), "c"))
                .build();
    }

    @Test
    void countsTheQuartersRequestsByTimelinessOutcomeExemptionAndReview() {
        // Received Tue 4 April 2023: due Fri 5 May (Good Friday, Easter Monday and 1 May skipped); the next working
        // day is Tue 9 May (the coronation holiday on 8 May). Extended by 20 working days: due Tue 6 June.
        FoiRequest inTime = answered(day(4, 4), day(5, 5), disclosed());
        FoiRequest late = answered(day(4, 4), day(5, 9), withheld());
        FoiRequest extended = answered(day(4, 4), day(5, 30), withheld(), new Command.ExtendDeadline(day(4, 20),
                WorkingDays.of(20), List.of(Citation.parse("FOIA s31(1)(a)"))));
        FoiRequest open = receive(office, metPolice(), day(6, 28), "1. Still working on it");
        FoiRequest overdue = receive(office, metPolice(), day(5, 2), "1. Forgotten");
        FoiRequest withdrawn = run(office, receive(office, metPolice(), day(5, 2), "1. Never mind"),
                List.of(new Command.Withdraw(day(5, 3), "Found it")));
        FoiRequest reviewed = run(office, answered(day(2, 1), day(2, 20), withheld()), List.of(
                new Command.RequestReview(day(3, 20), "Disagree"),
                new Command.CompleteReview(day(4, 17), ReviewResult.OVERTURNED, "Released")));
        FoiRequest otherQuarter = answered(day(7, 3), day(7, 10), disclosed());
        FoiRequest otherAuthority = receive(office, authority(Regime.EIR), day(4, 4), "1. Air");
        clock.setDay(day(6, 30));

        QuarterlyStatistics q2 = QuarterlyStatistics.of(metPolice().id(), Quarter.parse("2023-Q2"), List.of(inTime,
                late, extended, open, overdue, withdrawn, reviewed, otherQuarter, otherAuthority), STATUTORY_CLOCK,
                day(6, 30));

        assertThat(q2.received()).isEqualTo(6);
        assertThat(q2.timeliness()).isEqualTo(new QuarterlyStatistics.Timeliness(1, 1, 1, 1, 1));
        assertThat(q2.outcomes()).isEqualTo(Map.of(OverallOutcome.GRANTED_IN_FULL, 1,
                OverallOutcome.WITHHELD_IN_FULL, 2));
        assertThat(q2.withdrawn()).isEqualTo(1);
        assertThat(q2.inProgress()).isEqualTo(2);
        assertThat(q2.exemptionsUsed()).isEqualTo(Map.of("FOIA s31(1)(a)", 2));
        assertThat(q2.reviewsCompleted()).isEqualTo(Map.of(ReviewResult.OVERTURNED, 1));
    }

    /**
     * Counted per regime (request model v2): a request re-routed to the EIR (FOIA s39, EIR reg 5) counts there, and
     * the regimes' figures add up to the authority's.
     */
    @Test
    void eachRegimesRequestsAreCountedUnderIt() {
        FoiRequest foia = answered(day(4, 4), day(5, 5), disclosed());
        FoiRequest rerouted = run(office, receive(office, metPolice(), day(4, 4), "1. Air quality near the depot"),
                List.of(new Command.ChangeHandling(day(4, 5), metPolice().clock().underRegime(Regime.EIR),
                        "environmental information (EIR reg 2(1))")));
        clock.setDay(day(6, 30));
        List<FoiRequest> all = List.of(foia, rerouted);

        Map<Regime, QuarterlyStatistics> byRegime = QuarterlyStatistics.byRegime(metPolice().id(),
                Quarter.parse("2023-Q2"), all, STATUTORY_CLOCK, day(6, 30));

        assertThat(byRegime).containsOnlyKeys(Regime.FOIA, Regime.EIR);
        assertThat(byRegime.get(Regime.FOIA).received()).isEqualTo(1);
        assertThat(byRegime.get(Regime.FOIA).timeliness().inTime()).isEqualTo(1);
        assertThat(byRegime.get(Regime.EIR).received()).isEqualTo(1);
        assertThat(byRegime.get(Regime.EIR).inProgress()).isEqualTo(1);
        assertThat(QuarterlyStatistics.of(metPolice().id(), Quarter.parse("2023-Q2"), all, STATUTORY_CLOCK,
                day(6, 30)).received()).isEqualTo(byRegime.values().stream()
                .mapToInt(QuarterlyStatistics::received).sum());
    }

    /**
     * A request answered under two laws (FOIA s39(1), EIR reg 5(1)) counts under each with that law's parts: received
     * Tue 4 April 2023, question 2 answered under the EIR, the FOIA part extended for the public interest test (FOIA
     * s10(3), to Tue 6 June), answered Tue 30 May: within the extension for the FOIA part, late for the EIR part
     * (due Fri 5 May; EIR reg 5(2), no extension given under reg 7(1)), and so late as a whole.
     */
    @Test
    void aMixedRequestCountsUnderEachLawWithThatLawsParts() {
        FoiRequest r = receive(office, metPolice(), day(4, 4), "1. Crime figures\n2. Air quality near the depot");
        r = run(office, r, List.of(
                new Command.ReroutePart(day(4, 5), List.of("2"), Regime.EIR, "emissions (EIR reg 2(1)(b))"),
                new Command.ExtendDeadline(day(4, 20), WorkingDays.of(20), List.of(Citation.parse("FOIA s31(1)(a)"))),
                new Command.DecidePart(day(5, 30), "1", List.of(withheld())),
                new Command.DecidePart(day(5, 30), "2", List.of(PartDecision.of("2", Outcome.DISCLOSED)
                        .answer("Readings attached").build())),
                new Command.IssueResponse(day(5, 30))));
        clock.setDay(day(6, 30));
        Quarter q2 = Quarter.parse("2023-Q2");

        QuarterlyStatistics all = QuarterlyStatistics.of(metPolice().id(), q2, List.of(r), STATUTORY_CLOCK,
                day(6, 30));
        Map<Regime, QuarterlyStatistics> byRegime = QuarterlyStatistics.byRegime(metPolice().id(), q2, List.of(r),
                STATUTORY_CLOCK, day(6, 30));

        assertThat(all.timeliness().late()).as("the EIR part was late").isEqualTo(1);
        assertThat(all.outcomes()).isEqualTo(Map.of(OverallOutcome.PARTIALLY_WITHHELD, 1));
        assertThat(byRegime).containsOnlyKeys(Regime.FOIA, Regime.EIR);
        QuarterlyStatistics foia = byRegime.get(Regime.FOIA);
        assertThat(foia.received()).isEqualTo(1);
        assertThat(foia.timeliness()).isEqualTo(new QuarterlyStatistics.Timeliness(0, 1, 0, 0, 0));
        assertThat(foia.outcomes()).isEqualTo(Map.of(OverallOutcome.WITHHELD_IN_FULL, 1));
        assertThat(foia.exemptionsUsed()).isEqualTo(Map.of("FOIA s31(1)(a)", 1));
        QuarterlyStatistics eir = byRegime.get(Regime.EIR);
        assertThat(eir.received()).isEqualTo(1);
        assertThat(eir.timeliness()).isEqualTo(new QuarterlyStatistics.Timeliness(0, 0, 1, 0, 0));
        assertThat(eir.outcomes()).isEqualTo(Map.of(OverallOutcome.GRANTED_IN_FULL, 1));
        assertThat(eir.exemptionsUsed()).isEmpty();
    }

    /**
     * The figures the API adds up from each request's facts, kept when the request changed, are the figures computed
     * from the requests themselves: for the authority as a whole and under each law, a mixed request included.
     */
    @Test
    void theFactsKeptOnWriteAddUpToTheFiguresOfTheRequests() {
        FoiRequest mixed = run(office, receive(office, metPolice(), day(4, 4), "1. Crime figures\n2. Air quality"),
                List.of(new Command.ReroutePart(day(4, 5), List.of("2"), Regime.EIR, "emissions (EIR reg 2(1)(b))"),
                        new Command.DecidePart(day(5, 30), "1", List.of(withheld())),
                        new Command.DecidePart(day(5, 30), "2", List.of(PartDecision.of("2", Outcome.DISCLOSED)
                                .answer("Readings attached").build())),
                        new Command.IssueResponse(day(5, 30))));
        List<FoiRequest> requests = List.of(answered(day(4, 4), day(5, 5), disclosed()),
                answered(day(4, 4), day(5, 9), withheld()),
                answered(day(4, 4), day(5, 30), withheld(), new Command.ExtendDeadline(day(4, 20),
                        WorkingDays.of(20), List.of(Citation.parse("FOIA s31(1)(a)")))),
                receive(office, metPolice(), day(6, 28), "1. Still working on it"),
                receive(office, metPolice(), day(5, 2), "1. Forgotten"),
                run(office, receive(office, metPolice(), day(5, 2), "1. Never mind"),
                        List.of(new Command.Withdraw(day(5, 3), "Found it"))),
                run(office, receive(office, metPolice(), day(5, 2), "1. Everything about it"),
                        List.of(new Command.SeekClarification(day(5, 3), "Which years?"))),
                run(office, receive(office, metPolice(), day(6, 1), "1. Copies of every log"),
                        List.of(new Command.IssueFeesNotice(day(6, 5), 45_000))),
                run(office, answered(day(2, 1), day(2, 20), withheld()), List.of(
                        new Command.RequestReview(day(3, 20), "Disagree"),
                        new Command.CompleteReview(day(4, 17), ReviewResult.OVERTURNED, "Released"))),
                mixed);
        clock.setDay(day(6, 30));
        Quarter q2 = Quarter.parse("2023-Q2");
        LocalDate today = day(6, 30);
        List<StatisticsFacts> facts = requests.stream()
                .flatMap(r -> StatisticsFacts.allOf(r, STATUTORY_CLOCK).stream()).toList();
        java.util.function.Predicate<StatisticsFacts> overdue = f -> {
            FoiRequest r = requests.stream().filter(x -> x.id().equals(f.request())).findFirst().orElseThrow();
            boolean judged = StatisticsFacts.overdue(f.regime().map(r::partsUnder).orElse(r), STATUTORY_CLOCK, today);
            assertThat(f.overdueOn(today)).as("the date kept for an open request").isIn(Optional.empty(),
                    Optional.of(judged));
            return f.overdueOn(today).orElse(judged);
        };

        assertThat(QuarterlyStatistics.from(metPolice().id(), q2,
                facts.stream().filter(f -> f.regime().isEmpty()).toList(), today, overdue))
                .isEqualTo(QuarterlyStatistics.of(metPolice().id(), q2, requests, STATUTORY_CLOCK, today));
        QuarterlyStatistics.byRegime(metPolice().id(), q2, requests, STATUTORY_CLOCK, today)
                .forEach((regime, figures) -> assertThat(QuarterlyStatistics.from(metPolice().id(), q2,
                        facts.stream().filter(f -> f.regime().equals(Optional.of(regime))).toList(), today, overdue))
                        .as(regime.name()).isEqualTo(figures));
        assertThat(facts).filteredOn(f -> f.request().equals(mixed.id())).hasSize(3);
        assertThat(requests).allSatisfy(r -> assertThat(StatisticsFacts.allOf(r, office.deadlines(r), STATUTORY_CLOCK))
                .as("with the deadlines a command computed").isEqualTo(StatisticsFacts.allOf(r, STATUTORY_CLOCK)));
        assertThat(facts).filteredOn(f -> f.regime().isEmpty() && f.standing() == StatisticsFacts.Standing.IN_PROGRESS)
                .extracting(f -> f.dueWhileOpen().isPresent()).as("awaiting a clarification or a fee: judged on the day")
                .containsExactlyInAnyOrder(true, true, false, false);
    }

    @Test
    void quartersAreCalendarQuarters() {
        assertThat(Quarter.of(day(3, 31))).hasToString("2023-Q1");
        assertThat(Quarter.of(day(4, 1))).isEqualTo(Quarter.parse("2023-Q2"));
        assertThat(Quarter.parse("2023-Q4").lastDay()).isEqualTo(day(12, 31));
        assertThatThrownBy(() -> Quarter.parse("2023-Q5")).hasMessage("a quarter is written like 2023-Q2, not"
                + " '2023-Q5'");
    }
}
