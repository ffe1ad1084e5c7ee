package uk.foi.letters;

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
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.PublicInterestRecord;

/**
 * A request answered partly under FOIA and partly under the EIR (FOIA s39(1), EIR reg 5(1)): the letter is a refusal
 * notice under each law for its own parts (FOIA s17, EIR reg 14), says which question is answered under the EIR, and
 * states the EIR's presumption in favour of disclosure (reg 12(2)).
 */
class MixedRequestLetterTest {

    @Test
    void eachLawsPartsAreRefusedUnderThatLaw() {
        FoiOffice office = office(MutableClock.on(LocalDate.of(2023, 6, 21)));
        PublicInterestRecord pit = new PublicInterestRecord(List.of("Scrutiny"), List.of("Crime prevention"),
                "Favours withholding.");
        FoiRequest r = receive(office, metPolice(), LocalDate.of(2023, 6, 1), "1. The custody budget.\n2. The"
                + " vehicle fleet's emissions.");
        r = run(office, r, List.of(new Command.Acknowledge(LocalDate.of(2023, 6, 2)),
                new Command.ReroutePart(LocalDate.of(2023, 6, 5), List.of("2"), Regime.EIR,
                        "Emissions are environmental information"),
                new Command.DecidePart(LocalDate.of(2023, 6, 20), "1", List.of(PartDecision.of("1", Outcome.WITHHELD)
                        .citing("FOIA s31(1)(a)").sharedReasons("Would show custody staffing levels.")
                        .sharedHarm(HarmLikelihood.WOULD_BE_LIKELY_TO).sharedPublicInterest(pit).build())),
                new Command.DecidePart(LocalDate.of(2023, 6, 20), "2", List.of(PartDecision.of("2", Outcome.WITHHELD)
                        .citing("EIR reg12(5)(a)").sharedReasons("Would show patrol patterns.")
                        .sharedHarm(HarmLikelihood.WOULD).sharedPublicInterest(pit).build())),
                new Command.IssueResponse(LocalDate.of(2023, 6, 21))));

        String text = new LetterWriter(Seeds.statutoryClock(), Catalogue.bundled(), LetterTemplates.bundled())
                .response(metPolice(), r, Optional.empty(), LocalDate.of(2023, 6, 21)).text();

        assertThat(text).contains("This response serves as a refusal notice under section 17 of the Freedom of"
                        + " Information Act 2000 for question 1, and under regulation 14 of the Environmental"
                        + " Information Regulations 2004 for question 2.",
                "2. The vehicle fleet's emissions.\n  This question is answered under the Environmental Information"
                        + " Regulations 2004.",
                "presumption in favour of disclosure", "Regulation 12(5)(a)", "Section 31(1)(a)");
        assertThat(text.substring(text.indexOf("1. The custody budget."), text.indexOf("2. The vehicle")))
                .doesNotContain("answered under");
        // Complaint rights under each law: 40 working days from Wed 21 June under the s45 Code and EIR reg 11(2)
        // (12 July, 7 August skipped: FOIA s10(6)); the Commissioner under s50 and EIR reg 18
        assertThat(text).contains("that is by Friday 18 August 2023", "aim to respond within 20 working days, and at"
                + " most 40", "under section 50 of the Freedom of Information Act 2000 (applied to the questions"
                + " answered under the Environmental Information Regulations 2004 by regulation 18)");
    }
}
