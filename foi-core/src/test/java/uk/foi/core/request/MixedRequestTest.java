package uk.foi.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.core.fixtures.CoreFixtures.metPolice;
import static uk.foi.core.fixtures.CoreFixtures.office;
import static uk.foi.core.fixtures.CoreFixtures.receive;
import static uk.foi.core.fixtures.CoreFixtures.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.WorkingDays;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.PublicInterestRecord;

/**
 * A request answered partly under each law (FOIA s39(1), EIR reg 5(1)): question 2 asks about emissions, so it is
 * answered under the EIR, with the EIR's extension and an EIR refusal notice (reg 14), while question 1 stays FOIA.
 * Received Thu 1 June 2023: the 20th working day is Thu 29 June.
 */
class MixedRequestTest {

    final FoiOffice office = office(MutableClock.on(LocalDate.of(2023, 6, 21)));

    static LocalDate day(int month, int day) {
        return LocalDate.of(2023, month, day);
    }

    FoiRequest mixed() {
        FoiRequest r = receive(office, metPolice(), day(6, 1), "1. The custody budget.\n2. The vehicle fleet's"
                + " emissions.");
        return run(office, r, List.of(new Command.Acknowledge(day(6, 2)), new Command.ReroutePart(day(6, 5),
                List.of("2"), Regime.EIR, "Emissions are environmental information (EIR reg 2(1)(b))")));
    }

    private LocalDate responseDue(FoiRequest r) {
        return office.deadlines(r).stream().filter(d -> d.deadline().kind() == DeadlineKind.RESPONSE).findFirst()
                .orElseThrow().deadline().due();
    }

    @Test
    void eachPartFollowsItsLawAndEachExtensionItsOwnParts() {
        FoiRequest r = mixed();
        assertThat(r.regimeOf("1")).isEqualTo(Regime.FOIA);
        assertThat(r.regimeOf("2")).isEqualTo(Regime.EIR);
        assertThat(responseDue(r)).isEqualTo(day(6, 29));

        // FOIA s10(3) for the FOIA part: the EIR part is still due 29 June, so the response is
        FoiRequest publicInterest = run(office, r, List.of(new Command.ExtendDeadline(day(6, 20), WorkingDays.of(20),
                List.of(Citation.parse("FOIA s31(1)(a)")))));
        assertThat(responseDue(publicInterest)).isEqualTo(day(6, 29));
        // EIR reg 7(1) for the EIR part, named by giving no exemption: now both run to Fri 28 July
        FoiRequest both = run(office, publicInterest, List.of(new Command.ExtendDeadline(day(6, 20),
                WorkingDays.of(0), List.of())));
        assertThat(responseDue(both)).isEqualTo(day(7, 28));
        FoiOffice.Handled again = office.handle(both, new Command.ExtendDeadline(day(6, 21), WorkingDays.of(0),
                List.of()));
        assertThat(((RequestEvent.CommandRefused) again.event()).reason()).contains("taken once");
    }

    @Test
    void eachLawsPartsMakeTheirOwnRefusalNotice() {
        PartDecision foia = PartDecision.of("1", Outcome.WITHHELD).citing("FOIA s31(1)(a)")
                .sharedReasons("Would show custody staffing levels.").sharedHarm(HarmLikelihood.WOULD_BE_LIKELY_TO)
                .sharedPublicInterest(new PublicInterestRecord(List.of("Scrutiny"), List.of("Crime prevention"),
                        "Favours withholding.")).build();
        PartDecision foiaForTheEirPart = PartDecision.of("2", Outcome.WITHHELD).citing("FOIA s31(1)(a)")
                .sharedReasons("Would show patrol patterns.").sharedHarm(HarmLikelihood.WOULD_BE_LIKELY_TO)
                .sharedPublicInterest(new PublicInterestRecord(List.of("Scrutiny"), List.of("Crime prevention"),
                        "Favours withholding.")).build();
        FoiRequest decided = run(office, mixed(), List.of(new Command.DecidePart(day(6, 20), "1", List.of(foia)),
                new Command.DecidePart(day(6, 20), "2", List.of(foiaForTheEirPart))));

        FoiOffice.Handled refused = office.handle(decided, new Command.IssueResponse(day(6, 21)));

        assertThat(refused.refused()).isTrue();
        assertThat(((RequestEvent.CommandRefused) refused.event()).findings()).anyMatch(f -> f.contains("EIR"));

        PartDecision eir = PartDecision.of("2", Outcome.WITHHELD).citing("EIR reg12(5)(a)")
                .sharedReasons("Would show patrol patterns.").sharedHarm(HarmLikelihood.WOULD)
                .sharedPublicInterest(new PublicInterestRecord(List.of("Scrutiny"), List.of("Public safety"),
                        "Favours withholding.")).build();
        FoiRequest sent = run(office, decided, List.of(new Command.DecidePart(day(6, 20), "2", List.of(eir)),
                new Command.IssueResponse(day(6, 21))));
        assertThat(sent.status()).isEqualTo(Status.RESPONDED);
    }

    @Test
    void onlyTheCounterpartAPartTheRequestHasAndNothingThatStrandsAnExtension() {
        FoiRequest r = mixed();

        assertThat(reason(r, new Command.ReroutePart(day(6, 6), List.of("1"), Regime.FOISA, "x")))
                .contains("EIR only, not FOISA");
        assertThat(reason(r, new Command.ReroutePart(day(6, 6), List.of("7"), Regime.EIR, "x")))
                .contains("no part 7");
        assertThat(reason(r, new Command.ReroutePart(day(6, 6), List.of("2"), Regime.EIR, "x")))
                .contains("already answered under EIR");
        FoiRequest extended = run(office, r, List.of(new Command.ExtendDeadline(day(6, 20), WorkingDays.of(0),
                List.of())));
        assertThat(reason(extended, new Command.ReroutePart(day(6, 20), List.of("2"), Regime.FOIA, "x")))
                .contains("complex-and-voluminous extension");
        FoiRequest back = run(office, r, List.of(new Command.ReroutePart(day(6, 6), List.of("2"), Regime.FOIA,
                "On reflection it asks about costs, not emissions")));
        assertThat(back.timeline().mixed()).isFalse();
    }

    private String reason(FoiRequest r, Command c) {
        FoiOffice.Handled h = office.handle(r, c);
        assertThat(h.refused()).as("%s", h.event()).isTrue();
        return ((RequestEvent.CommandRefused) h.event()).reason();
    }
}
