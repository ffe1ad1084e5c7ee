package uk.foi.exemptions.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.exemptions.refusal.HarmLikelihood.WOULD;
import static uk.foi.exemptions.refusal.HarmLikelihood.WOULD_BE_LIKELY_TO;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.cost.Activity;
import uk.foi.exemptions.cost.CostEstimate;
import uk.foi.exemptions.cost.CostLimitTier;
import uk.foi.exemptions.refusal.PartDecision.Circumstance;

/**
 * Every section 17 rule with a draft that meets it and one that does not. Sources are in each rule's Javadoc; the
 * table's last column is the provision each case tests.
 */
class RefusalRulesTest {

    private static final LocalDate SENT = LocalDate.of(2026, 11, 23);
    private static final PublicInterestRecord PIT = new PublicInterestRecord(List.of("accountability"),
            List.of("the effectiveness of policing"), "the balance favours maintaining the exemption");

    private static Citation c(String canonical) {
        return Citation.parse(canonical);
    }

    private static PartDecision.Builder withheld(String... citations) {
        return PartDecision.of("1", Outcome.WITHHELD).grounds(Arrays.stream(citations)
                .map(c -> Ground.of(c).because("disclosure would reveal tactics")).toList());
    }

    private static PartDecision part(Outcome outcome, Ground... grounds) {
        return PartDecision.of("1", outcome).grounds(grounds).build();
    }

    /** A law-enforcement ground as the seeds give it. */
    private static Ground s31() {
        return Ground.of("FOIA s31(1)(a)").because("tactics").harm(WOULD_BE_LIKELY_TO);
    }

    /** A neither-confirm-nor-deny ground with its reasons and scope. */
    private static Ground ncnd(String canonical) {
        return Ground.of(canonical).because("confirming would reveal whether security bodies are involved")
                .ncndScope("whether any security body was involved in the operation");
    }

    private static CostEstimate estimate(int hours) {
        return new CostEstimate(Regime.FOIA, CostLimitTier.OTHER_AUTHORITY, Map.of(Activity.LOCATING,
                Duration.ofHours(hours), Activity.REDACTING, Duration.ofHours(40)));
    }

    private static DraftResponse draft(Regime regime, PartDecision... parts) {
        return new DraftResponse(regime, SENT, List.of(parts), true, true, regime == Regime.EIR);
    }

