package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foi.core.authority.Authority;
import uk.foi.core.request.PartDecision;
import uk.foi.core.request.PartOutcome;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.cost.Activity;
import uk.foi.exemptions.cost.CostEstimate;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.PublicInterestRecord;

/**
 * One decision on a part of a request, as the API reads and writes it; the fields mean what {@link PartDecision}'s
 * do. Citations are canonical ({@code FOIA s31(1)(a)}); the cost estimate is hours per activity.
 *
 * @param label                the part ({@code 1}, {@code 1.a}, {@code *} for the whole request); set from the path
 *                             on input
 * @param outcome              the outcome
 * @param answer               what the requester is told or given
 * @param citations            the provisions relied on (FOIA s17(1)(b))
 * @param reasons              why they apply (s17(1)(c))
 * @param publicInterest       the public interest test (s17(3))
 * @param harm                 would, or would be likely to
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
public record Decision(@Nullable String label, @Nullable PartOutcome outcome, @Nullable String answer,
        @Nullable List<String> citations, @Nullable String reasons, @Nullable PublicInterest publicInterest,
        @Nullable HarmLikelihood harm, @Nullable String accessibleAt, @Nullable String publicationIntention,
        @Nullable Map<Activity, Double> costEstimateHours, @Nullable String advice, @Nullable String otherBody,
        @Nullable String completion, @Nullable Integer recordCreatedYear,
        @Nullable List<PartDecision.Circumstance> circumstances) {

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
        return new Decision(d.label(), d.outcome(), d.answer(), d.citations().stream().map(Citation::toString).toList(),
                d.reasons(), d.publicInterest().map(p -> new PublicInterest(p.forDisclosure(), p.forMaintaining(),
                        p.conclusion())).orElse(null), d.harm().orElse(null), d.accessibleAt(),
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
                    + java.util.Arrays.toString(PartOutcome.values())));
        }
        List<Citation> cited = citations(path + ".citations", citations, errors);
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
        PartDecision.Builder b = PartDecision.of(partLabel, outcome).citing(cited).answer(text(answer))
                .reasons(text(reasons)).accessibleAt(text(accessibleAt))
                .toBePublished(text(publicationIntention)).advice(text(advice)).heldBy(text(otherBody))
                .completion(text(completion));
        if (publicInterest != null) {
            b.publicInterest(new PublicInterestRecord(list(publicInterest.forDisclosure()),
                    list(publicInterest.forMaintaining()), text(publicInterest.conclusion())));
        }
        if (harm != null) {
            b.harm(harm);
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
            errors.add(new ApiProblem.FieldError(path, e.getMessage()));
            return null;
        }
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
                errors.add(new ApiProblem.FieldError(path + "[" + i + "]", "not a citation (" + e.getMessage()
                        + "); write it canonically, e.g. \"FOIA s31(1)(a)\", or parse it with "
                        + "POST /reference/citations/parse"));
            }
        }
        return cited;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l.stream().map(Decision::text).toList();
    }
}
