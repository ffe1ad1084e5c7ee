package uk.foi.core.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.cost.CostEstimate;
import uk.foi.exemptions.refusal.DraftPart;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.PublicInterestRecord;

/**
 * What was decided for one part of a request, with everything the response letter must say about it. Whether a
 * refusal says enough is not checked here but by the section 17 check when the response is issued (FOIA s17; see
 * {@link uk.foi.exemptions.refusal.RefusalRules}); this type checks only what the letter cannot do without. Text
 * fields are empty when not given, never null.
 *
 * @param label                the part's label, or {@link RequestText#WHOLE}; not blank
 * @param outcome              the outcome; not null
 * @param answer               what the requester is told or given for this part
 * @param citations            the provisions relied on (s17(1)(b))
 * @param reasons              why they apply (s17(1)(c))
 * @param publicInterest       the public interest test for qualified provisions (s17(3))
 * @param harm                 would, or would be likely to, for prejudice-based provisions
 * @param accessibleAt         where the information is reasonably accessible (s21)
 * @param publicationIntention what will be published, by whom and when (s22)
 * @param costEstimate         the estimate behind a cost-limit refusal (s12, s17(5))
 * @param advice               advice and assistance given (s16)
 * @param otherBody            the body that holds the information, for {@link PartOutcome#HELD_BY_ANOTHER_BODY}
 * @param completion           who is completing unfinished material and when (EIR reg 14(4))
 * @param recordCreatedYear    the year the record was created, for the historical-record rules (s62, s63)
 * @param circumstances        facts that change what the refusal notice must say ({@link Circumstance})
 */