    private static DraftResponse foia(PartDecision part) {
        return draft(Regime.FOIA, part);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new RefusalRules.ProvisionIsCited(), "FOIA s17(1)(b)",
                        foia(withheld("FOIA s41").build()),
                        foia(withheld().build()), "cites no exemption"),
                Arguments.of(new RefusalRules.ProvisionIsCited(), "FOIA s17(1)(b)",
                        foia(withheld("FOIA s44").build()),
                        foia(withheld("FOIA s17(1)").build()), "is an exemption or exception"),
                // FOIA s39(1): environmental information is refused under the EIR's exceptions, not FOIA's
                Arguments.of(new RefusalRules.ProvisionIsOfTheResponsesLaw(), "FOIA s39(1)",
                        draft(Regime.EIR, withheld("EIR reg12(5)(a)").build()),
                        draft(Regime.EIR, withheld("FOIA s31(1)(a)").build()), "FOIA s31(1)(a) is a FOIA provision,"
                                + " but this part is answered under EIR"),
                Arguments.of(new RefusalRules.ProvisionIsOfTheResponsesLaw(), "FOIA s39(1)",
                        foia(withheld("FOIA s31(1)(a)").build()),
                        foia(withheld("EIR reg12(5)(a)").build()), "re-route the part"),
                // FOISA is Scotland's Act: a Scottish authority refuses under FOISA, not FOIA
                Arguments.of(new RefusalRules.ProvisionIsOfTheResponsesLaw(), "FOIA s39(1)",
                        draft(Regime.FOISA, withheld("FOISA s35(1)(a)").build()),
                        draft(Regime.FOISA, withheld("FOIA s31(1)(a)").build()), "cite the FOISA provision that applies"),
                Arguments.of(new RefusalRules.CitedProvisionIsKnown(), "FOIA s17(1)(b)",
                        foia(withheld("FOIA s41").build()),
                        foia(withheld("FOIA s41", "FOIA s88").build()), "not in the exemption catalogue"),
                Arguments.of(new RefusalRules.ReasonsAreStated(), "FOIA s17(1)(c) and s17(4)",
                        foia(withheld("FOIA s41").sharedReasons("").because(Circumstance.REASONS_WOULD_REVEAL_EXEMPT).build()),
                        foia(PartDecision.of("1", Outcome.WITHHELD).citing("FOIA s41").sharedReasons(" ").build()), "no reasons"),
                Arguments.of(new RefusalRules.PublicInterestIsRecorded(), "FOIA s17(3)",
                        foia(withheld("FOIA s31(1)(a)").sharedHarm(WOULD_BE_LIKELY_TO).sharedPublicInterest(PIT).build()),
                        foia(withheld("FOIA s31(1)(a)").sharedHarm(WOULD_BE_LIKELY_TO)
                                .sharedPublicInterest(new PublicInterestRecord(List.of("x"), List.of(), "")).build()),
                        "FOIA s31] is qualified"),
                Arguments.of(new RefusalRules.PublicInterestIsRecorded(), "FOIA s17(3), s40(3B) qualified",
                        foia(withheld("FOIA s40(2)", "FOIA s40(3A)(a)").build()),
                        foia(withheld("FOIA s40(2)", "FOIA s40(3B)").build()), "FOIA s40(3B)] is qualified"),
                Arguments.of(new RefusalRules.PrejudiceStatesItsLikelihood(), "FOIA s43(2) prejudice test",
                        foia(withheld("FOIA s43(1)").sharedPublicInterest(PIT).build()),
                        foia(withheld("FOIA s43(2)").sharedPublicInterest(PIT).build()), "would, or would be likely to"),
                // many real notices hedge: recordable as written, warned so the officer chooses a limb
                Arguments.of(new RefusalRules.PrejudiceStatesItsLikelihood(), "FOIA s43(2), one limb",
                        foia(withheld("FOIA s43(2)").sharedHarm(WOULD).sharedPublicInterest(PIT).build()),
                        foia(withheld("FOIA s43(2)").sharedHarm(HarmLikelihood.WOULD_OR_WOULD_BE_LIKELY_TO)
                                .sharedPublicInterest(PIT).build()), "claims both limbs"),
                Arguments.of(new RefusalRules.NcndHasItsProvision(), "FOIA s23(5), s24(2)",
                        foia(PartDecision.of("2", Outcome.NEITHER_CONFIRM_NOR_DENY)
                                .citing("FOIA s23(5)", "FOIA s24(2)").sharedReasons("r").build()),
                        foia(PartDecision.of("2", Outcome.NEITHER_CONFIRM_NOR_DENY)
                                .citing("FOIA s31(1)(a)").sharedReasons("r").build()),
                        "must cite its NCND provision FOIA s31(3)"),
                Arguments.of(new RefusalRules.NcndHasItsProvision(), "FOIA s21 has no NCND limb",
                        foia(PartDecision.of("2", Outcome.NEITHER_CONFIRM_NOR_DENY)
                                .citing("FOIA s40(5B)(a)(i)").sharedReasons("r").build()),
                        foia(PartDecision.of("2", Outcome.NEITHER_CONFIRM_NOR_DENY)
                                .citing("FOIA s21").sharedReasons("r").build()),
                        "FOIA s21 has no neither-confirm-nor-deny provision"),
                Arguments.of(new RefusalRules.ProvisionIsSpecific(), "FOIA s17(1)(b), a bare section",
                        foia(withheld("FOIA s30").sharedPublicInterest(PIT).build()),
                        foia(withheld("FOIA s40").build()), "FOIA s40 has provisions that are tested differently"),
                Arguments.of(new RefusalRules.PublicInterestIsRecorded(), "FOIA s17(3), a bare section",
                        foia(withheld("FOIA s30").sharedPublicInterest(PIT).build()),
                        foia(withheld("FOIA s30").build()), "[FOIA s30(1)] is qualified"),
                Arguments.of(new RefusalRules.ReasonsAreStated(), "FOIA s17(1)(c), each provision",
                        foia(part(Outcome.WITHHELD, Ground.of("FOIA s31(1)(a)").because("tactics"),
                                Ground.of("FOIA s31(1)(b)"), Ground.of("FOIA s40(2)").because("officers' names"),
                                Ground.of("FOIA s40(3A)(a)"))),
                        foia(part(Outcome.WITHHELD, Ground.of("FOIA s31(1)(a)").because("tactics"),
                                Ground.of("FOIA s40(2)"), Ground.of("FOIA s40(3A)(a)"))),
                        "no reasons for FOIA s40(2)"),
                Arguments.of(new RefusalRules.PublicInterestIsRecorded(), "FOIA s17(3), each provision",
                        foia(part(Outcome.WITHHELD, s31().publicInterest(PIT),
                                Ground.of("FOIA s43(2)").because("prices").harm(WOULD).publicInterest(PIT))),
                        foia(part(Outcome.WITHHELD, s31().publicInterest(PIT),
                                Ground.of("FOIA s43(2)").because("prices").harm(WOULD))),
                        "[FOIA s43(2)] is qualified"),
                Arguments.of(new RefusalRules.PrejudiceStatesItsLikelihood(), "FOIA s43(2), each provision",
                        foia(part(Outcome.WITHHELD, s31().publicInterest(PIT),
                                Ground.of("FOIA s43(2)").because("prices").harm(WOULD).publicInterest(PIT))),
                        foia(part(Outcome.WITHHELD, s31().publicInterest(PIT),
                                Ground.of("FOIA s43(2)").because("prices").publicInterest(PIT))),
                        "FOIA s43(2) is prejudice-based"),
                Arguments.of(new RefusalRules.RecordsFitTheirProvision(), "FOIA s2(3)(fa): s40(3A)(a) absolute",
                        foia(withheld("FOIA s40(2)", "FOIA s40(3A)(a)").build()),
                        foia(part(Outcome.WITHHELD, Ground.of("FOIA s40(2)").because("names"),
                                Ground.of("FOIA s40(3A)(a)").publicInterest(PIT))), "is absolute"),
                Arguments.of(new RefusalRules.RecordsFitTheirProvision(), "FOIA s2(3)(b): s23(5) with s24(2)",
                        foia(part(Outcome.NEITHER_CONFIRM_NOR_DENY, ncnd("FOIA s23(5)"),
                                ncnd("FOIA s24(2)").publicInterest(PIT))),
                        foia(part(Outcome.NEITHER_CONFIRM_NOR_DENY, ncnd("FOIA s23(5)").publicInterest(PIT),
                                ncnd("FOIA s24(2)").publicInterest(PIT))),
                        "FOIA s23(5) is absolute"),
                Arguments.of(new RefusalRules.RecordsFitTheirProvision(), "FOIA s42(1) class-based",
                        foia(part(Outcome.WITHHELD, Ground.of("FOIA s42(1)").because("advice").publicInterest(PIT))),
                        foia(part(Outcome.WITHHELD, Ground.of("FOIA s42(1)").because("advice")
                                .harm(WOULD_BE_LIKELY_TO).publicInterest(PIT))),
                        "FOIA s42(1) is class-based"),
                Arguments.of(new RefusalRules.RecordsFitTheirProvision(), "EIR reg12(5)(a), both limbs claimed",
                        draft(Regime.EIR, part(Outcome.WITHHELD, Ground.of("EIR reg12(5)(a)").because("security")
                                .harm(WOULD).publicInterest(PIT))),
                        draft(Regime.EIR, part(Outcome.WITHHELD, Ground.of("EIR reg12(5)(a)").because("security")
                                .harm(HarmLikelihood.WOULD_OR_WOULD_BE_LIKELY_TO).publicInterest(PIT))),
                        "claiming both limbs claims no more than it"),
                Arguments.of(new RefusalRules.RecordsFitTheirProvision(), "EIR reg12(5)(a) would adversely affect",
                        draft(Regime.EIR, part(Outcome.WITHHELD, Ground.of("EIR reg12(5)(a)").because("security")
                                .harm(WOULD).publicInterest(PIT))),
                        draft(Regime.EIR, part(Outcome.WITHHELD, Ground.of("EIR reg12(5)(a)").because("security")
                                .harm(WOULD_BE_LIKELY_TO).publicInterest(PIT))),
                        "would be likely to\" is not enough"),
                Arguments.of(new RefusalRules.NcndSaysWhatItCovers(), "FOIA s17(1)(a), NCND scope",
                        foia(part(Outcome.NEITHER_CONFIRM_NOR_DENY, ncnd("FOIA s23(5)"))),
                        foia(part(Outcome.NEITHER_CONFIRM_NOR_DENY, ncnd("FOIA s23(5)").ncndScope(""))),
                        "say what is neither confirmed nor denied under FOIA s23(5)"),
                Arguments.of(new RefusalRules.NcndSaysWhatItCovers(), "FOIA s17(1)(a), disclosing and NCND",
                        foia(part(Outcome.PARTIALLY_DISCLOSED, Ground.of("FOIA s40(2)").because("names"),
                                Ground.of("FOIA s40(3A)(a)"), ncnd("FOIA s40(5B)(a)(i)"))),
                        foia(part(Outcome.PARTIALLY_DISCLOSED, Ground.of("FOIA s40(2)").because("names"),
                                Ground.of("FOIA s40(3A)(a)"), ncnd("FOIA s40(5B)(a)(i)").ncndScope(""))),
                        "contradicts itself"),
                Arguments.of(new RefusalRules.AccessibleElsewhereSaysWhere(), "FOIA s21",
                        foia(withheld("FOIA s21").accessibleAt("https://www.met.police.uk/foi").build()),
                        foia(withheld("FOIA s21").build()), "reasonably accessible"),
                Arguments.of(new RefusalRules.PublicationIntentionIsStated(), "FOIA s22",
                        foia(withheld("FOIA s22(1)(a)").sharedPublicInterest(PIT)
                                .toBePublished("the PIA, on the MPS website, by March 2018").build()),
                        foia(withheld("FOIA s22(1)(a)").sharedPublicInterest(PIT).build()), "what will be published"),
                Arguments.of(new RefusalRules.PersonalDataNamesItsCondition(), "FOIA s40(2) with s40(3A)",
                        foia(withheld("FOIA s40(2)", "FOIA s40(3A)(a)").build()),
                        foia(withheld("FOIA s40(2)", "FOIA s40(3)").build()), "pre-2018 form"),
                Arguments.of(new RefusalRules.PersonalDataNamesItsCondition(), "EIR reg13 with reg13(2A)",
                        draft(Regime.EIR, withheld("EIR reg13", "EIR reg13(2A)").build()),
                        draft(Regime.EIR, withheld("EIR reg13").build()), "reg 13 needs its condition"),
                Arguments.of(new RefusalRules.LawEnforcementPurposeIsNamed(), "FOIA s31(2)",
                        foia(withheld("FOIA s31(1)(g)", "FOIA s31(2)(b)").build()),
                        foia(withheld("FOIA s31(1)(g)").build()), "s31(2)(a)-(j)"),
                Arguments.of(new RefusalRules.QualifiedPersonGaveTheirOpinion(), "FOIA s36(2): an opinion on record",
                        foia(part(Outcome.WITHHELD, Ground.of("FOIA s36(2)(b)(ii)").because("frank views")
                                .harm(WOULD_BE_LIKELY_TO).publicInterest(PIT).opinion(new QualifiedOpinion(
                                        "Chief Executive", SENT.minusDays(3))))),
                        foia(part(Outcome.WITHHELD, Ground.of("FOIA s36(2)(b)(ii)").because("frank views")
                                .harm(WOULD_BE_LIKELY_TO).publicInterest(PIT))),
                        "reasonable opinion of the qualified person"),
                Arguments.of(new RefusalRules.QualifiedPersonGaveTheirOpinion(), "FOIA s36(2): opinion before reliance",
                        foia(part(Outcome.NEITHER_CONFIRM_NOR_DENY, Ground.of("FOIA s36(3)").because("views")
                                .ncndScope("whether the board discussed it").harm(WOULD_BE_LIKELY_TO)
                                .publicInterest(PIT).opinion(new QualifiedOpinion("Chief Executive", SENT)))),
                        foia(part(Outcome.WITHHELD, Ground.of("FOIA s36(2)(c)").because("conduct")
                                .harm(WOULD).publicInterest(PIT).opinion(new QualifiedOpinion("Chief Executive",
                                        SENT.plusDays(1))))),
                        "must exist before the exemption is relied on"),
                Arguments.of(new RefusalRules.HistoricalRecordRulesApply(), "FOIA s63(1): s42 after 20 years",
                        foia(withheld("FOIA s42").recordCreatedIn(2006).build()),
                        foia(withheld("FOIA s42").recordCreatedIn(2005).build()), "fell away on 2026-01-01"),
                Arguments.of(new RefusalRules.HistoricalRecordRulesApply(), "FOIA s64(1): s21 in TNA",
                        foia(withheld("FOIA s21").recordCreatedIn(2005).build()),
                        foia(withheld("FOIA s21").recordCreatedIn(2005).because(Circumstance.HELD_BY_ARCHIVES).build()), "s64(1)"),
                Arguments.of(new RefusalRules.CostLimitIsEstimated(), "FOIA s12(1), SI 2004/3244 reg 4",
                        foia(PartDecision.of("3", Outcome.COST_LIMIT).citing("FOIA s12(1)")
                                .costEstimate(estimate(19)).advice("narrow it to one year").build()),
                        foia(PartDecision.of("3", Outcome.COST_LIMIT).citing("FOIA s12(1)")
                                .costEstimate(estimate(18)).advice("narrow it").build()), "does not exceed"),
                Arguments.of(new RefusalRules.CostLimitIsEstimated(), "FOIA s16 with s12",
                        foia(PartDecision.of("3", Outcome.COST_LIMIT).citing("FOIA s12")
                                .costEstimate(estimate(30)).advice("narrow it to one year").build()),
                        foia(PartDecision.of("3", Outcome.COST_LIMIT).citing("FOIA s12")
                                .costEstimate(estimate(30)).build()), "advice and assistance"),
                Arguments.of(new RefusalRules.NoCostLimitUnderTheEir(), "EIR reg12(4)(b)",
                        draft(Regime.EIR, withheld("EIR reg12(4)(b)").sharedPublicInterest(PIT).build()),
                        draft(Regime.EIR, PartDecision.of("3", Outcome.COST_LIMIT).citing("FOIA s12").build()),
                        "no cost limit under the EIR"),
                Arguments.of(new RefusalRules.CostOrVexatiousRefusalIsStated(), "FOIA s17(5)",
                        foia(PartDecision.of("1", Outcome.VEXATIOUS).citing("FOIA s14(1)").build()),
                        foia(PartDecision.of("1", Outcome.VEXATIOUS).build()), "relies on FOIA s14(1)"),
                Arguments.of(new RefusalRules.CostOrVexatiousRefusalIsStated(), "FOIA s17(6)",
                        foia(PartDecision.of("1", Outcome.VEXATIOUS).because(Circumstance.PREVIOUS_VEXATIOUS_NOTICE).build()),
                        foia(PartDecision.of("1", Outcome.REPEATED).citing("FOIA s14(1)").build()),
                        "relies on FOIA s14(2)"),
                Arguments.of(new RefusalRules.ComplaintRightsAreGiven(), "FOIA s17(7)",
                        foia(withheld("FOIA s41").build()),
                        new DraftResponse(Regime.FOIA, SENT, List.of(withheld("FOIA s41").build()), true, false, false),
                        "Information Commissioner (FOIA s50)"),
                Arguments.of(new RefusalRules.EirNoticeShowsThePresumption(), "EIR reg12(2)",
                        draft(Regime.EIR, withheld("EIR reg12(5)(a)").sharedPublicInterest(PIT).build()),
                        new DraftResponse(Regime.EIR, SENT, List.of(withheld("EIR reg12(5)(a)").build()), true, true,
                                false), "presumption in favour of disclosure"),
                Arguments.of(new RefusalRules.UnfinishedMaterialNamesWhoAndWhen(), "EIR reg14(4)",
                        draft(Regime.EIR, withheld("EIR reg12(4)(d)").completion("the Environment Agency, by June")
                                .build()),
                        draft(Regime.EIR, withheld("EIR reg12(4)(d)").build()), "who is preparing"),
                Arguments.of(new RefusalRules.EmissionsCannotBeWithheld(), "EIR reg12(9)",
                        draft(Regime.EIR, withheld("EIR reg12(5)(a)").because(Circumstance.ABOUT_EMISSIONS).build()),
                        draft(Regime.EIR, withheld("EIR reg12(5)(e)").because(Circumstance.ABOUT_EMISSIONS).build()),
                        "cannot be withheld under EIR reg12(5)(e)"));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("cases")
    void eachRuleAcceptsADraftThatMeetsItAndReportsOneThatDoesNot(RefusalRule rule, String source,
                                                                  DraftResponse meets, DraftResponse fails,
                                                                  String message) {
        Catalogue catalogue = Catalogue.bundled();

        assertThat(rule.check(meets, catalogue)).as("a draft that meets " + rule.name()).isEmpty();
        assertThat(rule.check(fails, catalogue)).as("a draft that fails " + rule.name())
                .anySatisfy(finding -> {
                    assertThat(finding.message()).contains(message);
                    assertThat(finding.rule()).isEqualTo(rule.name());
                    assertThat(finding.source()).isEqualTo(rule.source());
                });
    }

    @Test
    void everyRuleIsTested() {
        List<String> tested = cases().map(a -> a.get()[0].getClass().getSimpleName()).distinct().toList();

        assertThat(RefusalRules.all()).extracting(RefusalRule::name).containsExactlyInAnyOrderElementsOf(tested);
    }

    @Test
    void aPublicInterestTestUnderSection41IsToleratedWithAWarning() {
        DraftResponse s41 = foia(part(Outcome.WITHHELD, Ground.of("FOIA s41(1)").because("given in confidence")
                .publicInterest(PIT)));

        RefusalCheck.Report report = RefusalCheck.standard().check(s41);

        assertThat(report.blocks()).isFalse();
        assertThat(report.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .contains("FOIA s41(1) is absolute (s2(3)(g))", "common-law public interest defence"));
    }

    @Test
    void section23BecomesQualifiedForAHistoricalRecordHeldByTheNationalArchives() {
        PartDecision archived = PartDecision.of("1", Outcome.WITHHELD).grounds(Ground.of("FOIA s23(1)")
                .because("from a security body").publicInterest(PIT)).recordCreatedIn(1990)
                .because(Circumstance.HELD_BY_ARCHIVES).build();

        assertThat(RefusalCheck.standard().check(foia(archived)).errors()).isEmpty();
    }

    @Test
    void reasonsGivenOnceForAPartArePlacedOnTheProvisionsTheyBelongTo() {
        List<Ground> grounds = Ground.share(List.of(c("FOIA s31(1)(a)"), c("FOIA s40(2)"), c("FOIA s40(3A)(a)"),
                c("FOIA s42(1)")), "the reasons", java.util.Optional.of(WOULD_BE_LIKELY_TO),
                java.util.Optional.of(PIT), Catalogue.bundled());

        assertThat(grounds).extracting(Ground::reasons).containsExactly("the reasons", "the reasons", "", "the reasons");
        assertThat(grounds).extracting(g -> g.harm().isPresent()).containsExactly(true, false, false, false);
        assertThat(grounds).extracting(g -> g.publicInterest().isPresent()).containsExactly(true, true, false, true);
    }

    /** A refusal that cites s40(2) without its condition specifies the exemption (s17(1)(b)), so it is not blocked. */
    @Test
    void personalDataWithoutItsConditionWarnsRatherThanBlocks() {
        DraftResponse draft = foia(part(Outcome.WITHHELD, Ground.of("FOIA s40(2)").because("staff names"),
                Ground.of("FOIA s43(2)").because("prices").harm(WOULD_BE_LIKELY_TO).publicInterest(PIT)));

        RefusalCheck.Report report = RefusalCheck.standard().check(draft);

        assertThat(report.blocks()).as(report.findings().toString()).isFalse();
        assertThat(report.warnings()).extracting(Finding::rule).containsExactly("PersonalDataNamesItsCondition");
    }

    /** 0.1 accepted a provision cited twice; such a decision still reads, as one ground, while explicit grounds may not. */
    @Test
    void aProvisionCitedTwiceIn01IsOneGround() {
        assertThat(PartDecision.of("1", Outcome.WITHHELD).citing("FOIA s41", "FOIA s41").sharedReasons("r").build()
                .grounds()).hasSize(1);
        assertThat(Ground.share(List.of(c("FOIA s41"), c("FOIA s41")), "r", java.util.Optional.empty(),
                java.util.Optional.empty(), Catalogue.bundled())).hasSize(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> part(Outcome.WITHHELD, Ground.of("FOIA s41"),
                Ground.of("FOIA s41"))).hasMessageContaining("each provision is cited once");
    }

    @Test
    void unverifiedPeriodsWarnRatherThanBlock() {
        DraftResponse s43 = foia(withheld("FOIA s43(2)").sharedHarm(WOULD_BE_LIKELY_TO).sharedPublicInterest(PIT)
                .recordCreatedIn(1990).build());

        RefusalCheck.Report report = RefusalCheck.standard().check(s43);

        assertThat(report.blocks()).isFalse();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message()).contains("period not verified"));
    }

    @Test
    void aSeedStyleResponsePassesTheWholeCheck() {
        DraftResponse seed = foia(PartDecision.of("1", Outcome.PARTIALLY_DISCLOSED)
                .citing("FOIA s31(1)(a)", "FOIA s31(1)(b)", "FOIA s40(2)", "FOIA s40(3A)(a)")
                .sharedReasons("names of officers and tactical detail are redacted").sharedHarm(WOULD_BE_LIKELY_TO)
                .sharedPublicInterest(PIT).build());

        assertThat(RefusalCheck.standard().check(seed).findings()).isEmpty();
    }

    @Test
    void aRefusalWithNothingInItListsEveryMissingRequirement() {
        DraftResponse bare = new DraftResponse(Regime.FOIA, SENT,
                List.of(PartDecision.of("1", Outcome.WITHHELD).citing("FOIA s31(1)(a)").build()), false, false,
                false);

        RefusalCheck.Report report = RefusalCheck.standard().check(bare);

        assertThat(report.blocks()).isTrue();
        assertThat(report.errors()).extracting(Finding::rule).containsExactly("ReasonsAreStated",
                "PublicInterestIsRecorded", "PrejudiceStatesItsLikelihood", "ComplaintRightsAreGiven",
                "ComplaintRightsAreGiven");
    }

    @Test
    void aDisclosureNeedsNoRefusalNotice() {
        DraftResponse disclosed = new DraftResponse(Regime.FOIA, SENT,
                List.of(PartDecision.of("1", Outcome.DISCLOSED).build(),
                        PartDecision.of("2", Outcome.NOT_HELD).build()), false, false, false);

        assertThat(RefusalCheck.standard().check(disclosed).findings()).isEmpty();
    }

}
