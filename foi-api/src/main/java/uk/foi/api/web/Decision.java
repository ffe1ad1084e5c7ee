package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foi.core.authority.Authority;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.cost.Activity;
import uk.foi.exemptions.cost.CostEstimate;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.PublicInterestRecord;

/**
 * One decision on a part of a request, as the API reads and writes it: {@link PartDecision}, the one decision shape,
 * in JSON. Each provision relied on is a ground with its own reasons, likelihood of harm, public interest test and
 * NCND scope. Citations are canonical ({@code FOIA s31(1)(a)}); the cost estimate is hours per activity.
 *
 * <p>Clients written for 0.1 may still send {@code citations} with one {@code reasons}, {@code harm} and
 * {@code publicInterest} for the whole part; they are placed on the provisions they belong to as
 * {@link uk.foi.exemptions.refusal.Ground#share} explains. They cannot be mixed with {@code grounds}. Output always
 * has {@code grounds}, and {@code citations} as a read-only list of the grounds' provisions.
 *
 * @param label                the part ({@code 1}, {@code 1.a}, {@code *} for the whole request); set from the path
 *                             on input
 * @param outcome              the outcome
 * @param answer               what the requester is told or given
 * @param grounds              the provisions relied on (FOIA s17(1)(b)), each with what is said about it
 * @param citations            the grounds' provisions (output); or, from a 0.1 client, the provisions relied on
 * @param reasons              0.1 input only: why the provisions apply, for the whole part
 * @param publicInterest       0.1 input only: the public interest test, for the whole part
 * @param harm                 0.1 input only: would, or would be likely to, for the whole part
 * @param accessibleAt         where the information is reasonably accessible (s21)
 * @param publicationIntention what will be published, by whom and when (s22)
 * @param costEstimateHours    hours per activity (s12; SI 2004/3244 reg 4(3))
 * @param advice               advice and assistance (s16)
 * @param otherBody            the body that holds the information
 * @param completion           who completes unfinished material and when (EIR reg 14(4))
 * @param recordCreatedYear    the year the record was created (s62, s63)
 * @param circumstances        facts that change what the refusal notice must say: REASONS_WOULD_REVEAL_EXEMPT
 *                             (s17(4)), ABOUT_EMISSIONS (EIR reg 12(9)), HELD_BY_ARCHIVES (s64),
 *                             PREVIOUS_VEXATIOUS_NOTICE (s17(6))
 */
