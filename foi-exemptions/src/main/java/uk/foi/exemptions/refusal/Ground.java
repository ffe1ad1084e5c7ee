package uk.foi.exemptions.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.HistoricalRule;
import uk.foi.exemptions.Provision;

/**
 * One provision a part of a response relies on, with what the refusal notice says about that provision alone. The
 * law asks these questions of each provision separately: why it applies (FOIA s17(1)(c)); for a prejudice-based one,
 * whether the harm would or would be likely to happen (the test written into the section, such as s31(1)); for a
 * qualified one, the public interest test (s17(3)); and for a neither-confirm-nor-deny provision, what it is that
 * the authority neither confirms nor denies holding (s17(1) with s1(1)(a) and the NCND subsection). Whether a record
 * belongs to its provision is checked by the section 17 check ({@link RefusalRules}) and by {@link #misplaced}; this
 * type holds what was given. Text fields are empty when not given, never null.
 *
 * @param citation       the provision, canonical ({@code FOIA s31(1)(a)})
 * @param reasons        why it applies to this information
 * @param harm           would, or would be likely to, for a prejudice-based provision
 * @param publicInterest the public interest test, for a qualified provision
 * @param ncndScope      for a neither-confirm-nor-deny provision, what is neither confirmed nor denied ("whether
 *                       any officer in the unit was investigated"); the letter never puts a fixed sentence in its
 *                       place
 * @param qualifiedOpinion for FOIA s36, the qualified person's reasonable opinion (who, when) the exemption rests on
 */
