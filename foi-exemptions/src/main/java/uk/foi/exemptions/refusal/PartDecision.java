package uk.foi.exemptions.refusal;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.cost.CostEstimate;

/**
 * What was decided for one part of a request, with everything the response letter must say about it: the one shape
 * that the API accepts, the request's events record, the section 17 check ({@link RefusalRules}) reads, the CLI's
 * draft holds and the letters render. Each provision relied on is a {@link Ground} with its own reasons, likelihood
 * of harm, public interest test and NCND scope. Whether a refusal says enough is not checked here but by the section
 * 17 check; this type checks only what a letter cannot do without. Text fields are empty when not given, never null.
 *
 * @param label                the part's label ({@code 1}, {@code 2.a}, or {@code *} for the whole request); not
 *                             blank
 * @param outcome              the outcome; not null
 * @param answer               what the requester is told or given for this part
 * @param grounds              the provisions relied on (FOIA s17(1)(b)), each with what is said about it
 * @param accessibleAt         where the information is reasonably accessible (s21)
 * @param publicationIntention what will be published, by whom and when (s22)
 * @param costEstimate         the estimate behind a cost-limit refusal (s12, s17(5))
 * @param advice               advice and assistance given (s16)
 * @param otherBody            the body that holds the information, for {@link Outcome#HELD_BY_ANOTHER_BODY}
 * @param completion           who is completing unfinished material and when (EIR reg 14(4))
 * @param recordCreatedYear    the year the record, or the latest in its file, was created (s62, s63)
 * @param circumstances        facts that change what the refusal notice must say ({@link Circumstance})
 */
