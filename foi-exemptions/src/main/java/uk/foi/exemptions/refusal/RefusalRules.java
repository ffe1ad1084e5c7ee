package uk.foi.exemptions.refusal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.HistoricalRule;
import uk.foi.exemptions.Provision;
import uk.foi.exemptions.cost.CostEstimate;

/**
 * The requirements of a refusal notice, one named rule each, with the provision it comes from. Sources: FOIA s17
 * (https://www.legislation.gov.uk/ukpga/2000/36/section/17), EIR reg 14
 * (https://www.legislation.gov.uk/uksi/2004/3391/regulation/14), FOISA ss16 and 19, and the sections named in each
 * rule. {@link #all()} lists them in the order findings are reported.
 */
public final class RefusalRules {

    private RefusalRules() {
    }

    /** @return every rule, in reporting order */
    public static List<RefusalRule> all() {
        return List.of(new ProvisionIsCited(), new CitedProvisionIsKnown(), new ProvisionIsOfTheResponsesLaw(),
                new ProvisionIsSpecific(),
                new ReasonsAreStated(),
                new PublicInterestIsRecorded(), new PrejudiceStatesItsLikelihood(), new RecordsFitTheirProvision(),
                new NcndHasItsProvision(), new NcndSaysWhatItCovers(), new AccessibleElsewhereSaysWhere(),
                new PublicationIntentionIsStated(), new PersonalDataNamesItsCondition(),
                new LawEnforcementPurposeIsNamed(), new QualifiedPersonGaveTheirOpinion(),
                new HistoricalRecordRulesApply(), new CostLimitIsEstimated(),
                new NoCostLimitUnderTheEir(), new CostOrVexatiousRefusalIsStated(), new ComplaintRightsAreGiven(),
                new EirNoticeShowsThePresumption(), new UnfinishedMaterialNamesWhoAndWhen(),
                new EmissionsCannotBeWithheld());
    }

    /** A ground of a part with the catalogue entry for its provision. */
    record Cited(Ground ground, Provision provision) {
    }

    /** A rule applied part by part, with each cited provision's catalogue entry to hand. */
    abstract static class PartRule implements RefusalRule {
        @Override
        public final List<Finding> check(DraftResponse draft, Catalogue catalogue) {
            List<Finding> findings = new ArrayList<>();
            for (PartDecision part : draft.parts()) {
                List<Cited> cited = new ArrayList<>();
                for (Ground ground : part.grounds()) {
                    catalogue.resolve(ground.citation()).ifPresent(p -> cited.add(new Cited(ground, p)));
                }
                check(draft, part, cited, findings);
            }
            return findings;
        }

        abstract void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out);

        Finding error(PartDecision part, String message) {
            return new Finding(Finding.Severity.ERROR, name(), source(), part.label(), message);
        }

