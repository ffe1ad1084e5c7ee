package uk.foi.letters;

import static uk.foi.core.fixtures.CoreFixtures.metPolice;
import static uk.foi.core.fixtures.CoreFixtures.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.foi.core.authority.Authority;
import uk.foi.core.fixtures.CoreFixtures;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.core.reference.ReferenceFormat;
import uk.foi.core.request.Channel;
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.Intake;
import uk.foi.core.request.Recorded;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.RequestText;
import uk.foi.core.request.Requester;
import uk.foi.exemptions.refusal.Ground;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.PublicInterestRecord;

/**
 * The five Metropolitan Police seed responses ({@code ../shared/seeds/}) as requests taken from receipt through
 * decisions to the response. Questions are abridged; decisions, provisions and answers follow the letters. Where a
 * seed's own refusal notice falls short of s17 (seed 002 answers "publicly available" without citing s21), the
 * fixture records what a valid notice needs, because the office would otherwise refuse to issue it.
 */
final class Seeds {

    /**
     * A seed taken to its response.
     *
     * @param name      the seed file's number
     * @param authority the authority (the Met; its 2018 reference format for seed 000)
     * @param request   the request after the response
     * @param requester who asked
     * @param events    every event, the response last
     */
    record Seed(String name, Authority authority, FoiRequest request, Requester requester, List<Recorded> events) {
    }

    private Seeds() {
    }

    static PublicInterestRecord pit(String forDisclosure, String against, String balance) {
        return new PublicInterestRecord(List.of(forDisclosure), List.of(against), balance);
    }

    static List<Seed> all() {
        return List.of(seed000(), seed001(), seed002(), seed003(), seed004());
    }

    /** 2018030000340: facial recognition policies; s22(1)(a) for the PIA; NCND s24(2), s31(3) for covert use. */
    static Seed seed000() {
        Authority met2018 = new Authority(metPolice().id(), metPolice().name(), metPolice().clock(),
                metPolice().costLimit(), ReferenceFormat.of("{yyyy}{MM}{seq:7}"), metPolice().contact());
        String text = """
                I write to request information and records under the FOIA. Specifically, I am asking the following:
                1. Does your force have any policy guidance relating to automated facial recognition?
                a. If yes, when were the policies created? (Please provide a copy of said policies)
                2. Did your force complete a privacy impact assessment (PIA) before using live automated facial recognition technology?
                a. If yes, on what date/s were the PIAs completed? (Please provide copies of these PIAs.)
                3. Is there any policy relating to who can access the images of positive matches and false positive matches respectively?
                i. If yes, when was this policy created?
                ii. If yes, who can access the images of positive and false positive matches respectively?
                4. How many images captured in the course of using automated facial recognition technology have ever been retained?
                5. What is the retention period for images that relate to:
                a. Positive matches
                b. False positive matches.
                """;
        return seed("000", met2018, 340, LocalDate.of(2018, 3, 7), LocalDate.of(2018, 5, 17), text,
                Requester.byEmail("Ms Carlo", "requester-000@example.org"),
                List.of(),
                decide("1", PartDecision.of("1", Outcome.DISCLOSED).answer("The policy the MPS is working to is"
                        + " contained within the original PIA.").build()),
                decide("2", PartDecision.of("2", Outcome.PARTIALLY_DISCLOSED)
                        .answer("Yes, the PIA was written in April 2017.").citing("FOIA s22(1)(a)")
                        .sharedReasons("The PIA is being reviewed and the reviewed version will be published.")
                        .toBePublished("The reviewed PIA will be published on the MPS website when the review ends.")
                        .sharedPublicInterest(pit("Publication now would show how the MPS assessed privacy.",
                                "Publishing the same document twice in quick succession would confuse the public.",
                                "The balance favours waiting for the planned publication."))
                        .build()),
                decide("3", PartDecision.of("3", Outcome.DISCLOSED).answer("Only MPS personnel assigned to the"
                        + " live FR deployment are authorised to access the footage.").build()),
                decide("4", PartDecision.of("4", Outcome.DISCLOSED).answer("A total of 104 alerts have been"
                        + " generated by the FR system.").build()),
                decide("5", PartDecision.of("5", Outcome.DISCLOSED).answer("30 days").build()),
                decide(RequestText.WHOLE, PartDecision.of(RequestText.WHOLE, Outcome.NEITHER_CONFIRM_NOR_DENY)
                        .grounds(covertUse("FOIA s24(2)", "Confirming would show criminals and terrorists what the"
                                        + " capacity and tactical abilities of the MPS are.",
                                        "Confirming would undermine national security."),
                                covertUse("FOIA s31(3)", "Confirming or denying would limit operational capabilities:"
                                        + " offenders would learn the police's methods and could counter them.",
                                        "Confirming would compromise police tactics and future prosecutions."))
                        .build()));
    }