@Serdeable
public record Decision(@Nullable String label, @Nullable Outcome outcome, @Nullable String answer,
        @Nullable List<Ground> grounds, @Nullable List<String> citations, @Nullable String reasons,
        @Nullable PublicInterest publicInterest, @Nullable HarmLikelihood harm, @Nullable String accessibleAt,
        @Nullable String publicationIntention, @Nullable Map<Activity, Double> costEstimateHours,
        @Nullable String advice, @Nullable String otherBody, @Nullable String completion,
        @Nullable Integer recordCreatedYear, @Nullable List<PartDecision.Circumstance> circumstances) {

    /**
     * One provision relied on, with what the notice says about it alone.
     *
     * @param citation       the provision, canonical ({@code FOIA s31(1)(a)})
     * @param reasons        why it applies (FOIA s17(1)(c))
     * @param harm           would, or would be likely to: only for a prejudice-based provision
     * @param publicInterest the public interest test (s17(3)): only for a qualified provision
     * @param ncndScope      for a neither-confirm-nor-deny provision, what is neither confirmed nor denied
     * @param qualifiedOpinion for FOIA s36, the qualified person's reasonable opinion: who gave it and when
     */
    @Serdeable
    public record Ground(@Nullable String citation, @Nullable String reasons, @Nullable HarmLikelihood harm,
            @Nullable PublicInterest publicInterest, @Nullable String ncndScope,
            @Nullable QualifiedOpinion qualifiedOpinion) {
    }

    /**
     * The qualified person's reasonable opinion that FOIA s36(2) rests on.
     *
     * @param person  who gave it, with their role (s36(5))
     * @param givenOn the day it was given, before the exemption is relied on
     */
    @Serdeable
    public record QualifiedOpinion(@Nullable String person, @Nullable LocalDate givenOn) {
        static QualifiedOpinion of(uk.foi.exemptions.refusal.QualifiedOpinion opinion) {
            return new QualifiedOpinion(opinion.person(), opinion.givenOn());
        }
    }

    /**
     * The public interest test.
     *
     * @param forDisclosure  factors for disclosure
     * @param forMaintaining factors for maintaining the exemption
     * @param conclusion     where the balance lies
     */
    @Serdeable
    public record PublicInterest(@Nullable List<String> forDisclosure, @Nullable List<String> forMaintaining,
            @Nullable String conclusion) {

        static PublicInterest of(PublicInterestRecord p) {
            return new PublicInterest(p.forDisclosure(), p.forMaintaining(), p.conclusion());
        }

        PublicInterestRecord toDomain() {
            return new PublicInterestRecord(list(forDisclosure), list(forMaintaining), text(conclusion));
        }
    }

    /**
     * @param d a decision
     * @return it as the API shows it
     */
    public static Decision of(PartDecision d) {
        Map<Activity, Double> hours = d.costEstimate().map(e -> {
            Map<Activity, Double> h = new LinkedHashMap<>();
            e.hours().forEach((activity, time) -> h.put(activity, time.toMinutes() / 60.0));
            return h;
        }).orElse(null);
        List<Ground> grounds = d.grounds().stream().map(g -> new Ground(g.citation().toString(), g.reasons(),
                g.harm().orElse(null), g.publicInterest().map(PublicInterest::of).orElse(null), g.ncndScope(),
                g.qualifiedOpinion().map(QualifiedOpinion::of).orElse(null))).toList();
        return new Decision(d.label(), d.outcome(), d.answer(), grounds,
                d.citations().stream().map(Citation::toString).toList(), null, null, null, d.accessibleAt(),
                d.publicationIntention(), hours, d.advice(), d.otherBody(), d.completion(),
                d.recordCreatedYear().orElse(null), List.copyOf(d.circumstances()));
    }

    /**
     * Reads the decision, naming every wrong field.
     *
     * @param path      where it sits in the body ({@code decisions[0]})
     * @param partLabel the part it decides
     * @param regime    the regime the request is handled under (it prices the estimate)
     * @param authority the authority (its cost-limit tier prices the estimate)
     * @param errors    where wrong fields are added
     * @return the decision, or null if a field was wrong
     */
    public PartDecision toDomain(String path, String partLabel, uk.foi.deadlines.Regime regime, Authority authority,
            List<ApiProblem.FieldError> errors) {
        int before = errors.size();
        if (outcome == null) {
            errors.add(new ApiProblem.FieldError(path + ".outcome", "required: one of "
                    + java.util.Arrays.toString(Outcome.values())));
        }
        List<uk.foi.exemptions.refusal.Ground> read = grounds == null ? List.of() : grounds(path, errors);
        List<Citation> cited = citations(path + ".citations", citations, errors);
        if (grounds != null) {
            for (String legacy : mixed()) {
                errors.add(new ApiProblem.FieldError(path + "." + legacy, "give " + legacy + " on each ground"
                        + " (grounds[i]." + legacy + "); the 0.1 form for the whole part cannot be mixed with"
                        + " grounds"));
            }
            if (citations != null && !cited.equals(read.stream().map(uk.foi.exemptions.refusal.Ground::citation)
                    .toList())) {
                errors.add(new ApiProblem.FieldError(path + ".citations", "leave it out: with grounds, the"
                        + " provisions are the grounds' citations"));
            }
        }
        CostEstimate estimate = null;
        if (costEstimateHours != null) {
            Map<Activity, Duration> hours = new EnumMap<>(Activity.class);
            costEstimateHours.forEach((activity, h) -> {
                if (h == null || h < 0 || h.isNaN() || h > 100_000) {
                    errors.add(new ApiProblem.FieldError(path + ".costEstimateHours." + activity,
                            "hours must be a number from 0 to 100000"));
                } else {
                    hours.put(activity, Duration.ofMinutes(Math.round(h * 60)));
                }
            });
            try {
                estimate = new CostEstimate(regime, authority.costLimit(), hours);
            } catch (IllegalArgumentException e) {
                errors.add(new ApiProblem.FieldError(path + ".costEstimateHours", e.getMessage()));
            }
        }
        if (recordCreatedYear != null && (recordCreatedYear < 1000 || recordCreatedYear > 9999)) {
            errors.add(new ApiProblem.FieldError(path + ".recordCreatedYear", "a four-digit year"));
        }
        if (errors.size() > before) {
            return null;
        }
        PartDecision.Builder b = PartDecision.of(partLabel, outcome).answer(text(answer))
                .accessibleAt(text(accessibleAt)).toBePublished(text(publicationIntention)).advice(text(advice))
                .heldBy(text(otherBody)).completion(text(completion));
        if (grounds != null) {
            b.grounds(read);
        } else {
            b.citing(cited).sharedReasons(text(reasons));
            if (publicInterest != null) {
                b.sharedPublicInterest(publicInterest.toDomain());
            }
            if (harm != null) {
                b.sharedHarm(harm);
            }
        }
        if (estimate != null) {
            b.costEstimate(estimate);
        }
        if (recordCreatedYear != null) {
            b.recordCreatedIn(recordCreatedYear);
        }
        if (circumstances != null) {
            b.because(circumstances.toArray(PartDecision.Circumstance[]::new));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            errors.add(new ApiProblem.FieldError(grounds != null ? path + ".grounds" : path, e.getMessage()));
            return null;
        }
    }

    /**
     * Refuses a likelihood of harm or a public interest test recorded against a provision that cannot have it
     * ({@link uk.foi.exemptions.refusal.Ground#misplaced}); what the law tolerates is left to the section 17 check's
     * warnings.
     *
     * @param path     where the decision sits in the body
     * @param decision the decision as read
     * @param catalogue what each provision is
     * @param errors   where wrong fields are added
     */
    void refuseMisplacedRecords(String path, PartDecision decision, Catalogue catalogue,
            List<ApiProblem.FieldError> errors) {
        for (int j = 0; j < decision.grounds().size(); j++) {
            uk.foi.exemptions.refusal.Ground g = decision.grounds().get(j);
            String where = grounds != null ? path + ".grounds[" + j + "]." : path + ".";
            catalogue.resolve(g.citation()).ifPresent(provision -> {
                for (uk.foi.exemptions.refusal.Ground.Misplaced wrong
                        : g.misplaced(provision, decision.heldByArchives())) {
                    if (!wrong.tolerated()) {
                        errors.add(new ApiProblem.FieldError(where + wrong.field(), wrong.message()));
                    }
                }
            });
        }
    }

    /** @return the 0.1 whole-part fields given alongside grounds */
    private List<String> mixed() {
        List<String> out = new ArrayList<>();
        if (reasons != null && !reasons.isBlank()) {
            out.add("reasons");
        }
        if (harm != null) {
            out.add("harm");
        }
        if (publicInterest != null) {
            out.add("publicInterest");
        }
        return out;
    }

    private List<uk.foi.exemptions.refusal.Ground> grounds(String path, List<ApiProblem.FieldError> errors) {
        List<uk.foi.exemptions.refusal.Ground> out = new ArrayList<>();
        for (int j = 0; j < grounds.size(); j++) {
            Ground g = grounds.get(j);
            String where = path + ".grounds[" + j + "]";
            if (g == null || g.citation() == null || g.citation().isBlank()) {
                errors.add(new ApiProblem.FieldError(where + ".citation", "required: the provision, e.g."
                        + " \"FOIA s31(1)(a)\""));
                continue;
            }
            List<Citation> cited = citations(where + ".citation", List.of(g.citation()), errors);
            if (cited.isEmpty()) {
                continue;
            }
            java.util.Optional<uk.foi.exemptions.refusal.QualifiedOpinion> opinion = java.util.Optional.empty();
            if (g.qualifiedOpinion() != null) {
                QualifiedOpinion o = g.qualifiedOpinion();
                boolean named = o.person() != null && !o.person().isBlank();
                if (!named) {
                    errors.add(new ApiProblem.FieldError(where + ".qualifiedOpinion.person", "required: who gave"
                            + " the opinion, with their role (FOIA s36(5))"));
                }
                if (o.givenOn() == null) {
                    errors.add(new ApiProblem.FieldError(where + ".qualifiedOpinion.givenOn", "required: the day"
                            + " the opinion was given, as 2026-11-20"));
                }
                if (!named || o.givenOn() == null) {
                    continue;
                }
                opinion = java.util.Optional.of(new uk.foi.exemptions.refusal.QualifiedOpinion(o.person().strip(),
                        o.givenOn()));
            }
            out.add(new uk.foi.exemptions.refusal.Ground(cited.get(0), text(g.reasons()),
                    java.util.Optional.ofNullable(g.harm()),
                    java.util.Optional.ofNullable(g.publicInterest()).map(PublicInterest::toDomain),
                    text(g.ncndScope()), opinion));
        }
        return out;
    }

    /**
     * Reads canonical citations, naming each one that is not.
     *
     * @param path   the list's path in the body ({@code decisions[0].citations})
     * @param texts  the citations as sent; null for none
     * @param errors where wrong entries are added
     * @return the citations that could be read
     */
    static List<Citation> citations(String path, List<String> texts, List<ApiProblem.FieldError> errors) {
        List<Citation> cited = new ArrayList<>();
        List<String> given = texts == null ? List.of() : texts;
        for (int i = 0; i < given.size(); i++) {
            try {
                cited.add(Citation.parse(given.get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new ApiProblem.FieldError(texts.size() == 1 && path.endsWith(".citation") ? path
                        : path + "[" + i + "]", "not a citation (" + e.getMessage()
                        + "); write it canonically, e.g. \"FOIA s31(1)(a)\", or parse it with "
                        + "POST /reference/citations/parse"));
            }
        }
        return cited;
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    static List<String> list(List<String> l) {
        return l == null ? List.of() : l.stream().map(Decision::text).toList();
    }
}
