package uk.foi.exemptions;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.foi.deadlines.Regime;

/**
 * One catalogue entry: what a provision of FOI law requires of a refusal that relies on it. Entries sit at the
 * granularity where the law behaves differently (FOIA s27(1) and s27(2) differ in test; s40(2) depends on its
 * condition), and {@link #covers()} lists the citations each answers for.
 *
 * @param key                the entry's name, a canonical citation or a range such as {@code FOIA s37(1)(a)-(ab)}
 * @param covers             the citations this entry answers for, and everything beneath them; never empty
 * @param kind               exemption, exception, condition, procedural ground, and so on
 * @param title              a short title in our own words
 * @param status             absolute, qualified, depending on a condition, or not an exemption at all
 * @param statusSource       the provision that makes it absolute ({@code s2(3)(a)}), or empty
 * @param specialCase        where the status differs in a special case (s36 for the Houses of Parliament), or empty
 * @param harmTest           class-based or the harm the authority must show
 * @param ncnd               the neither-confirm-nor-deny provision, if the provision has one
 * @param publicInterestTest whether a public interest test decides the outcome
 * @param historical         when it stops applying to historical records
 * @param requires           what a refusal relying on it must also state, or empty
 * @param summary            the provision paraphrased in our own words
 * @param verify             what was not confirmed against the current statute, or empty
 */
public record Provision(String key, List<Citation> covers, Kind kind, String title, Status status,
                        String statusSource, String specialCase, HarmTest harmTest, Optional<Citation> ncnd,
                        boolean publicInterestTest, HistoricalRule historical, String requires, String summary,
                        String verify) {

    /** What sort of provision an entry is. */
    public enum Kind {
        /** A Part II exemption of FOIA or Part 2 of FOISA. */
        EXEMPTION,
        /** An exception of the EIR or EISR. */
        EXCEPTION,
        /** A condition that decides how another provision applies (FOIA s40(3A)(a)). */
        CONDITION,
        /** A procedural ground or duty cited in refusals (s12, s14, s17). */
        PROCEDURAL,
        /** The historical-record rules (FOIA ss62-64). */
        HISTORICAL_RECORDS,
        /** A rule that stops exceptions applying (EIR reg 12(9), emissions). */
        OVERRIDE,
        /** A principle that governs every exception (EIR reg 12(2)). */
        PRINCIPLE
    }

    /** Whether the public interest can override the provision (FOIA s2; FOISA s2; EIR reg 12(1)). */
    public enum Status {
        /** No public interest test: if it applies, the information is withheld. */
        ABSOLUTE,
        /** The public interest in maintaining it must outweigh that in disclosure. */
        QUALIFIED,
        /** Absolute or qualified according to the condition cited with it (FOIA s40(2), EIR reg 13). */
        DEPENDS_ON_CONDITION,
        /** A procedural ground, duty or definition rather than an exemption. */
        NOT_AN_EXEMPTION
    }

    /** What the authority must show for the provision to be engaged. */
    public enum HarmTest {
        /** The information's kind is enough (class-based). */
        CLASS,
        /** Disclosure would, or would be likely to, prejudice an interest (FOIA). */
        PREJUDICE,
        /** Disclosure would, or would be likely to, prejudice substantially (FOISA, EISR). */
        SUBSTANTIAL_PREJUDICE,
        /** Disclosure would adversely affect an interest (EIR reg 12(5)). */
        ADVERSE_EFFECT,
        /** Exemption is required for a purpose (FOIA s24, s34; FOISA s31(1)). */
        REQUIRED_FOR,
        /** Not an exemption: no harm test. */
        NONE;

        /** @return true where the notice must say whether harm would or would be likely to occur */
        public boolean needsLikelihood() {
            return this == PREJUDICE || this == SUBSTANTIAL_PREJUDICE;
        }
    }

    /** Copies the lists and checks what must be present. */
    public Provision {
        Objects.requireNonNull(key, "key");
        covers = List.copyOf(covers);
        if (covers.isEmpty()) {
            throw new IllegalArgumentException(key + ": covers nothing");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusSource, "statusSource");
        Objects.requireNonNull(specialCase, "specialCase");
        Objects.requireNonNull(harmTest, "harmTest");
        Objects.requireNonNull(ncnd, "ncnd");
        Objects.requireNonNull(historical, "historical");
        Objects.requireNonNull(requires, "requires");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(verify, "verify");
    }

    /** @return the regime of the provision */
    public Regime regime() {
        return covers.get(0).regime();
    }

    /** @return the provision's page on legislation.gov.uk */
    public URI link() {
        return covers.get(0).legislation();
    }

    /**
     * @param citation a citation
     * @return true if it cites this provision's neither-confirm-nor-deny subsection ({@code FOIA s23(5)} for s23)
     */
    public boolean ncndCovers(Citation citation) {
        return ncnd.filter(n -> n.contains(citation)).isPresent();
    }

    /** @return true if the entry answers for the citation */
    boolean covers(Citation citation) {
        return covers.stream().anyMatch(cover -> cover.contains(citation));
    }

    /** @return the depth of the most specific cover containing the citation, or -1 */
    int depthFor(Citation citation) {
        return covers.stream().filter(cover -> cover.contains(citation)).mapToInt(cover -> cover.path().size())
                .max().orElse(-1);
    }
}
