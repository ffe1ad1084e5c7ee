package uk.foi.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.core.fixtures.CoreFixtures.office;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.ReviewResult;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * The internal review's outcome letter (s45 Code of Practice part 5; FOISA s21, s47): the complaint restated, the
 * result, each part decided afresh beside what the response said, the reasons for what is still refused, and the
 * right to go to the Commissioner with its date.
 */
class ReviewOutcomeLetterTest {

    static final LetterWriter WRITER = new LetterWriter(Seeds.statutoryClock(), Catalogue.bundled(),
            LetterTemplates.bundled());

    /** Seed 003 (board minutes, redacted under s40(2), s31(1)(a) and s42(1)) reviewed on the requester's complaint. */
    static FoiRequest reviewed(Seeds.Seed seed, ReviewResult result, List<PartDecision> fresh) {
        FoiOffice office = office(MutableClock.on(LocalDate.of(2023, 11, 30)));
        FoiRequest r = seed.request();
        for (Command c : List.of(new Command.RequestReview(LocalDate.of(2023, 10, 9), "The redactions go too far."),
                new Command.CompleteReview(LocalDate.of(2023, 11, 3), result, "The legal advice stays withheld;"
                        + " the tactics need not be.", fresh))) {
            FoiOffice.Handled h = office.handle(r, c);
            assertThat(h.refused()).as("%s", h.event()).isFalse();
            r = h.request();
        }
        return r;
    }

    @Test
    void aPartlyUpheldReviewSetsOutThePartItDecidedAfreshAndTheReasonsForWhatItStillWithholds() {
        PartDecision fresh = PartDecision.of("1", Outcome.PARTIALLY_DISCLOSED)
                .answer("The minutes again, now redacted only for legal advice.")
                .citing("FOIA s42(1)").sharedReasons("The minutes of 12/07/2023 record legal advice from counsel.")
                .sharedPublicInterest(Seeds.pit("Transparency about legal risk.",
                        "Protecting legal professional privilege.", "The balance favours withholding the advice."))
                .build();
        Seeds.Seed seed = Seeds.seed003();
        FoiRequest r = reviewed(seed, ReviewResult.PARTLY_UPHELD, List.of(fresh));

        String text = WRITER.reviewOutcome(seed.authority(), r, Optional.empty(), "The redactions go too far.",
                LocalDate.of(2023, 10, 9), "The legal advice stays withheld; the tactics need not be.",
                LocalDate.of(2023, 11, 3)).text();

        assertThat(text).contains("INTERNAL REVIEW: FREEDOM OF INFORMATION REQUEST REFERENCE",
                "On Monday 9 October 2023 you asked", "The redactions go too far.",
                "I uphold it in part", "THE PARTS DECIDED AFRESH", "The response said:",
                "Three new sets of minutes are attached with redactions.", "The review decides:",
                "now redacted only for legal advice", "refusal notice under section 17",
                "Section 42(1)", "Protecting legal professional privilege.",
                "The Commissioner usually expects to receive a complaint within six weeks of the review outcome,"
                        + " that is by Friday 15 December 2023", "Wycliffe House", "LEGAL ANNEX")
                .doesNotContain("I apologise for the delay");
        String reasons = text.substring(text.indexOf("REASONS FOR THE DECISION"), text.indexOf("Yours sincerely"));
        assertThat(reasons).as("only what the review decided").doesNotContain("Section 31(1)(a)", "Section 40(2)");
    }

    /**
     * Section 36 rests on the qualified person's opinion (s36(2)): the letter says who gave it and when; a notice
     * claiming both limbs of the prejudice test says so as written.
     */
    @Test
    void aSection36RefusalStatesTheQualifiedPersonsOpinionAndAHedgedLikelihoodAsRecorded() {
        PartDecision fresh = PartDecision.of("1", Outcome.PARTIALLY_DISCLOSED)
                .answer("The minutes again, with the board's frank exchange withheld.")
                .grounds(uk.foi.exemptions.refusal.Ground.of("FOIA s36(2)(b)(ii)")
                        .because("Members must be able to test options frankly before deciding.")
                        .harm(uk.foi.exemptions.refusal.HarmLikelihood.WOULD_OR_WOULD_BE_LIKELY_TO)
                        .publicInterest(Seeds.pit("Transparency about the board's decisions.",
                                "A safe space for free and frank exchange.", "The balance favours withholding."))
                        .opinion(new uk.foi.exemptions.refusal.QualifiedOpinion("the Chief Executive",
                                LocalDate.of(2023, 10, 30))))
                .build();
        Seeds.Seed seed = Seeds.seed003();
        FoiRequest r = reviewed(seed, ReviewResult.PARTLY_UPHELD, List.of(fresh));

        String text = WRITER.reviewOutcome(seed.authority(), r, Optional.empty(), "The redactions go too far.",
                LocalDate.of(2023, 10, 9), "The frank exchange stays withheld.", LocalDate.of(2023, 11, 3)).text();

        assertThat(text).contains("Section 36(2)(b)(ii)",
                "The qualified person (the Chief Executive) gave their reasonable opinion on Monday 30 October 2023"
                        + " that the exemption applies (section 36(2)).",
                "disclosure would, or would be likely to, cause this harm");
    }

    @Test
    void anUpheldReviewDecidesNothingAfreshAndAScottishOneGivesTheStatutorySixMonths() {
        Seeds.Seed seed = Seeds.seed003();
        FoiRequest upheld = reviewed(seed, ReviewResult.UPHELD, List.of());
        ClockProfile foisa = upheld.profile().underRegime(Regime.FOISA);
        FoiRequest scottish = new FoiRequest(upheld.id(), upheld.authority(), foisa, upheld.reference(),
                upheld.receivedOn(), upheld.channel(), upheld.text(), upheld.status(), upheld.statusSince(),
                upheld.decisions(), upheld.timeline().withProfile(foisa), upheld.assignee(), upheld.team(),
                upheld.response(), upheld.review(), upheld.reviewDecisions(), upheld.publication(), upheld.version());

        String text = WRITER.reviewOutcome(seed.authority(), scottish, Optional.empty(), "", LocalDate.of(2023, 10, 9),
                "Right first time.", LocalDate.of(2023, 11, 14)).text();

        assertThat(text).contains("I uphold the response: its decisions stand.",
                "Scottish Information Commissioner", "You must apply within six months of receiving this letter,"
                        + " that is by Tuesday 14 May 2024",
                // FOISA s21(1): 20 Scottish working days from Mon 9 October 2023 is Mon 6 November
                "I apologise for the delay: the review was due by Monday 6 November 2023")
                .doesNotContain("THE PARTS DECIDED AFRESH", "REASONS FOR THE DECISION", "You said:", "LEGAL ANNEX");
    }
}