        Finding warning(PartDecision part, String message) {
            return new Finding(Finding.Severity.WARNING, name(), source(), part.label(), message);
        }
    }

    /**
     * The provisions a part relies on, each with the grounds that cite it (s31(1)(a) and s31(1)(b) share the s31
     * entry), in order of first citation.
     */
    private static Map<Provision, List<Ground>> byProvision(List<Cited> cited) {
        Map<Provision, List<Ground>> out = new LinkedHashMap<>();
        for (Cited c : cited) {
            out.computeIfAbsent(c.provision(), k -> new ArrayList<>()).add(c.ground());
        }
        return out;
    }

    /**
     * True if a public interest test is recorded for the provision: on a ground citing it, or, for a condition
     * (s40(3B)), on a ground of the section it conditions (s40(2)).
     */
    private static boolean weighed(Provision provision, List<Cited> cited) {
        return cited.stream().anyMatch(c -> c.ground().hasCompletePublicInterestTest()
                && (c.provision().equals(provision) || provision.kind() == Provision.Kind.CONDITION
                && sameSection(c.ground().citation(), provision.covers().get(0))));
    }

    private static boolean sameSection(Citation a, Citation b) {
        return a.regime() == b.regime() && a.number().equals(b.number());
    }

    private static boolean isGround(Provision p) {
        return p.kind() == Provision.Kind.EXEMPTION || p.kind() == Provision.Kind.EXCEPTION
                || p.kind() == Provision.Kind.CONDITION;
    }

    private static boolean cites(PartDecision part, Citation provision) {
        return part.citations().stream().anyMatch(provision::contains);
    }

    private static boolean cites(PartDecision part, String canonical) {
        return cites(part, Citation.parse(canonical));
    }

    /** The manifestly-unreasonable exception that replaces s12 and s14 in the environmental regimes. */
    private static String manifestlyUnreasonable(Regime regime) {
        return regime == Regime.EISR ? "EISR reg10(4)(b)" : "EIR reg12(4)(b)";
    }

        /**
     * A part that withholds anything names the provision relied on: FOIA s17(1)(b); EIR reg 14(3)(a); FOISA
     * s16(1)(b). Procedural sections (s17, s1) are not exemptions and do not count.
     */
    public static final class ProvisionIsCited extends PartRule {
        @Override
        public String source() {
            return "FOIA s17(1)(b)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if (!part.outcome().withholds()) {
                return;
            }
            if (part.citations().isEmpty()) {
                out.add(error(part, "the part is " + part.outcome() + " but cites no exemption: name the provision"
                        + " relied on"));
            } else if (cited.stream().map(Cited::provision).noneMatch(RefusalRules::isGround)) {
                out.add(error(part, "none of " + part.citations() + " is an exemption or exception: name the"
                        + " provision that exempts the information"));
            }
        }
    }

    /**
     * A part is refused under the law it is answered under: environmental information is exempt from FOIA (s39(1))
     * and is refused under the EIR's exceptions (reg 12, 13, with the reg 14 notice); other information is refused
     * under FOIA's exemptions (s17); in Scotland FOISA s39(2) and the EISR likewise. A provision of the other law (or
     * of the other jurisdiction) means the part is answered under the wrong law: re-route it, or cite this law's
     * provision. The EIR's missing cost limit has its own rule.
     */
    public static final class ProvisionIsOfTheResponsesLaw extends PartRule {
        @Override
        public String source() {
            return "FOIA s39(1)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if (!part.outcome().refuses()) {
                return;
            }
            for (Citation c : part.citations()) {
                if (c.regime() != draft.regime() && !(draft.environmental() && isActsCostLimit(c))) {
                    out.add(error(part, c + " is " + article(c.regime()) + " provision, but this part is answered"
                            + " under " + draft.regime() + (draft.environmental() || c.regime().isEnvironmental()
                            ? ": environmental information is refused under the environmental regulations' exceptions"
                            + " and other information under the Act's exemptions (FOIA s39(1), FOISA s39(2));"
                            + " re-route the part or cite the " + draft.regime() + " provision that applies"
                            : ": cite the " + draft.regime() + " provision that applies")));
                }
            }
        }
    }

    /** @return true for the Acts' cost limit, FOIA s12 or FOISA s12 */
    private static boolean isActsCostLimit(Citation c) {
        return (c.regime() == Regime.FOIA || c.regime() == Regime.FOISA) && c.number().equals("12");
    }

    /** @return "a FOIA", "an EIR": the article that reads before the regime's name */
    private static String article(Regime regime) {
        return (regime == Regime.EIR || regime == Regime.EISR ? "an " : "a ") + regime;
    }

    /** A cited provision that the catalogue does not know is reported, so that typos do not reach the applicant. */
    public static final class CitedProvisionIsKnown implements RefusalRule {
        @Override
        public String source() {
            return "FOIA s17(1)(b)";
        }

        @Override
        public List<Finding> check(DraftResponse draft, Catalogue catalogue) {
            List<Finding> findings = new ArrayList<>();
            for (PartDecision part : draft.parts()) {
                for (Citation citation : part.citations()) {
                    if (catalogue.lookUp(citation).isEmpty()) {
                        findings.add(new Finding(Finding.Severity.WARNING, name(), source(), part.label(),
                                citation + " is not in the exemption catalogue: check the citation"));
                    }
                }
            }
            return findings;
        }
    }

    /**
     * A bare section whose provisions are tested differently ("Section 40": s40(1) absolute, s40(2) depending on its
     * condition) does not say which exemption is relied on, so the notice may not specify it (FOIA s17(1)(b)) and the
     * check cannot tell which test applies: a warning naming the provisions beneath it. A bare section whose
     * provisions all behave alike ("Section 30") is checked as they are.
     */
    public static final class ProvisionIsSpecific implements RefusalRule {
        @Override
        public String source() {
            return "FOIA s17(1)(b)";
        }

        @Override
        public List<Finding> check(DraftResponse draft, Catalogue catalogue) {
            List<Finding> findings = new ArrayList<>();
            for (PartDecision part : draft.parts()) {
                for (Citation citation : part.citations()) {
                    List<Provision> beneath = catalogue.under(citation);
                    if (catalogue.resolve(citation).isEmpty() && !beneath.isEmpty()) {
                        findings.add(new Finding(Finding.Severity.WARNING, name(), source(), part.label(), citation
                                + " has provisions that are tested differently (" + beneath.stream()
                                .map(Provision::key).toList() + "): cite the one relied on, so the notice specifies"
                                + " the exemption and the check can apply its test"));
                    }
                }
            }
            return findings;
        }
    }

    /**
     * A part that withholds says why each provision applies, unless that would itself disclose exempt information:
     * FOIA s17(1)(c) and s17(4); EIR reg 14(3)(a). Each exemption or exception needs its own reasons (two
     * citations of one provision, s31(1)(a) and (b), may share them); a condition such as s40(3A)(a) is explained by
     * the exemption it conditions.
     */
    public static final class ReasonsAreStated extends PartRule {
        @Override
        public String source() {
            return "FOIA s17(1)(c)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if (!part.outcome().withholds() || part.reasonsWouldRevealExempt() || part.grounds().isEmpty()) {
                return;
            }
            if (!part.hasReasons()) {
                out.add(error(part, "no reasons: say why " + part.citations() + " applies, or record that giving"
                        + " reasons would itself disclose exempt information (s17(4))"));
                return;
            }
            byProvision(cited).forEach((provision, grounds) -> {
                boolean needs = provision.kind() == Provision.Kind.EXEMPTION
                        || provision.kind() == Provision.Kind.EXCEPTION;
                if (needs && grounds.stream().allMatch(g -> g.reasons().isBlank())) {
                    out.add(error(part, "no reasons for " + grounds.get(0).citation() + ": say why it applies to"
                            + " this information"));
                }
            });
        }
    }

    /**
     * A qualified exemption comes with the public interest test: factors for disclosure, factors for maintaining the
     * exemption, and the conclusion. FOIA s17(3); EIR reg 14(3)(b); FOISA s16(2). Relieved by s17(4).
     */
    public static final class PublicInterestIsRecorded extends PartRule {
        @Override
        public String source() {
            return "FOIA s17(3)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if (!part.outcome().withholds() || part.reasonsWouldRevealExempt()) {
                return;
            }
            List<String> missing = byProvision(cited).keySet().stream()
                    .filter(p -> isGround(p) && p.status() == Provision.Status.QUALIFIED)
                    .filter(p -> !weighed(p, cited)).map(Provision::key).toList();
            if (!missing.isEmpty()) {
                out.add(error(part, missing + (missing.size() == 1 ? " is" : " are") + " qualified: record, for"
                        + (missing.size() == 1 ? " it" : " each") + ", the public interest factors for disclosure,"
                        + " for maintaining the exemption, and the conclusion"));
            }
        }
    }

    /**
     * A prejudice-based exemption says whether the harm would, or would be likely to, occur: the test written into
     * each prejudice-based section (for example FOIA s31(1), s43(2); FOISA "substantially" in s30, s33, s35).
     */
    public static final class PrejudiceStatesItsLikelihood extends PartRule {
        @Override
        public String source() {
            return "FOIA s17(1)(c) with the prejudice test of the section cited";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if (!part.outcome().withholds()) {
                return;
            }
            byProvision(cited).forEach((provision, grounds) -> {
                if (provision.harmTest().needsLikelihood() && grounds.stream().allMatch(g -> g.harm().isEmpty())) {
                    out.add(error(part, grounds.get(0).citation() + " is prejudice-based: say whether disclosure"
                            + " would, or would be likely to, cause the harm"));
                } else if (provision.harmTest().needsLikelihood() && grounds.stream().allMatch(g -> g.harm()
                        .filter(h -> h == HarmLikelihood.WOULD_OR_WOULD_BE_LIKELY_TO).isPresent())) {
                    out.add(warning(part, grounds.get(0).citation() + " claims both limbs (\"would, or would be"
                            + " likely to\"): say which; a claim of both is considered under the lower, \"would be"
                            + " likely to\", which weighs less in the public interest test"));
                }
            });
        }
    }

    /**
     * A likelihood of harm is recorded only for a provision with a harm test, and a public interest test only for a
     * qualified one: an absolute exemption has no public interest test (FOIA s2(3)), a class-based one no harm to
     * weigh, and EIR reg 12(5) needs disclosure that would adversely affect the interest. A record in the wrong place
     * tells the requester the wrong test was applied; see {@link Ground#misplaced}, which says what is tolerated
     * (a warning) rather than refused.
     */
    public static final class RecordsFitTheirProvision extends PartRule {
        @Override
        public String source() {
            return "FOIA s2(3)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            for (Cited c : cited) {
                for (Ground.Misplaced wrong : c.ground().misplaced(c.provision(), part.heldByArchives())) {
                    out.add(wrong.tolerated() ? warning(part, wrong.message()) : error(part, wrong.message()));
                }
            }
        }
    }

    /**
     * Neither confirm nor deny needs a provision with an NCND limb, and that limb cited: FOIA s1(1)(a) is excluded
     * only by the NCND subsection of the section relied on (s21 has none); EIR reg 12(6) for reg 12(5)(a) and
     * reg 13(5A)-(5B); FOISA s18 for ss28-35, 38, 39(1) and 41.
     */
    public static final class NcndHasItsProvision extends PartRule {
        @Override
        public String source() {
            return "FOIA s1(1)(a) with the NCND subsection of the section cited";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if (part.outcome() != Outcome.NEITHER_CONFIRM_NOR_DENY) {
                return;
            }
            for (Provision provision : byProvision(cited).keySet()) {
                if (!isGround(provision)) {
                    continue;
                }
                if (provision.ncnd().isEmpty()) {
                    out.add(error(part, provision.key() + " has no neither-confirm-nor-deny provision, so it cannot"
                            + " support an NCND reply"));
                } else if (!cites(part, provision.ncnd().get())) {
                    out.add(error(part, "NCND under " + provision.key() + " must cite its NCND provision "
                            + provision.ncnd().get()));
                }
            }
        }
    }

    /**
     * A neither-confirm-nor-deny reply says what it neither confirms nor denies, so the requester knows what the
     * notice is about (FOIA s17(1)(a) and (b): the notice states the fact that the duty to confirm or deny is
     * excluded, and the exemption that excludes it). Without a scope the letter speaks of the part as asked, so a
     * missing scope is a warning; but a part that also discloses or withholds information must say which information
     * it neither confirms nor denies, or it contradicts itself: an error.
     */
    public static final class NcndSaysWhatItCovers extends PartRule {
        @Override
        public String source() {
            return "FOIA s17(1)(a)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            List<Ground> ncnd = cited.stream().filter(RefusalRules::isNcnd).map(Cited::ground).toList();
            if (ncnd.isEmpty() || ncnd.stream().anyMatch(g -> !g.ncndScope().isBlank())) {
                return;
            }
            if (part.outcome() == Outcome.NEITHER_CONFIRM_NOR_DENY) {
                out.add(warning(part, "say what is neither confirmed nor denied under " + ncnd.get(0).citation()
                        + " (the letter will otherwise speak of the part as asked)"));
            } else if (part.outcome().withholds() || part.outcome().discloses()) {
                out.add(error(part, "the part is " + part.outcome() + " and also relies on " + ncnd.get(0).citation()
                        + " to neither confirm nor deny: say what it neither confirms nor denies, or the letter"
                        + " contradicts itself"));
            }
        }
    }

    /** True if the ground cites its provision's neither-confirm-nor-deny subsection (s23(5), s40(5B)). */
    static boolean isNcnd(Cited c) {
        return c.provision().ncndCovers(c.ground().citation());
    }

    /** Information reasonably accessible elsewhere says where: FOIA s21; FOISA s25. */
    public static final class AccessibleElsewhereSaysWhere extends PartRule {
        @Override
        public String source() {
            return "FOIA s21";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            boolean relies = part.outcome() == Outcome.ACCESSIBLE_ELSEWHERE || cites(part, "FOIA s21")
                    || cites(part, "FOISA s25");
            if (relies && part.accessibleAt().isBlank()) {
                out.add(error(part, "say where the information is reasonably accessible to the applicant (a link or"
                        + " an address)"));
            }
        }
    }

    /** Information intended for future publication says what will be published and when: FOIA s22; FOISA s27. */
    public static final class PublicationIntentionIsStated extends PartRule {
        @Override
        public String source() {
            return "FOIA s22(1)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if ((cites(part, "FOIA s22") || cites(part, "FOISA s27")) && part.publicationIntention().isBlank()) {
                out.add(error(part, "say what will be published, by whom and when (FOISA: within 12 weeks of the"
                        + " request)"));
            }
        }
    }

    /**
     * Third-party personal data names its condition, which decides whether the exemption is absolute: FOIA s40(2)
     * with s40(3A)(a) or (b), s40(3B) or s40(4A); EIR reg 13 with reg 13(2A), (2B) or (3A). A warning, not an error:
     * s17(1)(b) asks that the exemption be specified, which s40(2) does; but without the condition neither the
     * requester nor this check can tell whether a public interest test was needed.
     */
    public static final class PersonalDataNamesItsCondition extends PartRule {
        private static final List<Citation> FOIA_CONDITIONS = List.of(Citation.parse("FOIA s40(3A)"),
                Citation.parse("FOIA s40(3B)"), Citation.parse("FOIA s40(4A)"));
        private static final List<Citation> EIR_CONDITIONS = List.of(Citation.parse("EIR reg13(2A)"),
                Citation.parse("EIR reg13(2B)"), Citation.parse("EIR reg13(3A)"));

        @Override
        public String source() {
            return "FOIA s40(2)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if (cites(part, "FOIA s40(2)") && FOIA_CONDITIONS.stream().noneMatch(c -> cites(part, c))) {
                out.add(warning(part, "FOIA s40(2) needs its condition: s40(3A)(a) (disclosure would breach the data"
                        + " protection principles), s40(3A)(b), s40(3B) or s40(4A)"
                        + (cites(part, "FOIA s40(3)") ? "; s40(3) is the pre-2018 form" : "")));
            }
            if (cites(part, "EIR reg13") && !cites(part, "EIR reg13(5A)") && !cites(part, "EIR reg13(5B)")
                    && EIR_CONDITIONS.stream().noneMatch(c -> cites(part, c))) {
                out.add(warning(part, "EIR reg 13 needs its condition: reg 13(2A), 13(2B) or 13(3A)"));
            }
        }
    }

    /**
     * FOIA s31(1)(g)-(i) protect another authority's functions only for a purpose in s31(2), which must be named;
     * FOISA s35(1)(g) likewise with s35(2).
     */
    public static final class LawEnforcementPurposeIsNamed extends PartRule {
        @Override
        public String source() {
            return "FOIA s31(2)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            boolean needsFoia = Set.of("g", "h", "i").stream().anyMatch(l -> cites(part, "FOIA s31(1)(" + l + ")"));
            if (needsFoia && !cites(part, "FOIA s31(2)")) {
                out.add(error(part, "s31(1)(g)-(i) need the purpose from s31(2)(a)-(j), for example s31(2)(b)"));
            }
            if (cites(part, "FOISA s35(1)(g)") && !cites(part, "FOISA s35(2)")) {
                out.add(error(part, "FOISA s35(1)(g) needs the purpose from s35(2)"));
            }
        }
    }

    /**
     * FOIA s36 is engaged only "in the reasonable opinion of a qualified person" (s36(2); s36(3) for neither
     * confirming nor denying; s36(5) says who that is): without an opinion on record the exemption is not engaged
     * at all, and an opinion given after the response cannot support it. The opinion need not be quoted in the
     * letter, but the authority must be able to show it to the Commissioner. Statistics (s36(4)) are not modelled.
     */
    public static final class QualifiedPersonGaveTheirOpinion extends PartRule {
        @Override
        public String source() {
            return "FOIA s36(2), s36(5)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if (!part.outcome().withholds()) {
                return;
            }
            byProvision(cited).forEach((provision, grounds) -> {
                if (!Ground.needsQualifiedOpinion(provision)) {
                    return;
                }
                Optional<QualifiedOpinion> opinion = grounds.stream().flatMap(g -> g.qualifiedOpinion().stream())
                        .findFirst();
                if (opinion.isEmpty()) {
                    out.add(error(part, grounds.get(0).citation() + " applies only in the reasonable opinion of the"
                            + " qualified person (s36(2)): record who gave it and when"));
                } else if (opinion.get().givenOn().isAfter(draft.date())) {
                    out.add(error(part, grounds.get(0).citation() + ": the qualified person's opinion is dated "
                            + opinion.get().givenOn() + ", after the response of " + draft.date()
                            + "; it must exist before the exemption is relied on"));
                }
            });
        }
    }

    /**
     * Historical records lose exemptions with time: FOIA s62 (historical after 20 years), s63 (ss30(1), 32, 33, 35,
     * 36 and 42 then fall away; s37 at the later of 20 years or 5 after a death, s37(1)(b) at 60, s31 at 100; ss28
     * and 43 believed at 30) and s64 (in TNA or PRONI, ss21 and 22 cannot apply and s23 becomes qualified). Periods
     * not confirmed against the current statute, and s37's death rule, give warnings rather than errors.
     */
    public static final class HistoricalRecordRulesApply extends PartRule {
        @Override
        public String source() {
            return "FOIA ss62-64";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if (part.recordCreatedYear().isEmpty() || !part.outcome().withholds()) {
                return;
            }
            int created = part.recordCreatedYear().get();
            LocalDate on = draft.date();
            boolean historical = !on.isBefore(HistoricalRule.historicalFrom(created));
            for (Provision provision : byProvision(cited).keySet()) {
                HistoricalRule rule = provision.historical();
                Optional<LocalDate> gone = rule.fallsAwayOn(created);
                if (gone.isPresent() && !on.isBefore(gone.get())) {
                    String message = provision.key() + " cannot apply to a record created in " + created + ": it fell"
                            + " away on " + gone.get() + " (" + rule + ")";
                    boolean certain = rule.verified() && rule.kind() == HistoricalRule.Kind.AFTER_YEARS;
                    out.add(certain ? error(part, message) : warning(part, message + "; "
                            + (rule.kind() == HistoricalRule.Kind.AFTER_YEARS_OR_DEATH ? "unless the relevant person"
                            + " died less than " + rule.yearsAfterDeath() + " years ago" : "period not verified: "
                            + provision.verify())));
                }
                if (historical && part.heldByArchives()) {
                    if (rule.archives() == HistoricalRule.ArchiveEffect.CANNOT_APPLY) {
                        out.add(error(part, provision.key() + " cannot apply to a historical record held by The"
                                + " National Archives or PRONI (s64(1))"));
                    } else if (rule.archives() == HistoricalRule.ArchiveEffect.BECOMES_QUALIFIED
                            && !weighed(provision, cited)) {
                        out.add(error(part, provision.key() + " is qualified for a historical record held by The"
                                + " National Archives or PRONI (s64(2)): record the public interest test"));
                    }
                }
                if (rule.kind() == HistoricalRule.Kind.UNKNOWN && on.getYear() - created > 15) {
                    out.add(warning(part, provision.key() + ": the record is over 15 years old and this catalogue does"
                            + " not encode " + provision.regime() + "'s historical-record rules: check them"));
                }
            }
        }
    }

    /**
     * A cost-limit refusal shows the estimate, which must exceed the limit, and gives advice on narrowing the
     * request: FOIA s12(1) with SI 2004/3244 regs 3-4 (£25 an hour against £600 or £450), s16; FOISA s12 (£600 at
     * no more than £15 an hour) and s15.
     */
    public static final class CostLimitIsEstimated extends PartRule {
        @Override
        public String source() {
            return "FOIA s12(1)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            boolean relies = part.outcome() == Outcome.COST_LIMIT || cites(part, "FOIA s12(1)")
                    || cites(part, "FOISA s12(1)")
                    || part.citations().stream().anyMatch(c -> c.number().equals("12") && c.path().isEmpty()
                    && (c.regime() == Regime.FOIA || c.regime() == Regime.FOISA));
            if (!relies || draft.environmental()) {
                return;
            }
            Optional<CostEstimate> estimate = part.costEstimate();
            if (estimate.isEmpty()) {
                out.add(error(part, "a cost-limit refusal needs the estimate: hours for determining whether held,"
                        + " locating, retrieving and extracting, costed against the limit"));
            } else if (!estimate.get().exceedsLimit()) {
                out.add(error(part, "the estimate does not exceed the limit: " + estimate.get().explain()));
            }
            if (part.advice().isBlank()) {
                out.add(error(part, "a cost-limit refusal needs advice and assistance on how the request could be"
                        + " narrowed to fall within the limit (s16; FOISA s15)"));
            }
        }
    }

    /**
     * The EIR have no cost limit: a request too burdensome to answer is manifestly unreasonable under EIR reg
     * 12(4)(b) (EISR reg 10(4)(b)), which is subject to the public interest test.
     */
    public static final class NoCostLimitUnderTheEir extends PartRule {
        @Override
        public String source() {
            return "EIR reg12(4)(b)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if (!draft.environmental()) {
                return;
            }
            boolean usesCost = part.outcome() == Outcome.COST_LIMIT || part.citations().stream()
                    .anyMatch(RefusalRules::isActsCostLimit);
            if (usesCost) {
                out.add(error(part, "there is no cost limit under the " + draft.regime() + ": refuse a burdensome"
                        + " request as manifestly unreasonable under " + manifestlyUnreasonable(draft.regime())
                        + ", with the public interest test"));
            }
        }
    }

    /**
     * A refusal on cost or as vexatious or repeated states that fact: FOIA s17(5) (s12 and s14), excused for a repeat
     * vexatious request by s17(6); under the EIR such requests are refused under reg 12(4)(b).
     */
    public static final class CostOrVexatiousRefusalIsStated extends PartRule {
        @Override
        public String source() {
            return "FOIA s17(5)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            Outcome outcome = part.outcome();
            if (draft.environmental()) {
                if ((outcome == Outcome.VEXATIOUS || outcome == Outcome.REPEATED)
                        && !cites(part, "EIR reg12(4)(b)") && !cites(part, "EISR reg10(4)(b)")) {
                    out.add(error(part, "under the " + draft.regime() + " a vexatious or repeated request is"
                            + " manifestly unreasonable: cite " + manifestlyUnreasonable(draft.regime())));
                }
                return;
            }
            String act = draft.regime() == Regime.FOISA ? "FOISA" : "FOIA";
            if (outcome == Outcome.COST_LIMIT && !cites(part, act + " s12")) {
                out.add(error(part, "a cost-limit refusal must state that it relies on " + act + " s12"));
            }
            if (outcome == Outcome.VEXATIOUS && !cites(part, act + " s14(1)") && !part.previousVexatiousNotice()) {
                out.add(error(part, "a vexatious refusal must state that it relies on " + act + " s14(1), unless a"
                        + " notice was given for a previous vexatious request and another would be unreasonable"
                        + " (s17(6))"));
            }
            if (outcome == Outcome.REPEATED && !cites(part, act + " s14(2)")) {
                out.add(error(part, "a repeated-request refusal must state that it relies on " + act + " s14(2)"));
            }
        }
    }

    /**
     * Every refusal notice gives the complaint rights: the internal review procedure (or that there is none) and the
     * right to apply to the regulator. FOIA s17(7) with s50; EIR reg 14(5) (representations under reg 11, then reg
     * 18); FOISA s19 (review under s20, then the Scottish Information Commissioner under s47).
     */
    public static final class ComplaintRightsAreGiven implements RefusalRule {
        @Override
        public String source() {
            return "FOIA s17(7)";
        }

        @Override
        public List<Finding> check(DraftResponse draft, Catalogue catalogue) {
            if (!draft.refuses()) {
                return List.of();
            }
            List<Finding> findings = new ArrayList<>();
            boolean scottish = draft.regime().isScottish();
            if (!draft.internalReviewStated()) {
                findings.add(new Finding(Finding.Severity.ERROR, name(), source(), "", "the notice must describe how"
                        + " to ask for an internal review" + (draft.environmental() ? " (representations under reg 11)"
                        : "") + ", or say there is no procedure"));
            }
            if (!draft.regulatorRightStated()) {
                findings.add(new Finding(Finding.Severity.ERROR, name(), source(), "", "the notice must state the"
                        + " right to apply to the " + (scottish ? "Scottish Information Commissioner (FOISA s47)"
                        : "Information Commissioner (FOIA s50" + (draft.environmental() ? ", applied by EIR reg 18" : "")
                        + ")")));
            }
            return findings;
        }
    }

    /**
     * An EIR refusal shows the presumption in favour of disclosure was applied: EIR reg 12(2) with reg 14(3)(b)
     * (EISR reg 10(2)).
     */
    public static final class EirNoticeShowsThePresumption implements RefusalRule {
        @Override
        public String source() {
            return "EIR reg12(2)";
        }

        @Override
        public List<Finding> check(DraftResponse draft, Catalogue catalogue) {
            if (!draft.environmental() || !draft.refuses() || draft.presumptionStated()) {
                return List.of();
            }
            return List.of(new Finding(Finding.Severity.ERROR, name(), source(), "", "an EIR refusal must show that"
                    + " the public interest test applied the presumption in favour of disclosure"));
        }
    }

    /** Material still being completed names who is completing it and when it will be finished: EIR reg 14(4). */
    public static final class UnfinishedMaterialNamesWhoAndWhen extends PartRule {
        @Override
        public String source() {
            return "EIR reg14(4)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if ((cites(part, "EIR reg12(4)(d)") || cites(part, "EISR reg10(4)(d)")) && part.completion().isBlank()) {
                out.add(error(part, "name who is preparing the unfinished material and when it should be finished"));
            }
        }
    }

    /** Information on emissions cannot be withheld under EIR reg 12(5)(d) to (g): EIR reg 12(9). */
    public static final class EmissionsCannotBeWithheld extends PartRule {
        @Override
        public String source() {
            return "EIR reg12(9)";
        }

        @Override
        void check(DraftResponse draft, PartDecision part, List<Cited> cited, List<Finding> out) {
            if (!part.aboutEmissions()) {
                return;
            }
            for (String limb : List.of("d", "e", "f", "g")) {
                if (cites(part, "EIR reg12(5)(" + limb + ")")) {
                    out.add(error(part, "information on emissions cannot be withheld under EIR reg12(5)(" + limb
                            + ")"));
                }
            }
        }
    }
}