public record PartDecision(String label, Outcome outcome, String answer, List<Ground> grounds, String accessibleAt,
        String publicationIntention, Optional<CostEstimate> costEstimate, String advice, String otherBody,
        String completion, Optional<Integer> recordCreatedYear, Set<Circumstance> circumstances) {

    /** A fact about a part that the section 17 check needs and the rest of the decision cannot show. */
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
     * @throws IllegalArgumentException if the label is blank, a part held by another body does not name it, or a
     *                                  provision is cited twice
     */
    public PartDecision {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(answer, "answer");
        grounds = List.copyOf(grounds);
        Objects.requireNonNull(accessibleAt, "accessibleAt");
        Objects.requireNonNull(publicationIntention, "publicationIntention");
        Objects.requireNonNull(costEstimate, "costEstimate");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(otherBody, "otherBody");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(recordCreatedYear, "recordCreatedYear");
        circumstances = circumstances.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(circumstances));
        if (label.isBlank()) {
            throw new IllegalArgumentException("a decision needs the label of the part it decides");
        }
        if (outcome == Outcome.HELD_BY_ANOTHER_BODY && otherBody.isBlank()) {
            throw new IllegalArgumentException("part " + label + ": say which body holds the information");
        }
        if (grounds.stream().map(Ground::citation).distinct().count() < grounds.size()) {
            throw new IllegalArgumentException("part " + label + ": each provision is cited once, with everything"
                    + " said about it");
        }
    }

    /**
     * @param label   the part's label
     * @param outcome the outcome
     * @return a builder with nothing else filled in
     */
    public static Builder of(String label, Outcome outcome) {
        return new Builder(label, outcome);
    }

    /** @return the provisions relied on, in order */
    public List<Citation> citations() {
        return grounds.stream().map(Ground::citation).toList();
    }

    /** @return true where stating the reasons would itself disclose exempt information (s17(4)) */
    public boolean reasonsWouldRevealExempt() {
        return circumstances.contains(Circumstance.REASONS_WOULD_REVEAL_EXEMPT);
    }

    /** @return true if the information is on emissions (EIR reg 12(9)) */
    public boolean aboutEmissions() {
        return circumstances.contains(Circumstance.ABOUT_EMISSIONS);
    }

    /** @return true if the record is held by The National Archives or PRONI (s64) */
    public boolean heldByArchives() {
        return circumstances.contains(Circumstance.HELD_BY_ARCHIVES);
    }

    /** @return true where s17(6) excuses a further s14 notice */
    public boolean previousVexatiousNotice() {
        return circumstances.contains(Circumstance.PREVIOUS_VEXATIOUS_NOTICE);
    }

    /** @return true if any ground gives reasons */
    public boolean hasReasons() {
        return grounds.stream().anyMatch(g -> !g.reasons().isBlank());
    }

    /** Builds a {@link PartDecision}; fields not set are empty. Not thread-safe. */
    public static final class Builder {
        private final String label;
        private final Outcome outcome;
        private String answer = "";
        private List<Ground> grounds = List.of();
        private String sharedReasons = "";
        private HarmLikelihood sharedHarm;
        private PublicInterestRecord sharedPublicInterest;
        private String accessibleAt = "";
        private String publicationIntention = "";
        private CostEstimate costEstimate;
        private String advice = "";
        private String otherBody = "";
        private String completion = "";
        private Integer recordCreatedYear;
        private final Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);

        private Builder(String label, Outcome outcome) {
            this.label = label;
            this.outcome = outcome;
        }

        /** @param text what the requester is told or given @return this builder */
        public Builder answer(String text) {
            this.answer = text;
            return this;
        }

        /** @param each the provisions relied on, each with what is said about it @return this builder */
        public Builder grounds(Ground... each) {
            this.grounds = List.of(each);
            return this;
        }

        /** @param each the provisions relied on, each with what is said about it @return this builder */
        public Builder grounds(List<Ground> each) {
            this.grounds = List.copyOf(each);
            return this;
        }

        /** @param cited the provisions in canonical form, with nothing said about them yet @return this builder */
        public Builder citing(String... cited) {
            return citing(Arrays.stream(cited).map(Citation::parse).toList());
        }

        /**
         * @param cited the provisions, with nothing said about them yet; one cited twice gives one ground
         * @return this builder
         */
        public Builder citing(List<Citation> cited) {
            this.grounds = cited.stream().distinct().map(Ground::of).toList();
            return this;
        }

        /**
         * Reasons given once for the whole part, as 0.1 recorded them; {@link #build()} places them with
         * {@link Ground#share} on the grounds they belong to, where a ground has none of its own.
         *
         * @param text why the provisions apply
         * @return this builder
         */
        public Builder sharedReasons(String text) {
            this.sharedReasons = text;
            return this;
        }

        /** @param likelihood the part's likelihood, placed as {@link #sharedReasons} is @return this builder */
        public Builder sharedHarm(HarmLikelihood likelihood) {
            this.sharedHarm = likelihood;
            return this;
        }

        /** @param test the part's public interest test, placed as {@link #sharedReasons} is @return this builder */
        public Builder sharedPublicInterest(PublicInterestRecord test) {
            this.sharedPublicInterest = test;
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
            circumstances.addAll(Arrays.asList(facts));
            return this;
        }

        /**
         * @return the decision; reasons, a likelihood or a test given for the whole part are placed on the grounds
         *         by the bundled catalogue
         */
        public PartDecision build() {
            List<Ground> placed = grounds;
            if (!sharedReasons.isEmpty() || sharedHarm != null || sharedPublicInterest != null) {
                List<Ground> shared = Ground.share(grounds.stream().map(Ground::citation).toList(), sharedReasons,
                        Optional.ofNullable(sharedHarm), Optional.ofNullable(sharedPublicInterest),
                        Catalogue.bundled());
                java.util.Map<Citation, Ground> byCitation = new java.util.HashMap<>();
                shared.forEach(g -> byCitation.put(g.citation(), g));
                placed = new java.util.ArrayList<>();
                for (Ground own : grounds) {
                    Ground part = byCitation.get(own.citation());
                    placed.add(new Ground(own.citation(), own.reasons().isBlank() ? part.reasons() : own.reasons(),
                            own.harm().or(part::harm), own.publicInterest().or(part::publicInterest),
                            own.ncndScope()));
                }
            }
            return new PartDecision(label, outcome, answer, placed, accessibleAt, publicationIntention,
                    Optional.ofNullable(costEstimate), advice, otherBody, completion,
                    Optional.ofNullable(recordCreatedYear), circumstances);
        }
    }
}
