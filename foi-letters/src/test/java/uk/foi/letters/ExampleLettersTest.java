package uk.foi.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.core.fixtures.CoreFixtures.office;
import static uk.foi.core.fixtures.CoreFixtures.receive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.reference.ReferenceFormat;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.core.request.Command;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.Requester;
import uk.foi.core.request.ReviewResult;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.cost.Activity;
import uk.foi.exemptions.cost.CostEstimate;
import uk.foi.exemptions.cost.CostLimitTier;
import uk.foi.exemptions.refusal.Ground;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.PublicInterestRecord;

/**
 * A generated letter for each law and each kind of outcome, kept in {@code docs/examples/letters/} to be read beside
 * real ones (the index there links a published letter for each). Every request is run through the office, so each
 * response passed the section 17 check before its letter was written. The files must be what the letters are today:
 * a change to the letters that changes them fails here until they are regenerated with
 * {@code ./mvnw -pl foi-letters test -Dtest=ExampleLettersTest -Dexamples.write=true}.
 */
class ExampleLettersTest {

    static final Path DIR = Path.of("..", "docs", "examples", "letters");
    static final LetterWriter WRITER = new LetterWriter(Seeds.statutoryClock(), Catalogue.bundled(),
            LetterTemplates.bundled()).withStaff(user -> Optional.of(new CaseOfficer("Sam Patel",
            "Information Rights Officer", Optional.of("0300 123 4567"))));
    static final Requester REQUESTER = new Requester("Ms A Requester", Optional.of("a.requester@example.org"),
            Optional.of("1 High Street\nAnytown\nAB1 2CD"));
    static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);
    static final LocalDate DECIDED = LocalDate.of(2025, 3, 26);
    static final PublicInterestRecord BALANCE = new PublicInterestRecord(
            List.of("Openness about how the authority enforces the law.", "Accountability for public money."),
            List.of("Offenders would learn when and where inspections are made and avoid them."),
            "The public interest in openness is met by the figures disclosed; it does not outweigh the harm to"
                    + " enforcement of showing the inspection plan.");

    static final PublicInterestRecord NCND_BALANCE = new PublicInterestRecord(
            List.of("Openness about how the authority enforces food safety law."),
            List.of("Saying whether a named premises is under investigation would alert its operators."),
            "Revealing whether an investigation exists would defeat it; the public interest favours neither"
                    + " confirming nor denying.");

    /** The provisions a law relies on for each outcome, in its own numbering. */
    record Law(Regime regime, String prejudice, List<String> personalData, List<String> ncnd, String burden,
            String vexatious) {
    }

    static final List<Law> LAWS = List.of(
            new Law(Regime.FOIA, "FOIA s31(1)(a)", List.of("FOIA s40(2)", "FOIA s40(3A)(a)"),
                    List.of("FOIA s31(3)"), "FOIA s12(1)", "FOIA s14(1)"),
            new Law(Regime.EIR, "EIR reg12(5)(a)", List.of("EIR reg13(1)", "EIR reg13(2A)(a)"),
                    List.of("EIR reg12(6)", "EIR reg12(5)(a)"), "EIR reg12(4)(b)", "EIR reg12(4)(b)"),
            new Law(Regime.FOISA, "FOISA s35(1)(a)", List.of("FOISA s38(1)(b)"),
                    List.of("FOISA s18(1)", "FOISA s35(1)(a)"), "FOISA s12(1)", "FOISA s14(1)"),
            new Law(Regime.EISR, "EISR reg10(5)(a)", List.of("EISR reg11(2)"),
                    List.of("EISR reg10(8)", "EISR reg10(5)(a)"), "EISR reg10(4)(b)", "EISR reg10(4)(b)"));

    /** An English borough council (FOIA and the EIR) or a Scottish council (FOISA and the EISR). */
    static Authority authority(Regime regime) {
        return regime.isScottish()
                ? new Authority(AuthorityId.of("anytown-scot"), "Anytown Council", ClockProfile.of(regime),
                        CostLimitTier.SCOTTISH_AUTHORITY, ReferenceFormat.of("FOI-{yyyy}-{seq:4}"),
                        new Authority.Contact("foi@anytown-council.example", "Information Governance\nAnytown"
                                + " Council\nCouncil Buildings\nAnytown\nAB10 1AA", "Information Governance Manager"))
                : new Authority(AuthorityId.of("anytown"), "Anytown Borough Council", ClockProfile.of(regime),
                        CostLimitTier.OTHER_AUTHORITY, ReferenceFormat.of("FOI-{yyyy}-{seq:4}"),
                        new Authority.Contact("foi@anytown.example", "Information Governance\nAnytown Borough"
                                + " Council\nTown Hall\nAnytown\nAN1 1AA", "Information Governance Manager"));
    }

    /** A request in one question, for the outcomes that answer a request as a whole. */
    static final String ASKED_AS_ONE = "Please send me every inspection report on food premises since 2000.";

    static final String ASKED_TWO = """
            Please send me, for your inspections of food premises:
            1. The inspection plan for 2025, with the premises to be visited.
            2. The names of the inspectors.""";

    static final String ASKED = """
            Please send me, for your inspections of food premises:
            1. The number of inspections made in 2024.
            2. The inspection plan for 2025, with the premises to be visited.
            3. The names of the inspectors.""";

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (Law law : LAWS) {
            Map<String, List<PartDecision>> byOutcome = decisions(law);
            byOutcome.forEach((kind, decisions) -> out.add(Arguments.of(law.regime(), kind, decisions)));
            out.add(Arguments.of(law.regime(), "review-outcome", byOutcome.get("partly-disclosed")));
        }
        return out.stream();
    }

    static Map<String, List<PartDecision>> decisions(Law law) {
        Regime regime = law.regime();
        boolean environmental = regime.isEnvironmental();
        // An EIR exception is engaged only if disclosure would have the adverse effect (more probable than not)
        HarmLikelihood harm = environmental ? HarmLikelihood.WOULD : HarmLikelihood.WOULD_BE_LIKELY_TO;
        PartDecision figures = PartDecision.of("1", Outcome.DISCLOSED).answer("We made 1,284 inspections in 2024.")
                .build();
        java.util.function.Function<String, PartDecision> plan = label -> PartDecision.of(label, Outcome.WITHHELD).grounds(new Ground(cite(law.prejudice()),
                "The plan names the premises and the weeks of unannounced visits.", Optional.of(harm),
                Optional.of(BALANCE), "")).build();
        java.util.function.Function<String, PartDecision> names = label -> PartDecision.of(label, Outcome.WITHHELD).grounds(law.personalData().stream()
                .map(c -> new Ground(cite(c), "The inspectors' names are their personal data; they would not"
                        + " expect them to be made public, and disclosing them would be unfair.", Optional.empty(),
                        Optional.empty(), "")).toList()).build();
        // The NCND provision itself (FOISA s18(1), EIR reg 12(6), EISR reg 10(8)) is no prejudice test: the harm is
        // the exemption's it is given with
        // the exemption's it is given with; FOISA s18(1) weighs the public interest in its own words, not as a test
        List<Ground> ncnd = law.ncnd().stream().map(c -> {
            boolean provisionItself = law.ncnd().size() > 1 && c.equals(law.ncnd().get(0));
            return new Ground(cite(c), "Confirming whether a named premises is under investigation would itself"
                    + " reveal the investigation.", provisionItself ? Optional.empty() : Optional.of(harm),
                    provisionItself && regime == Regime.FOISA ? Optional.empty() : Optional.of(NCND_BALANCE),
                    "information on any investigation of the premises named in your request");
        }).toList();
        PartDecision burden = environmental
                ? PartDecision.of("1", Outcome.WITHHELD).grounds(new Ground(cite(law.burden()),
                        "Answering would mean reading 14,000 inspection files by hand: about 1,400 hours.",
                        Optional.empty(), Optional.of(new PublicInterestRecord(List.of("Openness."),
                        List.of("Diverting 1,400 hours from inspections."), "The burden outweighs the value.")), ""))
                        .advice("A request for one year's files, or for one district, could be answered.").build()
                : PartDecision.of("1", Outcome.COST_LIMIT).citing(law.burden())
                        .costEstimate(new CostEstimate(regime, regime.isScottish()
                                ? CostLimitTier.SCOTTISH_AUTHORITY : CostLimitTier.OTHER_AUTHORITY,
                                Map.of(Activity.LOCATING, Duration.ofHours(400),
                                        Activity.EXTRACTING, Duration.ofHours(1000))))
                        .advice("A request for one year's files, or for one district, could be answered.").build();
        PartDecision vexatious = environmental
                ? PartDecision.of("1", Outcome.VEXATIOUS).grounds(new Ground(cite(law.vexatious()),
                        "This is the forty-first request in three months on the same inspection, each asking again"
                                + " for what we have answered.", Optional.empty(), Optional.of(
                                new PublicInterestRecord(List.of("Openness about the inspection."),
                                        List.of("The requests' burden and their lack of new purpose."),
                                        "The burden outweighs the value of answering again.")), "")).build()
                : PartDecision.of("1", Outcome.VEXATIOUS).citing(law.vexatious()).sharedReasons(
                        "This is the forty-first request in three months on the same inspection, each asking again"
                                + " for what we have answered.").build();
        return new java.util.LinkedHashMap<>(Map.of(
                "disclosed", List.of(figures, PartDecision.of("2", Outcome.DISCLOSED).answer("The plan is attached.")
                        .build(), PartDecision.of("3", Outcome.DISCLOSED).answer("The inspectors have agreed to"
                        + " their names being given: they are listed in the attached table.").build()),
                "partly-disclosed", List.of(figures, plan.apply("2"), names.apply("3")),
                "withheld", List.of(plan.apply("1"), names.apply("2")),
                "neither-confirm-nor-deny", List.of(PartDecision.of("1",
                        Outcome.NEITHER_CONFIRM_NOR_DENY).grounds(ncnd).build()),
                "not-held", List.of(PartDecision.of("1", Outcome.HELD_BY_ANOTHER_BODY)
                        .heldBy("the Food Standards Agency, Foss House, Kings Pool, 1-2 Peasholme Green, York,"
                                + " YO1 7PR").answer("Food premises in this area are inspected by the Food Standards"
                                + " Agency, not by us.").build()),
                "cost-or-burden", List.of(burden),
                "vexatious", List.of(vexatious)));
    }

    private static uk.foi.exemptions.Citation cite(String text) {
        return uk.foi.exemptions.Citation.parse(text);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void eachLawAndOutcomeHasAnExampleLetterThatIsCurrent(Regime regime, String kind, List<PartDecision> decisions)
            throws IOException {
        Authority authority = authority(regime);
        MutableClock today = MutableClock.on(DECIDED);
        FoiOffice office = office(today);
        FoiRequest r = receive(office, authority, RECEIVED, decisions.size() == 1 ? ASKED_AS_ONE
                : decisions.size() == 2 ? ASKED_TWO : ASKED);
        List<Command> commands = new ArrayList<>(List.of(new Command.Acknowledge(RECEIVED),
                new Command.Assign(RECEIVED, "sam", "Information Rights")));
        decisions.stream().map(PartDecision::label).distinct().forEach(label -> commands.add(new Command.DecidePart(
                DECIDED, label, decisions.stream().filter(d -> d.label().equals(label)).toList())));
        commands.add(new Command.IssueResponse(DECIDED));
        if (kind.equals("review-outcome")) {
            commands.add(new Command.RequestReview(LocalDate.of(2025, 4, 7), "The plan should be published."));
            commands.add(new Command.CompleteReview(LocalDate.of(2025, 4, 30), ReviewResult.UPHELD,
                    "The plan's value to offenders outweighs the public interest in it.", List.of()));
        }
        for (Command c : commands) {
            today.setDay(c.on().isAfter(DECIDED) ? c.on() : DECIDED);
            FoiOffice.Handled h = office.handle(r, c);
            assertThat(h.refused()).as("%s %s: %s refused: %s", regime, kind, c.name(), h.event()).isFalse();
            r = h.request();
        }
        Letter letter = kind.equals("review-outcome")
                ? WRITER.reviewOutcome(authority, r, Optional.of(REQUESTER), "The plan should be published.",
                        LocalDate.of(2025, 4, 7), "The plan's value to offenders outweighs the public interest in"
                                + " it.", LocalDate.of(2025, 4, 30))
                : WRITER.response(authority, r, Optional.of(REQUESTER), DECIDED);

        current(DIR.resolve(regime.name().toLowerCase(java.util.Locale.ROOT) + "-" + kind + ".txt"), letter);
    }

    static List<Seeds.Seed> seeds() {
        return Seeds.all();
    }

    /** The five real Metropolitan Police responses, regenerated: to be read beside the real letters. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eachSeedResponseRegeneratedIsCurrent(Seeds.Seed seed) throws IOException {
        current(DIR.resolve("met-police-seed-" + seed.name() + ".txt"), SeedLettersTest.letter(seed));
    }

    /** The file holds the letter's text as written today; {@code -Dexamples.write=true} writes it first. */
    private static void current(Path file, Letter letter) throws IOException {
        if (Boolean.getBoolean("examples.write")) {
            Files.createDirectories(DIR);
            Files.writeString(file, letter.text(), StandardCharsets.UTF_8);
        }
        assertThat(file).as("docs/examples/letters is stale: regenerate with -Dexamples.write=true").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s is stale: regenerate it with"
                + " -Dexamples.write=true", file).isEqualTo(letter.text());
    }
}
