package uk.foi.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.OverallOutcome;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.Status;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.Catalogue;

/**
 * The five seed responses, modelled end to end and written out: each letter must say what its seed says — the
 * provisions and NCND provisions cited, the not-held answers, the s21 pointers, the complaint window and the
 * Commissioner. Assertions are on content, in both the HTML and the text form.
 */
class SeedLettersTest {

    static final LetterWriter WRITER = new LetterWriter(Seeds.statutoryClock(), Catalogue.bundled(),
            LetterTemplates.bundled());

    static Letter letter(Seeds.Seed seed) {
        return WRITER.response(seed.authority(), seed.request(), Optional.of(seed.requester()),
                seed.request().response().orElseThrow().on());
    }

    static java.util.List<Seeds.Seed> seeds() {
        return Seeds.all();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everySeedIsIssuedAsAValidResponseWithItsComplaintRights(Seeds.Seed seed) {
        Letter letter = letter(seed);

        assertThat(seed.request().status()).isEqualTo(Status.RESPONDED);
        assertThat(seed.events().get(seed.events().size() - 1).event())
                .isInstanceOf(RequestEvent.ResponseIssued.class);
        assertThat(seed.request().response().orElseThrow().outcome()).isEqualTo(OverallOutcome.PARTIALLY_WITHHELD);
        for (String form : new String[] {letter.html(), letter.text()}) {
            assertThat(form).contains(seed.request().reference(), "Metropolitan Police Service",
                    "within 40 working days of the date of this letter", "within 20 working days",
                    "Information Commissioner", "Wycliffe House", "0303 123 1113",
                    "refusal notice under section 17 of the Freedom of Information Act 2000",
                    "Freedom of Information Manager");
            assertThat(form).doesNotContain("{{", "}}");
        }
        assertThat(letter.text()).contains("Dear " + seed.requester().name());
    }

    /**
     * The complaint rights follow the request's own regime, not the authority's: under FOISA the review takes at
     * most 20 working days (s21(1)) and must come before an application to the Scottish Information Commissioner
     * (s47(1)), to which the requester has six months (s47(4)); under the EIR it takes at most 40 (reg 11(4)), and
     * the letter is headed as an environmental information request.
     */
    @Test
    void theComplaintRightsFollowTheRequestsRegime() {
        Seeds.Seed seed = Seeds.seed001();

        String foisa = WRITER.response(seed.authority(), under(seed.request(), Regime.FOISA), Optional.empty(),
                seed.request().response().orElseThrow().on()).text();
        String eir = WRITER.response(seed.authority(), under(seed.request(), Regime.EIR), Optional.empty(),
                seed.request().response().orElseThrow().on()).text();

        assertThat(foisa).contains("We will respond within 20 working days.",
                "Scottish Information Commissioner", "You must ask us for a review first", "(section 47(1))",
                "You must apply within six months of receiving our review decision", "(section 47(4))",
                "FREEDOM OF INFORMATION REQUEST REFERENCE")
                .doesNotContain("Wycliffe House");
        assertThat(eir).contains("we aim to respond within 20 working days, and at most 40.",
                "usually expects the internal review to be completed first", "regulation 18",
                "ENVIRONMENTAL INFORMATION REQUEST REFERENCE").doesNotContain("FREEDOM OF INFORMATION REQUEST");
    }

    private static FoiRequest under(FoiRequest r, Regime regime) {
        ClockProfile profile = r.profile().underRegime(regime);
        return new FoiRequest(r.id(), r.authority(), profile, r.reference(), r.receivedOn(), r.channel(), r.text(),
                r.status(), r.statusSince(), r.decisions(), r.timeline().withProfile(profile), r.assignee(), r.team(),
                r.response(), r.review(), r.reviewDecisions(), r.publication(), r.version());
    }

    /**
     * Each provision is presented on its own (issue: request model v2, reasons per provision): the absolute s23(5)
     * says it is absolute and has no public interest test; s24(2), which applies where exemption is required for
     * national security, has a test but no likelihood of harm; the prejudice-based s31(3) names its limb. Reasons
     * given word for word for several provisions are printed once and referred back to.
     */
    @Test
    void seed004PresentsEachProvisionOnItsOwn() throws java.io.IOException {
        String text = letter(Seeds.seed004()).text();
        java.nio.file.Path out = java.nio.file.Path.of("target", "letters", "seed004.txt");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, text);

        String reasons = text.substring(text.indexOf("REASONS FOR THE DECISION"));
        String s23 = block(reasons, "Section 23(5)", "Section 24(2)");
        String s24 = block(reasons, "Section 24(2)", "Section 31(3)");
        String s31 = block(reasons, "Section 31(3)", "SECTION 16");
        assertThat(s23).contains("This is an absolute exemption: there is no public interest test.",
                "would reveal whether security bodies were involved").doesNotContain("Public interest", "harm");
        assertThat(s24).contains("This is a qualified exemption", "The reasons given above for Section 23(5) apply"
                + " here too.", "Protecting national security capability").doesNotContain("Evidence of harm");
        assertThat(s31).contains("Evidence of harm. We consider that disclosure would be likely to cause this harm",
                "Protecting law enforcement capability");
    }

    private static String block(String text, String from, String to) {
        int start = text.indexOf("\n" + from);
        return text.substring(start, text.indexOf(to, start + from.length() + 1));
    }