public record Ground(Citation citation, String reasons, Optional<HarmLikelihood> harm,
                     Optional<PublicInterestRecord> publicInterest, String ncndScope,
                     Optional<QualifiedOpinion> qualifiedOpinion) {

    /**
     * Checks nothing is null; a missing opinion (events and drafts written before opinions were recorded) is
     * read as none.
     */
    public Ground {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(harm, "harm");
        Objects.requireNonNull(publicInterest, "publicInterest");
        Objects.requireNonNull(ncndScope, "ncndScope");
        qualifiedOpinion = qualifiedOpinion == null ? Optional.empty() : qualifiedOpinion;
    }

    /**
     * A ground with no qualified person's opinion.
     *
     * @param citation       the provision
     * @param reasons        why it applies
     * @param harm           would, or would be likely to
     * @param publicInterest the public interest test
     * @param ncndScope      what is neither confirmed nor denied
     */
    public Ground(Citation citation, String reasons, Optional<HarmLikelihood> harm,
                  Optional<PublicInterestRecord> publicInterest, String ncndScope) {
        this(citation, reasons, harm, publicInterest, ncndScope, Optional.empty());
    }

    /**
     * @param citation the provision
     * @return a ground with nothing said about it yet
     */
    public static Ground of(Citation citation) {
        return new Ground(citation, "", Optional.empty(), Optional.empty(), "");
    }

    /**
     * @param canonical the provision in canonical form
     * @return a ground with nothing said about it yet
     */
    public static Ground of(String canonical) {
        return of(Citation.parse(canonical));
    }

    /** @param text why it applies @return a copy with these reasons */
    public Ground because(String text) {
        return new Ground(citation, text, harm, publicInterest, ncndScope, qualifiedOpinion);
    }

    /** @param likelihood would, or would be likely to @return a copy with this likelihood */
    public Ground harm(HarmLikelihood likelihood) {
        return new Ground(citation, reasons, Optional.of(likelihood), publicInterest, ncndScope, qualifiedOpinion);
    }

    /** @param test the public interest test @return a copy with this test */
    public Ground publicInterest(PublicInterestRecord test) {
        return new Ground(citation, reasons, harm, Optional.of(test), ncndScope, qualifiedOpinion);
    }

    /** @param scope what is neither confirmed nor denied @return a copy with this scope */
    public Ground ncndScope(String scope) {
        return new Ground(citation, reasons, harm, publicInterest, scope, qualifiedOpinion);
    }

    /** @param opinion the qualified person's opinion (FOIA s36) @return a copy with this opinion */
    public Ground opinion(QualifiedOpinion opinion) {
        return new Ground(citation, reasons, harm, publicInterest, ncndScope, Optional.of(opinion));
    }

    /** @return true if a public interest test is recorded with factors both ways and a conclusion */
    public boolean hasCompletePublicInterestTest() {
        return publicInterest.map(PublicInterestRecord::isComplete).orElse(false);
    }

    /**
     * What was recorded against this ground that its provision cannot have, one message per field. A likelihood of
     * harm belongs only to a prejudice-based provision (the "would, or would be likely to" test written into FOIA
     * s26-s43 and FOISA's "substantially"); a class-based one (s42, s41) or one that is required for a purpose
     * (s24) has no harm to weigh. EIR reg 12(5) is engaged only where disclosure <em>would</em> adversely affect the
     * interest, so "would be likely to" is not enough there. A public interest test belongs only to a qualified
     * provision: an absolute one has none (FOIA s2(3); EIR reg 13(2A) and (3A) read with reg 12(1)). Two cases are
     * tolerated rather than refused: an absolute provision with a special case in the catalogue (s41, where the
     * common-law public interest defence is commonly weighed in the notice), and one that becomes qualified for a
     * record held by The National Archives or PRONI (s23 under s64(2)) when the record is so held.
     *
     * @param provision      the catalogue entry for {@link #citation()}
     * @param heldByArchives true if the part's record is held by The National Archives or PRONI
     * @return what is wrong, {@code harm}, then {@code qualifiedOpinion}, then {@code publicInterest}; empty if nothing is
     */
    public List<Misplaced> misplaced(Provision provision, boolean heldByArchives) {
        List<Misplaced> out = new ArrayList<>();
        Provision.HarmTest test = provision.harmTest();
        if (harm.isPresent()) {
            if (test == Provision.HarmTest.ADVERSE_EFFECT && harm.get() != HarmLikelihood.WOULD) {
                out.add(new Misplaced("harm", false, citation + " is engaged only where disclosure would adversely"
                        + " affect the interest (more probable than not): \"would be likely to\" is not enough"
                        + (harm.get() == HarmLikelihood.WOULD_OR_WOULD_BE_LIKELY_TO ? ", and claiming both limbs"
                        + " claims no more than it" : "")));
            } else if (!test.needsLikelihood() && test != Provision.HarmTest.ADVERSE_EFFECT) {
                out.add(new Misplaced("harm", false, citation + " is " + describe(test) + ": there is no likelihood"
                        + " of harm to record; remove it"));
            }
        }
        if (qualifiedOpinion.isPresent() && !needsQualifiedOpinion(provision)) {
            out.add(new Misplaced("qualifiedOpinion", false, citation + " does not rest on a qualified person's"
                    + " opinion (only FOIA s36 does); remove it"));
        }
        if (publicInterest.isPresent()) {
            boolean archives = provision.historical().archives() == HistoricalRule.ArchiveEffect.BECOMES_QUALIFIED;
            if (provision.status() == Provision.Status.NOT_AN_EXEMPTION) {
                out.add(new Misplaced("publicInterest", false, citation + " is not an exemption: there is no public"
                        + " interest test to record; remove it"));
            } else if (provision.status() == Provision.Status.ABSOLUTE && !(archives && heldByArchives)) {
                boolean tolerated = !provision.specialCase().isBlank() && !archives;
                out.add(new Misplaced("publicInterest", tolerated, citation + " is absolute"
                        + (provision.statusSource().isBlank() ? "" : " (" + provision.statusSource() + ")")
                        + (tolerated ? ": a public interest test is recorded; check it is meant ("
                        + provision.specialCase() + ")" : ": there is no public interest test to record; remove it")));
            }
        }
        return out;
    }

    /**
     * @param provision a catalogue entry
     * @return true if the provision applies only in the reasonable opinion of a qualified person (FOIA s36(2), as
     *         the catalogue's "requires" says)
     */
    public static boolean needsQualifiedOpinion(Provision provision) {
        return provision.requires().toLowerCase(java.util.Locale.ROOT).contains("qualified person");
    }

    private static String describe(Provision.HarmTest test) {
        return switch (test) {
            case CLASS -> "class-based";
            case REQUIRED_FOR -> "engaged where exemption is required for its purpose, not by a likelihood of harm";
            default -> "not an exemption";
        };
    }

    /**
     * A record given against a provision that cannot have it.
     *
     * @param field     {@code harm}, {@code qualifiedOpinion} or {@code publicInterest}
     * @param tolerated true where the law tolerates it, so that it is a warning rather than an error
     * @param message   what is wrong
     */
    public record Misplaced(String field, boolean tolerated, String message) {
    }

    /**
     * Spreads reasons, a likelihood and a public interest test recorded once for a whole part (the 0.1 shape, still
     * read from older events, drafts and API clients) over the provisions they belong to. The reasons go to each
     * exemption or exception cited (not to conditions such as s40(3A)(a) or procedural sections); the likelihood to
     * each prejudice-based or adverse-effect provision; the test to each qualified provision or one whose status
     * depends on its condition. Where no provision fits, the record goes to the first ground so that nothing recorded
     * is lost; the section 17 check then reports it.
     *
     * @param citations      the provisions, in order; one cited twice (which 0.1 allowed) gives one ground
     * @param reasons        the part's reasons, or empty
     * @param harm           the part's likelihood, if any
     * @param publicInterest the part's public interest test, if any
     * @param catalogue      the catalogue that says what each provision is
     * @return one ground per citation
     */
    public static List<Ground> share(List<Citation> citations, String reasons, Optional<HarmLikelihood> harm,
            Optional<PublicInterestRecord> publicInterest, Catalogue catalogue) {
        List<Citation> cited = citations.stream().distinct().toList();
        List<Optional<Provision>> provisions = cited.stream().map(catalogue::resolve).toList();
        boolean[] gets = fits(provisions, p -> p.kind() == Provision.Kind.EXEMPTION
                || p.kind() == Provision.Kind.EXCEPTION);
        boolean[] harmed = fits(provisions, p -> p.harmTest().needsLikelihood()
                || p.harmTest() == Provision.HarmTest.ADVERSE_EFFECT);
        boolean[] weighed = fits(provisions, p -> p.status() == Provision.Status.QUALIFIED
                || p.status() == Provision.Status.DEPENDS_ON_CONDITION);
        List<Ground> out = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            out.add(new Ground(cited.get(i), gets[i] ? reasons : "", harmed[i] ? harm : Optional.empty(),
                    weighed[i] ? publicInterest : Optional.empty(), ""));
        }
        return out;
    }

    /** Which provisions fit; an unknown one fits, and if none fits, the first. */
    private static boolean[] fits(List<Optional<Provision>> provisions,
            java.util.function.Predicate<Provision> test) {
        boolean[] fits = new boolean[provisions.size()];
        boolean any = false;
        for (int i = 0; i < fits.length; i++) {
            fits[i] = provisions.get(i).map(test::test).orElse(true);
            any |= fits[i];
        }
        if (!any && fits.length > 0) {
            fits[0] = true;
        }
        return fits;
    }
}