    /**
     * A neither-confirm-nor-deny ground about covert facial recognition, with the seed's own scope and its test for
     * this provision alone, as the seed's letter gives one per section; a likelihood of harm only for the
     * prejudice-based s31(3), since s24(2) applies where it is required for national security.
     */
    private static Ground covertUse(String provision, String reasons, String against) {
        Ground ground = Ground.of(provision).because(reasons);
        if (provision.startsWith("FOIA s31")) {
            ground = ground.harm(HarmLikelihood.WOULD_BE_LIKELY_TO);
        }
        return ground.ncndScope("any other information in relation to the covert use of facial recognition technology")
                .publicInterest(pit("Confirming would inform debate on the use of public funds.", against,
                        "The public interest favours neither confirming nor denying."));
    }

    /** 01.FOI.22.024139: community impact assessments; s21, s31(1)(a)(b), s40(2); not held; ACRO holds PNC data. */
    static Seed seed001() {
        String text = """
                1. I am requesting the Community Impact Assessments for all LFR deployments from 2016 to 2022.
                2. What is the distribution of true alerts and true alert engagements across demographic classes (IC codes)?
                3. What is the distribution of false alerts and false alert engagements across demographic classes (IC codes)?
                4. What legal basis for MPS' planned use and updated capability of RFR?
                5. How is it different from the legal basis for LFR?
                6. For the previous or current function of RFR under the PNC, what are the criteria for where can the probe image come from?
                7. Can the probe image come from social media?
                8. In what circumstances can RFR be used?
                9. What is the distribution of the PNC across demographic classes (IC codes)?
                """;
        PartDecision redacted = PartDecision.of("1", Outcome.PARTIALLY_DISCLOSED)
                .answer("We have located 2 Community Impact Assessment documents, attached in redacted format.")
                .citing("FOIA s31(1)(a)", "FOIA s31(1)(b)", "FOIA s40(2)", "FOIA s40(3A)(a)")
                .sharedReasons("Deployment details would help offenders avoid detection; officers' names are personal data"
                        + " whose disclosure would breach the first data protection principle.")
                .sharedHarm(HarmLikelihood.WOULD_BE_LIKELY_TO)
                .sharedPublicInterest(pit("Transparency about how LFR is deployed.",
                        "Disclosure would compromise law enforcement tactics.",
                        "The balance favours withholding the tactical detail."))
                .build();
        PartDecision published = PartDecision.of("1", Outcome.ACCESSIBLE_ELSEWHERE).citing("FOIA s21(1)")
                .sharedReasons("One assessment is already in the public domain.")
                .accessibleAt("https://www.met.police.uk/advice/advice-and-information/fr/facial-recognition")
                .build();
        PartDecision notMeasured = PartDecision.of("2", Outcome.NOT_HELD)
                .answer("This data is not measured or collated.").build();
        return seed("001", metPolice(), 24_139, LocalDate.of(2022, 11, 1), LocalDate.of(2022, 11, 29), text,
                Requester.byEmail("A Researcher", "requester-001@example.org"), List.of(),
                decide("1", published, redacted),
                decide("2", notMeasured),
                decide("3", PartDecision.of("3", Outcome.NOT_HELD).answer("This data is not measured or collated.")
                        .build()),
                decide("4", PartDecision.of("4", Outcome.NOT_HELD)
                        .advice("The MPS intends to publish a document similar to the LFR Legal Mandate before RFR"
                                + " is deployed operationally.").build()),
                decide("5", PartDecision.of("5", Outcome.NOT_RECORDED_INFORMATION).citing("FOIA s84")
                        .advice("This asks for an opinion. FOIA covers information already held in recorded form.")
                        .build()),
                decide("6", PartDecision.of("6", Outcome.NOT_HELD).answer("This is not in operation.").build()),
                decide("7", PartDecision.of("7", Outcome.NOT_HELD).answer("This is not in operation.").build()),
                decide("8", PartDecision.of("8", Outcome.NOT_HELD).answer("This is not in operation.").build()),
                decide("9", PartDecision.of("9", Outcome.HELD_BY_ANOTHER_BODY).heldBy("ACRO Criminal Records Office")
                        .answer("Although the MPS uses the PNC system, responsibility for sharing PNC data falls under"
                                + " ACRO.")
                        .advice("You may wish to ask ACRO: https://www.acro.police.uk/").build()));
    }

