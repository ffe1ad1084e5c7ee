package uk.foi.exemptions.refusal;

import static org.assertj.core.api.Assertions.assertThat;
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

    private static DraftPart.Builder withheld(String... citations) {
        return DraftPart.builder("1", Outcome.WITHHELD).citing(Arrays.stream(citations).map(Citation::parse).toList())
                .reasons("disclosure would reveal tactics");
    }

    private static CostEstimate estimate(int hours) {
        return new CostEstimate(Regime.FOIA, CostLimitTier.OTHER_AUTHORITY, Map.of(Activity.LOCATING,
                Duration.ofHours(hours), Activity.REDACTING, Duration.ofHours(40)));
    }

    private static DraftResponse draft(Regime regime, DraftPart... parts) {
        return new DraftResponse(regime, SENT, List.of(parts), true, true, regime == Regime.EIR);
    }

    private static DraftResponse foia(DraftPart part) {
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
                Arguments.of(new RefusalRules.CitedProvisionIsKnown(), "FOIA s17(1)(b)",
                        foia(withheld("FOIA s41").build()),
                        foia(withheld("FOIA s41", "FOIA s88").build()), "not in the exemption catalogue"),
                Arguments.of(new RefusalRules.ReasonsAreStated(), "FOIA s17(1)(c) and s17(4)",
                        foia(withheld("FOIA s41").reasons("").reasonsWouldRevealExemptInformation().build()),
                        foia(withheld("FOIA s41").reasons(" ").build()), "no reasons"),
                Arguments.of(new RefusalRules.PublicInterestIsRecorded(), "FOIA s17(3)",
                        foia(withheld("FOIA s31(1)(a)").harm(WOULD_BE_LIKELY_TO).publicInterest(PIT).build()),
                        foia(withheld("FOIA s31(1)(a)").harm(WOULD_BE_LIKELY_TO)
                                .publicInterest(new PublicInterestRecord(List.of("x"), List.of(), "")).build()),
                        "FOIA s31] is qualified"),
                Arguments.of(new RefusalRules.PublicInterestIsRecorded(), "FOIA s17(3), s40(3B) qualified",
                        foia(withheld("FOIA s40(2)", "FOIA s40(3A)(a)").build()),
                        foia(withheld("FOIA s40(2)", "FOIA s40(3B)").build()), "FOIA s40(3B)] is qualified"),
                Arguments.of(new RefusalRules.PrejudiceStatesItsLikelihood(), "FOIA s43(2) prejudice test",
                        foia(withheld("FOIA s43(1)").publicInterest(PIT).build()),
                        foia(withheld("FOIA s43(2)").publicInterest(PIT).build()), "would, or would be likely to"),
                Arguments.of(new RefusalRules.NcndHasItsProvision(), "FOIA s23(5), s24(2)",
                        foia(DraftPart.builder("2", Outcome.NEITHER_CONFIRM_NOR_DENY)
                                .citing(c("FOIA s23(5)"), c("FOIA s24(2)")).reasons("r").build()),
                        foia(DraftPart.builder("2", Outcome.NEITHER_CONFIRM_NOR_DENY)
                                .citing(c("FOIA s31(1)(a)")).reasons("r").build()),
                        "must cite its NCND provision FOIA s31(3)"),
                Arguments.of(new RefusalRules.NcndHasItsProvision(), "FOIA s21 has no NCND limb",
                        foia(DraftPart.builder("2", Outcome.NEITHER_CONFIRM_NOR_DENY)
                                .citing(c("FOIA s40(5B)(a)(i)")).reasons("r").build()),
                        foia(DraftPart.builder("2", Outcome.NEITHER_CONFIRM_NOR_DENY)
                                .citing(c("FOIA s21")).reasons("r").build()),
                        "FOIA s21 has no neither-confirm-nor-deny provision"),
                Arguments.of(new RefusalRules.AbsoluteExemptionNeedsNoPublicInterestTest(), "FOIA s2(3)",
                        foia(withheld("FOIA s41").build()),
                        foia(withheld("FOIA s41").publicInterest(PIT).build()), "is absolute"),
                Arguments.of(new RefusalRules.AccessibleElsewhereSaysWhere(), "FOIA s21",
                        foia(withheld("FOIA s21").accessibleAt("https://www.met.police.uk/foi").build()),
                        foia(withheld("FOIA s21").build()), "reasonably accessible"),
                Arguments.of(new RefusalRules.PublicationIntentionIsStated(), "FOIA s22",
                        foia(withheld("FOIA s22(1)(a)").publicInterest(PIT)
                                .toBePublished("the PIA, on the MPS website, by March 2018").build()),
                        foia(withheld("FOIA s22(1)(a)").publicInterest(PIT).build()), "what will be published"),
                Arguments.of(new RefusalRules.PersonalDataNamesItsCondition(), "FOIA s40(2) with s40(3A)",
                        foia(withheld("FOIA s40(2)", "FOIA s40(3A)(a)").build()),
                        foia(withheld("FOIA s40(2)", "FOIA s40(3)").build()), "pre-2018 form"),
                Arguments.of(new RefusalRules.PersonalDataNamesItsCondition(), "EIR reg13 with reg13(2A)",
                        draft(Regime.EIR, withheld("EIR reg13", "EIR reg13(2A)").build()),
                        draft(Regime.EIR, withheld("EIR reg13").build()), "reg 13 needs its condition"),
                Arguments.of(new RefusalRules.LawEnforcementPurposeIsNamed(), "FOIA s31(2)",
                        foia(withheld("FOIA s31(1)(g)", "FOIA s31(2)(b)").build()),
                        foia(withheld("FOIA s31(1)(g)").build()), "s31(2)(a)-(j)"),
                Arguments.of(new RefusalRules.HistoricalRecordRulesApply(), "FOIA s63(1): s42 after 20 years",
                        foia(withheld("FOIA s42").recordCreatedIn(2006, false).build()),
                        foia(withheld("FOIA s42").recordCreatedIn(2005, false).build()), "fell away on 2026-01-01"),
                Arguments.of(new RefusalRules.HistoricalRecordRulesApply(), "FOIA s64(1): s21 in TNA",
                        foia(withheld("FOIA s21").recordCreatedIn(2005, false).build()),
                        foia(withheld("FOIA s21").recordCreatedIn(2005, true).build()), "s64(1)"),
                Arguments.of(new RefusalRules.CostLimitIsEstimated(), "FOIA s12(1), SI 2004/3244 reg 4",
                        foia(DraftPart.builder("3", Outcome.COST_LIMIT).citing(c("FOIA s12(1)"))
                                .costEstimate(estimate(19)).advice("narrow it to one year").build()),
                        foia(DraftPart.builder("3", Outcome.COST_LIMIT).citing(c("FOIA s12(1)"))
                                .costEstimate(estimate(18)).advice("narrow it").build()), "does not exceed"),
                Arguments.of(new RefusalRules.CostLimitIsEstimated(), "FOIA s16 with s12",
                        foia(DraftPart.builder("3", Outcome.COST_LIMIT).citing(c("FOIA s12"))
                                .costEstimate(estimate(30)).advice("narrow it to one year").build()),
                        foia(DraftPart.builder("3", Outcome.COST_LIMIT).citing(c("FOIA s12"))
                                .costEstimate(estimate(30)).build()), "advice and assistance"),
                Arguments.of(new RefusalRules.NoCostLimitUnderTheEir(), "EIR reg12(4)(b)",
                        draft(Regime.EIR, withheld("EIR reg12(4)(b)").publicInterest(PIT).build()),
                        draft(Regime.EIR, DraftPart.builder("3", Outcome.COST_LIMIT).citing(c("FOIA s12")).build()),
                        "no cost limit under the EIR"),
                Arguments.of(new RefusalRules.CostOrVexatiousRefusalIsStated(), "FOIA s17(5)",
                        foia(DraftPart.builder("1", Outcome.VEXATIOUS).citing(c("FOIA s14(1)")).build()),
                        foia(DraftPart.builder("1", Outcome.VEXATIOUS).build()), "relies on FOIA s14(1)"),
                Arguments.of(new RefusalRules.CostOrVexatiousRefusalIsStated(), "FOIA s17(6)",
                        foia(DraftPart.builder("1", Outcome.VEXATIOUS).afterPreviousVexatiousNotice().build()),
                        foia(DraftPart.builder("1", Outcome.REPEATED).citing(c("FOIA s14(1)")).build()),
                        "relies on FOIA s14(2)"),
                Arguments.of(new RefusalRules.ComplaintRightsAreGiven(), "FOIA s17(7)",
                        foia(withheld("FOIA s41").build()),
                        new DraftResponse(Regime.FOIA, SENT, List.of(withheld("FOIA s41").build()), true, false, false),
                        "Information Commissioner (FOIA s50)"),
                Arguments.of(new RefusalRules.EirNoticeShowsThePresumption(), "EIR reg12(2)",
                        draft(Regime.EIR, withheld("EIR reg12(5)(a)").publicInterest(PIT).build()),
                        new DraftResponse(Regime.EIR, SENT, List.of(withheld("EIR reg12(5)(a)").build()), true, true,
                                false), "presumption in favour of disclosure"),
                Arguments.of(new RefusalRules.UnfinishedMaterialNamesWhoAndWhen(), "EIR reg14(4)",
                        draft(Regime.EIR, withheld("EIR reg12(4)(d)").completion("the Environment Agency, by June")
                                .build()),
                        draft(Regime.EIR, withheld("EIR reg12(4)(d)").build()), "who is preparing"),
                Arguments.of(new RefusalRules.EmissionsCannotBeWithheld(), "EIR reg12(9)",
                        draft(Regime.EIR, withheld("EIR reg12(5)(a)").onEmissions().build()),
                        draft(Regime.EIR, withheld("EIR reg12(5)(e)").onEmissions().build()),
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
    void unverifiedPeriodsWarnRatherThanBlock() {
        DraftResponse s43 = foia(withheld("FOIA s43(2)").harm(WOULD_BE_LIKELY_TO).publicInterest(PIT)
                .recordCreatedIn(1990, false).build());

        RefusalCheck.Report report = RefusalCheck.standard().check(s43);

        assertThat(report.blocks()).isFalse();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message()).contains("period not verified"));
    }

    @Test
    void aSeedStyleResponsePassesTheWholeCheck() {
        DraftResponse seed = foia(DraftPart.builder("1", Outcome.PARTLY_WITHHELD)
                .citing(c("FOIA s31(1)(a)"), c("FOIA s31(1)(b)"), c("FOIA s40(2)"), c("FOIA s40(3A)(a)"))
                .reasons("names of officers and tactical detail are redacted").harm(WOULD_BE_LIKELY_TO)
                .publicInterest(PIT).build());

        assertThat(RefusalCheck.standard().check(seed).findings()).isEmpty();
    }

    @Test
    void aRefusalWithNothingInItListsEveryMissingRequirement() {
        DraftResponse bare = new DraftResponse(Regime.FOIA, SENT,
                List.of(DraftPart.builder("1", Outcome.WITHHELD).citing(c("FOIA s31(1)(a)")).build()), false, false,
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
                List.of(DraftPart.builder("1", Outcome.DISCLOSED).build(),
                        DraftPart.builder("2", Outcome.NOT_HELD).build()), false, false, false);

        assertThat(RefusalCheck.standard().check(disclosed).findings()).isEmpty();
    }

}
