package uk.foi.exemptions.refusal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.cost.CostEstimate;

/**
 * One part of a draft response, as the section 17 check reads it. Text fields are empty when not given, never null.
 *
 * @param label                     the part's number as the request has it ({@code 1}, {@code 2a})
 * @param outcome                   what is decided
 * @param citations                 the provisions relied on
 * @param reasons                   why the provisions apply (FOIA s17(1)(c))
 * @param publicInterest            the public interest test, for qualified provisions (s17(3))
 * @param harm                      would / would be likely to, for prejudice-based provisions
 * @param reasonsWouldRevealExempt  true where stating reasons would itself disclose exempt information (s17(4))
 * @param accessibleAt              where the information is reasonably accessible (s21)
 * @param publicationIntention      what will be published, by whom and when (s22)
 * @param costEstimate              the estimate for a cost-limit refusal (s12)
 * @param advice                    advice and assistance given (s16)
 * @param completion                who is completing unfinished material and when (EIR reg 14(4))
 * @param aboutEmissions            true if the information is on emissions (EIR reg 12(9))
 * @param recordCreatedYear         the year the record (or the latest in its file) was created, if known (s62)
 * @param heldByArchives            true if held by The National Archives or PRONI (s64)
 * @param previousVexatiousNotice   true where s17(6) excuses a further s14 notice
 */
public record DraftPart(String label, Outcome outcome, List<Citation> citations, String reasons,
                        Optional<PublicInterestRecord> publicInterest, Optional<HarmLikelihood> harm,
                        boolean reasonsWouldRevealExempt, String accessibleAt, String publicationIntention,
                        Optional<CostEstimate> costEstimate, String advice, String completion, boolean aboutEmissions,
                        OptionalInt recordCreatedYear, boolean heldByArchives, boolean previousVexatiousNotice) {

    /** Copies the list and checks nothing is null. */
    public DraftPart {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(outcome, "outcome");
        citations = List.copyOf(citations);
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(publicInterest, "publicInterest");
        Objects.requireNonNull(harm, "harm");
        Objects.requireNonNull(accessibleAt, "accessibleAt");
        Objects.requireNonNull(publicationIntention, "publicationIntention");
        Objects.requireNonNull(costEstimate, "costEstimate");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(recordCreatedYear, "recordCreatedYear");
    }

    /** @return true if a public interest test is recorded with factors both ways and a conclusion */
    public boolean hasCompletePublicInterestTest() {
        return publicInterest.map(PublicInterestRecord::isComplete).orElse(false);
    }

    /**
     * @param label   the part's number
     * @param outcome what is decided
     * @return a builder for a part with nothing else filled in
     */
    public static Builder builder(String label, Outcome outcome) {
        return new Builder(label, outcome);
    }

    /** Builds a {@link DraftPart}; every field not set is empty or false. Not thread-safe. */
    public static final class Builder {
        private final String label;
        private final Outcome outcome;
        private List<Citation> citations = List.of();
        private String reasons = "";
        private PublicInterestRecord publicInterest;
        private HarmLikelihood harm;
        private boolean reasonsWouldRevealExempt;
        private String accessibleAt = "";
        private String publicationIntention = "";
        private CostEstimate costEstimate;
        private String advice = "";
        private String completion = "";
        private boolean aboutEmissions;
        private Integer recordCreatedYear;
        private boolean heldByArchives;
        private boolean previousVexatiousNotice;

        private Builder(String label, Outcome outcome) {
            this.label = label;
            this.outcome = outcome;
        }

        /** @param cited the provisions relied on @return this builder */
        public Builder citing(Citation... cited) {
            this.citations = List.of(cited);
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

        /** @return this builder, for a part whose reasons would themselves disclose exempt information (s17(4)) */
        public Builder reasonsWouldRevealExemptInformation() {
            this.reasonsWouldRevealExempt = true;
            return this;
        }

        /** @param where where the information is reasonably accessible (s21) @return this builder */
        public Builder accessibleAt(String where) {
            this.accessibleAt = where;
            return this;
        }

        /** @param intention what will be published and when (s22) @return this builder */
        public Builder toBePublished(String intention) {
            this.publicationIntention = intention;
            return this;
        }

        /** @param estimate the estimate behind a cost-limit refusal @return this builder */
        public Builder costEstimate(CostEstimate estimate) {
            this.costEstimate = estimate;
            return this;
        }

        /** @param text the advice and assistance given (s16) @return this builder */
        public Builder advice(String text) {
            this.advice = text;
            return this;
        }

        /** @param text who is completing the material and when (EIR reg 14(4)) @return this builder */
        public Builder completion(String text) {
            this.completion = text;
            return this;
        }

        /** @return this builder, for information on emissions (EIR reg 12(9)) */
        public Builder onEmissions() {
            this.aboutEmissions = true;
            return this;
        }

        /**
         * @param year     the year the record, or the latest record in its file, was created (s62)
         * @param archives true if held by The National Archives or PRONI (s64)
         * @return this builder
         */
        public Builder recordCreatedIn(int year, boolean archives) {
            this.recordCreatedYear = year;
            this.heldByArchives = archives;
            return this;
        }

        /** @return this builder, for a repeat vexatious request where s17(6) excuses another notice */
        public Builder afterPreviousVexatiousNotice() {
            this.previousVexatiousNotice = true;
            return this;
        }

        /** @return the part */
        public DraftPart build() {
            return new DraftPart(label, outcome, citations, reasons, Optional.ofNullable(publicInterest),
                    Optional.ofNullable(harm), reasonsWouldRevealExempt, accessibleAt, publicationIntention,
                    Optional.ofNullable(costEstimate), advice, completion, aboutEmissions,
                    recordCreatedYear == null ? OptionalInt.empty() : OptionalInt.of(recordCreatedYear),
                    heldByArchives, previousVexatiousNotice);
        }
    }
}
