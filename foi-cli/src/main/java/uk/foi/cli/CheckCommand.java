package uk.foi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.CitationParser;
import uk.foi.exemptions.cost.Activity;
import uk.foi.exemptions.cost.CostEstimate;
import uk.foi.exemptions.cost.CostLimitTier;
import uk.foi.exemptions.refusal.DraftResponse;
import uk.foi.exemptions.refusal.Finding;
import uk.foi.exemptions.refusal.Ground;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.PublicInterestRecord;
import uk.foi.exemptions.refusal.QualifiedOpinion;
import uk.foi.exemptions.refusal.RefusalCheck;

/**
 * {@code foi check}: the section 17 check of a draft response in JSON (shape in docs/exemptions.md). Exit 1 when
 * the draft has errors or cannot be read.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a draft response (JSON) against FOIA s17 / EIR reg 14. Exit 1 if it has errors.")
final class CheckCommand implements Callable<Integer> {

    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final InputStream in;
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DRAFT", description = "The draft response as JSON, or - for standard input.")
    String draft;

    CheckCommand(InputStream in, Clock clock) {
        this.in = in;
        this.clock = clock;
    }

    /** The draft as JSON: {@code citations} is text the citation parser reads ("Section 31(1)(a) and 40(2)"). */
    record DraftJson(String regime, String date, boolean internalReviewStated, boolean regulatorRightStated,
                     boolean presumptionStated, CostLimitTier costLimitTier, List<PartJson> parts) {
    }

    /**
     * One part as JSON: the decision shape the API uses ({@code grounds}, {@code circumstances}), or the 0.1 draft's
     * ({@code citations} as text with one {@code reasons}, {@code harm} and {@code publicInterest} for the part, and
     * the circumstances as booleans), which is still read. {@code costEstimateHours} maps activities to hours.
     */
    record PartJson(String label, String outcome, String answer, List<GroundJson> grounds, String citations,
                    String reasons, PitJson publicInterest, HarmLikelihood harm, boolean reasonsWouldRevealExempt,
                    String accessibleAt, String publicationIntention, Map<Activity, Double> costEstimateHours,
                    String advice, String otherBody, String completion, boolean aboutEmissions,
                    Integer recordCreatedYear, boolean heldByArchives, boolean previousVexatiousNotice,
                    List<PartDecision.Circumstance> circumstances) {
    }

    /** One provision with what is said about it; {@code citation} is text the citation parser reads. */
    record GroundJson(String citation, String reasons, HarmLikelihood harm, PitJson publicInterest,
                      String ncndScope, OpinionJson qualifiedOpinion) {
    }

    /** FOIA s36(2): the qualified person's opinion as JSON. */
    record OpinionJson(String person, java.time.LocalDate givenOn) {
    }

    /** The public interest test as JSON. */
    record PitJson(List<String> forDisclosure, List<String> forMaintaining, String conclusion) {
    }

    @Override
    public Integer call() throws IOException {
        String name = draft.equals("-") ? "standard input" : draft;
        String text = draft.equals("-") ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(draft));
        DraftJson json;
        try {
            json = READER.readValue(text, DraftJson.class);
        } catch (JsonMappingException e) {
            throw new IllegalArgumentException(name + ": " + path(e) + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ": " + firstLine(e.getOriginalMessage()));
        }
        RefusalCheck.Report report = RefusalCheck.standard().check(toDraft(json, name));
        PrintWriter out = spec.commandLine().getOut();
        for (Finding finding : report.findings()) {
            out.println(finding);
        }
        out.println(report.errors().size() + " error(s), " + report.warnings().size() + " warning(s)"
                + (report.blocks() ? ": fix the errors before sending" : ""));
        return report.blocks() ? 1 : 0;
    }

    private DraftResponse toDraft(DraftJson json, String name) {
        if (json == null || json.regime() == null || json.parts() == null) {
            throw new IllegalArgumentException(name + ": 'regime' and 'parts' are required");
        }
        Regime regime;
        LocalDate date;
        try {
            regime = Regime.parse(json.regime());
            date = json.date() == null ? LocalDate.now(clock.withZone(ZoneId.of("Europe/London")))
                    : Converters.date(json.date());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        CitationParser parser = CitationParser.forRegime(regime);
        List<PartDecision> parts = new ArrayList<>();
        for (int i = 0; i < json.parts().size(); i++) {
            PartJson part = json.parts().get(i);
            String where = name + ": parts[" + i + "]";
            if (part == null || part.outcome() == null) {
                throw new IllegalArgumentException(where + ".outcome is required");
            }
            Outcome outcome;
            try {
                outcome = Outcome.parse(part.outcome());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ".outcome: " + e.getMessage(), e);
            }
            PartDecision.Builder builder = PartDecision.of(part.label() == null ? String.valueOf(i + 1)
                            : part.label(), outcome).answer(text(part.answer()))
                    .accessibleAt(text(part.accessibleAt())).toBePublished(text(part.publicationIntention()))
                    .advice(text(part.advice())).heldBy(text(part.otherBody())).completion(text(part.completion()));
            if (part.grounds() != null) {
                if (part.citations() != null || part.reasons() != null || part.harm() != null
                        || part.publicInterest() != null) {
                    throw new IllegalArgumentException(where + ": give citations, reasons, harm and publicInterest"
                            + " on each ground, or use the 0.1 form without grounds, not both");
                }
                builder.grounds(grounds(parser, part.grounds(), where));
            } else {
                builder.citing(citations(parser, part.citations(), where + ".citations"))
                        .sharedReasons(text(part.reasons()));
                if (part.publicInterest() != null) {
                    builder.sharedPublicInterest(pit(part.publicInterest()));
                }
                if (part.harm() != null) {
                    builder.sharedHarm(part.harm());
                }
            }
            if (part.circumstances() != null) {
                builder.because(part.circumstances().toArray(PartDecision.Circumstance[]::new));
            }
            if (part.reasonsWouldRevealExempt()) {
                builder.because(PartDecision.Circumstance.REASONS_WOULD_REVEAL_EXEMPT);
            }
            if (part.costEstimateHours() != null) {
                builder.costEstimate(estimate(regime, json.costLimitTier(), part.costEstimateHours(), where));
            }
            if (part.aboutEmissions()) {
                builder.because(PartDecision.Circumstance.ABOUT_EMISSIONS);
            }
            if (part.recordCreatedYear() != null) {
                builder.recordCreatedIn(part.recordCreatedYear());
            }
            if (part.heldByArchives()) {
                builder.because(PartDecision.Circumstance.HELD_BY_ARCHIVES);
            }
            if (part.previousVexatiousNotice()) {
                builder.because(PartDecision.Circumstance.PREVIOUS_VEXATIOUS_NOTICE);
            }
            try {
                parts.add(builder.build());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return new DraftResponse(regime, date, parts, json.internalReviewStated(), json.regulatorRightStated(),
                json.presumptionStated());
    }

    private static List<Ground> grounds(CitationParser parser, List<GroundJson> grounds, String where) {
        List<Ground> out = new ArrayList<>();
        for (int j = 0; j < grounds.size(); j++) {
            GroundJson g = grounds.get(j);
            String at = where + ".grounds[" + j + "].citation";
            List<Citation> cited = g == null ? List.of() : citations(parser, g.citation(), at);
            if (cited.size() != 1) {
                throw new IllegalArgumentException(at + ": one provision per ground, e.g. \"FOIA s31(1)(a)\"");
            }
            java.util.Optional<QualifiedOpinion> opinion = java.util.Optional.empty();
            if (g.qualifiedOpinion() != null) {
                if (g.qualifiedOpinion().person() == null || g.qualifiedOpinion().person().isBlank()
                        || g.qualifiedOpinion().givenOn() == null) {
                    throw new IllegalArgumentException(where + ".grounds[" + j + "].qualifiedOpinion: give the"
                            + " person and the date it was given, e.g. {\"person\": \"Chief Executive\","
                            + " \"givenOn\": \"2026-11-20\"}");
                }
                opinion = java.util.Optional.of(new QualifiedOpinion(g.qualifiedOpinion().person().strip(),
                        g.qualifiedOpinion().givenOn()));
            }
            out.add(new Ground(cited.get(0), text(g.reasons()), java.util.Optional.ofNullable(g.harm()),
                    java.util.Optional.ofNullable(g.publicInterest()).map(CheckCommand::pit), text(g.ncndScope()),
                    opinion));
        }
        return out;
    }

    private static PublicInterestRecord pit(PitJson pit) {
        return new PublicInterestRecord(list(pit.forDisclosure()), list(pit.forMaintaining()), text(pit.conclusion()));
    }

    private static List<Citation> citations(CitationParser parser, String text, String where) {
        if (text == null) {
            return List.of();
        }
        CitationParser.Result result = parser.parse(text);
        if (!result.problems().isEmpty()) {
            throw new IllegalArgumentException(where + ": " + result.problems().stream()
                    .map(p -> "'" + p.text() + "': " + p.reason()).collect(Collectors.joining("; ")));
        }
        return result.distinct();
    }

    private static CostEstimate estimate(Regime regime, CostLimitTier tier, Map<Activity, Double> hours, String where) {
        if (tier == null) {
            throw new IllegalArgumentException(where + ".costEstimateHours needs 'costLimitTier' on the draft:"
                    + " CENTRAL_GOVERNMENT, OTHER_AUTHORITY or SCOTTISH_AUTHORITY");
        }
        Map<Activity, Duration> time = new EnumMap<>(Activity.class);
        hours.forEach((activity, h) -> {
            if (h == null || h < 0 || h > 100_000) {
                throw new IllegalArgumentException(where + ".costEstimateHours." + activity
                        + ": hours must be between 0 and 100000");
            }
            time.put(activity, Duration.ofMinutes(Math.round(h * 60)));
        });
        return new CostEstimate(regime, tier, time);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> list(List<String> value) {
        return value == null ? List.of() : value.stream().map(CheckCommand::text).toList();
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining());
        return path.isEmpty() ? "" : path.substring(path.startsWith(".") ? 1 : 0) + ": ";
    }

    private static String firstLine(String message) {
        String line = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        return line.replaceAll(" \\(class [^)]*\\)", "").replaceAll("`[a-z.]+\\.([A-Za-z$]+)`", "$1")
                .replaceAll("CheckCommand\\$(Draft|Part|Pit|Ground)Json", "a JSON object ($1)");
    }
}