    /** 01.FOI.21.022107: operational use of LFR; s21 for published documents; s84 for question 8. */
    static Seed seed002() {
        String text = """
                Operational use of Live Facial Recognition (LFR) by the Met Police including:
                1. Where LFR is in routine operational usage
                2. How many people have been stopped as a result of being identified by LFR technology
                3. How many of these stops were accurate
                4. How many of these stops were within the scope of the deployment
                5. How consent is gained, and how the Met believes this is legal.
                6. What changes have been made to the implementation of LFR in response to the independent report?
                7. If no changes were made, why not?
                8.Why was refusal to consent seen as suspicious behaviour? Why was this person fined?
                """;
        String documents = "https://www.met.police.uk/advice/advice-and-information/fr/facial-recognition";
        List<Decide> decisions = new ArrayList<>();
        for (String q : List.of("1", "2", "3", "5", "6")) {
            decisions.add(decide(q, PartDecision.of(q, Outcome.ACCESSIBLE_ELSEWHERE).citing("FOIA s21(1)")
                    .sharedReasons("This information is publicly available (LFR - Documents).").accessibleAt(documents)
                    .build()));
        }
        decisions.add(decide("4", PartDecision.of("4", Outcome.DISCLOSED).answer("No stops outside the scope of"
                + " a deployment can occur as the result of an LFR match.").build()));
        decisions.add(decide("7", PartDecision.of("7", Outcome.DISCLOSED).answer("Please refer to the answer"
                + " above.").build()));
        decisions.add(decide("8", PartDecision.of("8", Outcome.NOT_RECORDED_INFORMATION).citing("FOIA s84")
                .advice("This asks about an activity relating to an individual; even as a request for information it"
                        + " would seek personal data.").build()));
        return seed("002", metPolice(), 22_107, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 28), text,
                Requester.byEmail("A Journalist", "requester-002@example.org"), List.of(),
                decisions.toArray(Decide[]::new));
    }

    /** 01.FOI.23.033513: board minutes; s21 for published minutes; s40(2), s31(1)(a), s42(1) redactions. */
    static Seed seed003() {
        String text = "I am writing to request the following information relating:\n"
                + "A copy of all Strategic Facial Recognition Board minutes from 2023";
        return seed("003", metPolice(), 33_513, LocalDate.of(2023, 9, 7), LocalDate.of(2023, 10, 5), text,
                Requester.byEmail("A Campaigner", "requester-003@example.org"), List.of(),
                decide("1",
                        PartDecision.of("1", Outcome.ACCESSIBLE_ELSEWHERE).citing("FOIA s21(1)")
                                .sharedReasons("Some of the minutes are already in the public domain.")
                                .accessibleAt("https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2023/")
                                .build(),
                        PartDecision.of("1", Outcome.PARTIALLY_DISCLOSED)
                                .answer("Three new sets of minutes are attached with redactions.")
                                .citing("FOIA s40(2)", "FOIA s40(3A)(a)", "FOIA s31(1)(a)", "FOIA s42(1)")
                                .sharedReasons("Names of living individuals are personal data; some content would assist"
                                        + " offenders; the minutes of 12/07/2023 contain legal advice.")
                                .sharedHarm(HarmLikelihood.WOULD_BE_LIKELY_TO)
                                .sharedPublicInterest(pit("Public debate about the police use of technology.",
                                        "Protecting tactics and the confidentiality of legal advice.",
                                        "The balance favours withholding the redacted parts."))
                                .build()));
    }

    /** 01.FOI.23.030269: the coronation; clarified; s21, s31(1)(a), not held, s8, partial NCND s23(5), s24(2), s31(3). */
    static Seed seed004() {
        String text = """
                1. Did police deploy facial recognition devices in London during the coronation event on Saturday 6th May 2023?
                2. If such devices were deployed, how many were deployed?
                3. Is the deployment of such devices subject to the Regulatory Investigatory Procedures Act?
                4. What were the time periods of any deployment?
                5. If deployed, how many images were captured during that period?
                6. Were any arrests made as a result of those images being captured? If so how many?
                7. How long do MP retain said images and at which point do Police review such images for disposal?
                8. Do MP retain or link captured images to any pre-existing photographs obtained through PACE procedures?
                9. Do MP have a MOPI policy and MOPI review process
                10. Does MP implement any existing MOPI policy and process?
                """;
        String published = "https://www.met.police.uk/advice/advice-and-information/fr/facial-recognition";
        List<Command> clarified = List.of(
                new Command.SeekClarification(LocalDate.of(2023, 5, 9), "Who do you mean by police, and which Act?"),
                new Command.ReceiveClarification(LocalDate.of(2023, 5, 10), "The term 'agencies' means mutual aid"
                        + " officers and staff under the operational command of the MPS on the day.", List.of("1")),
                new Command.SeekClarification(LocalDate.of(2023, 5, 11), "Which Act in question 3?"),
                new Command.ReceiveClarification(LocalDate.of(2023, 5, 12), "This should read RIPA (Regulation of"
                        + " Investigatory Powers Act)", List.of("3")));
        List<Decide> decisions = new ArrayList<>();
        for (String q : List.of("1", "2", "6", "7", "9")) {
            decisions.add(decide(q, PartDecision.of(q, Outcome.ACCESSIBLE_ELSEWHERE).citing("FOIA s21(1)")
                    .sharedReasons("The information about overt use of LFR at the coronation is already published.")
                    .accessibleAt(published).build()));
        }
        decisions.add(decide("3", PartDecision.of("3", Outcome.DISCLOSED).answer("The legal framework for"
                + " deploying LFR, which refers to RIPA, is published in the LFR Legal Mandate.").build()));
        decisions.add(decide("4", PartDecision.of("4", Outcome.WITHHELD).citing("FOIA s31(1)(a)")
                .sharedReasons("Deployment times would show when and where LFR was not in use, helping offenders.")
                .sharedHarm(HarmLikelihood.WOULD_BE_LIKELY_TO)
                .sharedPublicInterest(pit("Accountability for the use of LFR at a major event.",
                        "Disclosure would undermine the prevention and detection of crime.",
                        "The balance favours withholding."))
                .build()));
        decisions.add(decide("5", PartDecision.of("5", Outcome.NOT_HELD)
                .answer("LFR is a video stream and does not capture images.")
                .advice("Question 5 misunderstands the technology: see the LFR documents for how it works.").build()));
        for (String q : List.of("8", "10")) {
            decisions.add(decide(q, PartDecision.of(q, Outcome.NOT_RECORDED_INFORMATION).citing("FOIA s8(1)")
                    .advice("This asks the MPS to account for an activity rather than for recorded information. We"
                            + " can help you rephrase it as a request for recorded information.").build()));
        }
        String scope = "any other information in relation to the covert use of facial recognition technology,"
                + " by the MPS or otherwise, beyond what this response confirms";
        String reasons = "Confirming or denying whether any further information is held, beyond what is confirmed"
                + " above, would reveal whether security bodies were involved and undermine national security and"
                + " law enforcement.";
        decisions.add(decide(RequestText.WHOLE, PartDecision.of(RequestText.WHOLE,
                        Outcome.NEITHER_CONFIRM_NOR_DENY)
                .grounds(Ground.of("FOIA s23(5)").because(reasons).ncndScope(scope),
                        Ground.of("FOIA s24(2)").because(reasons).ncndScope(scope).publicInterest(pit(
                                "Public confidence in how LFR was used at the coronation.",
                                "Protecting national security capability.",
                                "The balance favours neither confirming nor denying.")),
                        Ground.of("FOIA s31(3)").because(reasons).ncndScope(scope)
                                .harm(HarmLikelihood.WOULD_BE_LIKELY_TO).publicInterest(pit(
                                        "Public confidence in how LFR was used at the coronation.",
                                        "Protecting law enforcement capability.",
                                        "The balance favours neither confirming nor denying.")))
                .build()));
        return seed("004", metPolice(), 30_269, LocalDate.of(2023, 5, 9), LocalDate.of(2023, 6, 8), text,
                Requester.byEmail("A Resident", "requester-004@example.org"), clarified,
                decisions.toArray(Decide[]::new));
    }

    /** A part's decisions, dated when the seed is run. */
    record Decide(String label, List<PartDecision> decisions) {
    }

    static Decide decide(String label, PartDecision... decisions) {
        return new Decide(label, List.of(decisions));
    }

    /** Logs the request, runs the commands, decides the parts on the response day and issues the response. */
    private static Seed seed(String name, Authority authority, long sequence, LocalDate received, LocalDate respond,
            String text, Requester requester, List<Command> before, Decide... decisions) {
        MutableClock clock = MutableClock.on(respond);
        FoiOffice office = office(clock);
        List<Recorded> events = new ArrayList<>();
        FoiOffice.Handled h = office.receive(authority, new Intake(RequestId.random(), received, Channel.EMAIL, text),
                (a, year) -> sequence);
        events.add(h.recorded());
        List<Command> commands = new ArrayList<>(before);
        for (Decide d : decisions) {
            commands.add(new Command.DecidePart(respond, d.label(), d.decisions()));
        }
        commands.add(new Command.IssueResponse(respond));
        FoiRequest request = h.request();
        for (Command c : commands) {
            h = office.handle(request, c);
            if (h.refused()) {
                throw new AssertionError("seed " + name + ": " + c.name() + " refused: " + h.event());
            }
            events.add(h.recorded());
            request = h.request();
        }
        return new Seed(name, authority, request, requester, events);
    }

    /** @return the shared statutory clock */
    static uk.foi.deadlines.StatutoryClock statutoryClock() {
        return CoreFixtures.STATUTORY_CLOCK;
    }
}