    @Test
    void seed000CitesSection22AndNeitherConfirmsNorDeniesCovertUse() {
        Letter letter = letter(Seeds.seed000());

        assertThat(letter.text()).contains("2018030000340", "Section 22(1)(a) – Information intended for future"
                        + " publication", "It will be published: The reviewed PIA",
                "can neither confirm nor deny whether it holds any other information in relation to the covert use of"
                        + " facial recognition technology",
                "- Section 24(2)", "- Section 31(3)", "should not be taken as an indication",
                "Public interest considerations favouring neither confirming nor denying",
                // Received Wed 7 March 2018; 20 working days skip 19 March (St Patrick's Day observed in Northern Ireland,
                // FOIA s10(6)), Good Friday and Easter Monday.
                "I apologise for the delay in responding: the response was due by Monday 9 April 2018",
                "    i. If yes, when was this policy created?", "Section 31(3) removes the duty to confirm or deny", "A total of 104 alerts");
        assertThat(letter.text()).contains("LEGAL ANNEX", "National security", "https://www.legislation.gov.uk/");
    }

    @Test
    void seed001AnswersNotHeldPointsToThePublishedDocumentAndReferstoAcro() {
        String text = letter(Seeds.seed001()).text();

        assertThat(text).contains("01.FOI.22.024139", "Section 21(1)", "It is available here: https://www.met.police.uk",
                "Section 31(1)(a)", "Section 31(1)(b)", "Section 40(2)", "Section 40(3A)(a)",
                "This information is not held.", "This data is not measured or collated.",
                "This information is held by ACRO Criminal Records Office, not by us.",
                "SECTION 16 – ADVICE AND ASSISTANCE", "You may wish to ask ACRO",
                "Evidence of harm. We consider that disclosure would be likely to cause this harm");
        // The annex explains each provision once, however many of its limbs are cited.
        assertThat(text).containsOnlyOnce("Section 31(1)(a), Section 31(1)(b) – Law enforcement\n");
    }

    @Test
    void seed002ExplainsSection84AndTheDocumentsElsewhere() {
        String text = letter(Seeds.seed002()).text();

        assertThat(text).contains("01.FOI.21.022107", "This is not a request for recorded information (sections 8"
                + " and 84)", "Section 84", "reasonably accessible to you by other means (section 21)",
                "8. Why was refusal to consent seen as suspicious behaviour?");
        String relied = text.substring(text.indexOf("The provisions relied on are:"), text.indexOf("ANSWERS"));
        assertThat(relied).as("s84 explains question 8, which refuses nothing: it is not a provision relied on")
                .contains("- Section 21(1)").doesNotContain("Section 84");
    }

    @Test
    void seed003WithholdsUnderSections40And31And42() {
        String text = letter(Seeds.seed003()).text();

        assertThat(text).contains("01.FOI.23.033513", "Section 42(1) – ", "Section 40(2)", "Section 31(1)(a)",
                "Three new sets of minutes");
        // Responded Thu 5 October 2023: 40 working days end on Fri 1 December, not Thu 30 November, because
        // St Andrew's Day is a bank holiday in Scotland and counts under FOIA s10(6) wherever the authority is.
        assertThat(text).contains("that is by Friday 1 December 2023");
    }

    @Test
    void seed004ShowsTheClarificationsTheNotHeldAnswerTheSection8PartsAndThePartialNcnd() {
        String html = letter(Seeds.seed004()).html();

        assertThat(html).contains("01.FOI.23.030269", "This should read RIPA (Regulation of Investigatory Powers Act)",
                "<em>Question 3, your clarification of Friday 12 May 2023:</em>", "LFR is a video stream",
                "This is not a request for recorded information", "Section 23(5)", "Section 24(2)", "Section 31(3)",
                "neither confirm nor deny whether it holds any other information in relation to the covert use of"
                        + " facial recognition technology, by the MPS or otherwise");
        assertThat(html).contains("Regulation of Investigatory Powers Act", "Reasons for the decision");
    }

    @Test
    void theLetterQuotesTheRequestAsAskedAndEscapesItInHtml() {
        Seeds.Seed seed = Seeds.seed002();
        uk.foi.core.fixtures.MutableClock clock = uk.foi.core.fixtures.MutableClock.on(LocalDate.of(2023, 5, 10));
        uk.foi.core.request.FoiRequest risky = uk.foi.core.fixtures.CoreFixtures.receive(
                uk.foi.core.fixtures.CoreFixtures.office(clock), seed.authority(), LocalDate.of(2023, 5, 2),
                "1. Costs <script>alert(1)</script> & fees");

        assertThat(letter(seed).text()).contains("Operational use of Live Facial Recognition (LFR) by the Met Police");
        Letter ack = WRITER.acknowledgement(seed.authority(), risky, Optional.empty(), LocalDate.of(2023, 5, 2));
        assertThat(ack.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; fees",
                "Dear Requester");
        assertThat(ack.text()).contains("<script>alert(1)</script> & fees");
    }

    @Test
    void theOtherLettersStateTheirDates() {
        Seeds.Seed seed = Seeds.seed004();
        LocalDate sent = LocalDate.of(2023, 5, 9);

        assertThat(WRITER.acknowledgement(seed.authority(), seed.request(), Optional.empty(), sent).text())
                .contains("We will respond by", "FOIA s10(1)");
        assertThat(WRITER.clarification(seed.authority(), seed.request(), Optional.empty(), "Which Act?", sent)
                .text()).contains("Which Act?", "section 1(3)");
        assertThat(WRITER.feesNotice(seed.authority(), seed.request(), Optional.empty(), 1_250, sent).text())
                .contains("£12.50", "does not run until the fee is paid");
    }
}
