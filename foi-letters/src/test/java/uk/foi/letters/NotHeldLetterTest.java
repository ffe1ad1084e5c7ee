package uk.foi.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.foi.core.fixtures.CoreFixtures.authority;
import static uk.foi.core.fixtures.CoreFixtures.office;
import static uk.foi.core.fixtures.CoreFixtures.receive;
import static uk.foi.core.fixtures.CoreFixtures.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foi.core.authority.Authority;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * The response when nothing asked for is held, as each law requires it: FOIA answers the duty to confirm or deny
 * (s1(1)(a)) and is no refusal; FOISA gives the notice of s17; the EIR and EISR refuse under the exception for
 * information not held (EIR reg 12(4)(a) with a notice under reg 14; EISR reg 10(4)(a) with one under reg 13). Where
 * another body may hold it, the EIR and EISR require its name and address or a transfer (EIR reg 10(1), EISR reg
 * 14(1)); under FOIA and FOISA it is advice and assistance (s16, FOISA s15). Pattern: seed 001's part referred to ACRO.
 */
class NotHeldLetterTest {

    static final LetterWriter WRITER = new LetterWriter(Seeds.statutoryClock(), Catalogue.bundled(),
            LetterTemplates.bundled());
    static final String ACRO = "ACRO Criminal Records Office, PO Box 481, Fareham, PO14 9FS";

    static FoiRequest nothingHeld(Authority authority) {
        FoiOffice office = office(MutableClock.on(LocalDate.of(2023, 6, 21)));
        FoiRequest r = receive(office, authority, LocalDate.of(2023, 6, 1), "1. Your records of noise complaints"
                + " in 1985.\n2. Criminal record checks made on my behalf.");
        return run(office, r, List.of(
                new Command.DecidePart(LocalDate.of(2023, 6, 20), "1", List.of(PartDecision.of("1", Outcome.NOT_HELD)
                        .answer("Records of that age were destroyed under our retention schedule in 1992.").build())),
                new Command.DecidePart(LocalDate.of(2023, 6, 20), "2", List.of(PartDecision.of("2",
                        Outcome.HELD_BY_ANOTHER_BODY).heldBy(ACRO).build())),
                new Command.IssueResponse(LocalDate.of(2023, 6, 21))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # regime | what the law requires the letter to say                                    | source                      | a refusal notice
            FOIA     | Under section 1(1)(a) of the Freedom of Information Act 2000 we must tell you | FOIA s1(1)(a)               | false
            FOISA    | Under section 17 of the Freedom of Information (Scotland) Act 2002          | FOISA s17(1)                | false
            EIR      | an exception to the duty to make information available (regulation 12(4)(a)), so this letter is a refusal notice under regulation 14 | EIR reg 12(4)(a), reg 14 | true
            EISR     | (regulation 10(4)(a)), so this letter is a refusal notice under regulation 13 | EISR reg 10(4)(a), reg 13 | true
            """)
    void eachLawsNotHeldAnswer(Regime regime, String required, String source, boolean refusal) {
        FoiRequest r = nothingHeld(authority(regime));

        Letter letter = WRITER.response(authority(regime), r, Optional.empty(), LocalDate.of(2023, 6, 21));

        assertThat(letter.kind()).as("the response is the not-held letter").isEqualTo(LetterKind.NOT_HELD);
        for (String form : new String[] {letter.text(), letter.html()}) {
            assertThat(form).as(source).contains(required, "This information is not held.",
                    "Records of that age were destroyed", "This information is held by " + ACRO,
                    "We believe that " + ACRO + " may hold this information",
                    "within 40 working days of the date of this letter")
                    .doesNotContain("{{", "LEGAL ANNEX");
        }
        assertThat(letter.text().contains("refusal notice")).as("refusal notice under %s", source)
                .isEqualTo(refusal);
        assertThat(letter.text()).doesNotContain("RE-USE").contains(regime.isScottish()
                ? "Scottish Information Commissioner" : "Wycliffe House");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # regime | where the duty to name the other body comes from
            FOIA     | the Code of Practice under section 45 of the Freedom of Information Act 2000
            FOISA    | the Code of Practice under section 60 of the Freedom of Information (Scotland) Act 2002
            EIR      | As regulation 10(1) of the Environmental Information Regulations 2004 requires
            EISR     | As regulation 14(1) of the Environmental Information (Scotland) Regulations 2004 requires
            """)
    void theOtherBodyIsNamedUnderTheProvisionThatRequiresIt(Regime regime, String provision) {
        String text = WRITER.response(authority(regime), nothingHeld(authority(regime)), Optional.empty(),
                LocalDate.of(2023, 6, 21)).text();

        assertThat(text).contains("WHERE THE INFORMATION MAY BE HELD", provision);
    }

    @Test
    void aRequestWithAnythingHeldIsAnsweredByTheFullResponse() {
        FoiOffice office = office(MutableClock.on(LocalDate.of(2023, 6, 21)));
        FoiRequest r = run(office, receive(office, authority(Regime.FOIA), LocalDate.of(2023, 6, 1), "1. A.\n2. B."),
                List.of(new Command.DecidePart(LocalDate.of(2023, 6, 20), "1", List.of(PartDecision.of("1",
                                Outcome.NOT_HELD).build())),
                        new Command.DecidePart(LocalDate.of(2023, 6, 20), "2", List.of(PartDecision.of("2",
                                Outcome.DISCLOSED).answer("Attached.").build()))));

        assertThat(WRITER.response(authority(Regime.FOIA), r, Optional.empty(), LocalDate.of(2023, 6, 21)).kind())
                .isEqualTo(LetterKind.RESPONSE);
        assertThatThrownBy(() -> WRITER.notHeld(authority(Regime.FOIA), r, Optional.empty(),
                LocalDate.of(2023, 6, 21))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every part decided not held");
    }
}