public record PartDecision(String label, PartOutcome outcome, String answer, List<Citation> citations, String reasons,
        Optional<PublicInterestRecord> publicInterest, Optional<HarmLikelihood> harm, String accessibleAt,
        String publicationIntention, Optional<CostEstimate> costEstimate, String advice, String otherBody,
        String completion, Optional<Integer> recordCreatedYear, Set<Circumstance> circumstances) {

    /**
     * A fact about a part that the section 17 check needs and the rest of the decision cannot show. Each is one the
     * checker reads ({@link DraftPart}); the API, the CLI's draft and the events carry the same set.
     */
    public enum Circumstance {
        /** Stating the reasons would itself disclose exempt information, so they may be left out (FOIA s17(4)). */
        REASONS_WOULD_REVEAL_EXEMPT,
        /** The information is on emissions, which most EIR exceptions cannot withhold (EIR reg 12(9)). */
        ABOUT_EMISSIONS,
        /** The record is held by The National Archives or PRONI, which changes ss21-23 (FOIA s64). */
        HELD_BY_ARCHIVES,
        /** The requester already had a notice that requests like this are vexatious (FOIA s17(6)). */
        PREVIOUS_VEXATIOUS_NOTICE
    }

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the label is blank, or a part held by another body does not name it
     */
    public PartDecision {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(answer, "answer");
        citations = List.copyOf(citations);
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(publicInterest, "publicInterest");
        Objects.requireNonNull(harm, "harm");
        Objects.requireNonNull(accessibleAt, "accessibleAt");
        Objects.requireNonNull(publicationIntention, "publicationIntention");
        Objects.requireNonNull(costEstimate, "costEstimate");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(otherBody, "otherBody");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(recordCreatedYear, "recordCreatedYear");
        circumstances = circumstances.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(circumstances));
        if (label.isBlank()) {
            throw new IllegalArgumentException("a decision needs the label of the part it decides");
        }
        if (outcome == PartOutcome.HELD_BY_ANOTHER_BODY && otherBody.isBlank()) {
            throw new IllegalArgumentException("part " + label + ": say which body holds the information");
        }
    }

    /**
     * @param label   the part's label
     * @param outcome the outcome
     * @return a builder with nothing else filled in
     */
    public static Builder of(String label, PartOutcome outcome) {
        return new Builder(label, outcome);
    }

    /** @return this decision as the section 17 check reads it */
    public DraftPart toDraft() {
        DraftPart.Builder draft = DraftPart.builder(label, outcome.checkedAs()).citing(citations).reasons(reasons)
                .accessibleAt(accessibleAt).toBePublished(publicationIntention).advice(advice)
                .completion(completion);
        publicInterest.ifPresent(draft::publicInterest);
        harm.ifPresent(draft::harm);
        costEstimate.ifPresent(draft::costEstimate);
        recordCreatedYear.ifPresent(year -> draft.recordCreatedIn(year,
                circumstances.contains(Circumstance.HELD_BY_ARCHIVES)));
        if (circumstances.contains(Circumstance.REASONS_WOULD_REVEAL_EXEMPT)) {
            draft.reasonsWouldRevealExemptInformation();
        }
        if (circumstances.contains(Circumstance.ABOUT_EMISSIONS)) {
            draft.onEmissions();
        }
        if (circumstances.contains(Circumstance.PREVIOUS_VEXATIOUS_NOTICE)) {
            draft.afterPreviousVexatiousNotice();
        }
        return draft.build();
    }

    /** Builds a {@link PartDecision}; fields not set are empty. Not thread-safe. */
    public static final class Builder {
        private final String label;
        private final PartOutcome outcome;
        private String answer = "";
        private List<Citation> citations = List.of();
        private String reasons = "";
        private PublicInterestRecord publicInterest;
        private HarmLikelihood harm;
        private String accessibleAt = "";
        private String publicationIntention = "";
        private CostEstimate costEstimate;
        private String advice = "";
        private String otherBody = "";
        private String completion = "";
        private Integer recordCreatedYear;
        private final Set<Circumstance> circumstances = java.util.EnumSet.noneOf(Circumstance.class);

        private Builder(String label, PartOutcome outcome) {
            this.label = label;
            this.outcome = outcome;
        }

        /** @param text what the requester is told or given @return this builder */
        public Builder answer(String text) {
            this.answer = text;
            return this;
        }

        /** @param cited the provisions in canonical form ({@code FOIA s31(1)(a)}) @return this builder */
        public Builder citing(String... cited) {
            this.citations = java.util.Arrays.stream(cited).map(Citation::parse).toList();
            return this;
        }

        /** @param cited the provisions relied on @return this builder */
        public Builder citing(List<Citation> cited) {
            this.citations = List.copyOf(cited);
            return this;
        }

        /** @param text why the provisions apply @return this builder */
        public Builder reasons(String text) {
            this.reasons = text;
            return this;
        }

        /** @param test the public interest test @return this builder */
        public Builder publicInterest(PublicInterestRecord test) {
            this.publicInterest = test;
            return this;
        }

        /** @param likelihood would, or would be likely to @return this builder */
        public Builder harm(HarmLikelihood likelihood) {
            this.harm = likelihood;
            return this;
        }

        /** @param where where the information is reasonably accessible @return this builder */
        public Builder accessibleAt(String where) {
            this.accessibleAt = where;
            return this;
        }

        /** @param intention what will be published and when @return this builder */
        public Builder toBePublished(String intention) {
            this.publicationIntention = intention;
            return this;
        }

        /** @param estimate the cost estimate @return this builder */
        public Builder costEstimate(CostEstimate estimate) {
            this.costEstimate = estimate;
            return this;
        }

        /** @param text the advice and assistance @return this builder */
        public Builder advice(String text) {
            this.advice = text;
            return this;
        }

        /** @param body the body that holds the information @return this builder */
        public Builder heldBy(String body) {
            this.otherBody = body;
            return this;
        }

        /** @param text who is completing the material and when @return this builder */
        public Builder completion(String text) {
            this.completion = text;
            return this;
        }

        /** @param year the year the record was created @return this builder */
        public Builder recordCreatedIn(int year) {
            this.recordCreatedYear = year;
            return this;
        }

        /** @param facts circumstances the refusal notice must take into account @return this builder */
        public Builder because(Circumstance... facts) {
            circumstances.addAll(java.util.Arrays.asList(facts));
            return this;
        }

        /** @return the decision */
        public PartDecision build() {
            return new PartDecision(label, outcome, answer, citations, reasons, Optional.ofNullable(publicInterest),
                    Optional.ofNullable(harm), accessibleAt, publicationIntention, Optional.ofNullable(costEstimate),
                    advice, otherBody, completion, Optional.ofNullable(recordCreatedYear), circumstances);
        }
    }
}
