package uk.foi.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.reference.ReferenceFormat;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.cost.Activity;
import uk.foi.exemptions.cost.CostLimitTier;
import uk.foi.exemptions.refusal.Ground;
import uk.foi.exemptions.refusal.HarmLikelihood;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * Every field of the one decision shape ({@link PartDecision} and each {@link Ground}, found by reflection), which is
 * what the section 17 check reads, can be set through the API's decision JSON ({@link Decision}): a decision with
 * every field filled in reaches the checker with every one of its fields filled in. Wave 1 found s17(4), EIR reg
 * 12(9) and s17(6) checkable by {@code ./foi check} but unreachable through the API; a new field that the API cannot
 * set fails this test.
 */
class DecisionReachesTheCheckerTest {

    static final Authority MET = new Authority(AuthorityId.of("met-police"), "Metropolitan Police Service",
            ClockProfile.of(Regime.FOIA), CostLimitTier.OTHER_AUTHORITY, ReferenceFormat.of("01.FOI.{yy}.{seq:6}"),
            new Authority.Contact("foi@met.police.example", "PO Box 313", "FOI Manager"));

    @Test
    void everyFieldTheCheckerReadsCanBeSetThroughTheApi() throws ReflectiveOperationException {
        Decision.PublicInterest test = new Decision.PublicInterest(List.of("Accountability"),
                List.of("Crime prevention"), "Favours withholding.");
        Decision everything = new Decision("1", Outcome.WITHHELD, "Two reports.",
                List.of(new Decision.Ground("FOIA s31(3)", "Disclosure would show tactics.", HarmLikelihood.WOULD,
                        test, "whether the unit was deployed", new Decision.QualifiedOpinion("Chief Executive",
                        java.time.LocalDate.of(2026, 11, 20)))), null, null, null, null,
                "https://example.org/published", "The annual report, in June", Map.of(Activity.LOCATING, 30.0),
                "Narrow it to one year.", "ACRO", "The team finishing the report, by June", 1990,
                Arrays.asList(PartDecision.Circumstance.values()));
        List<ApiProblem.FieldError> errors = new ArrayList<>();

        PartDecision domain = everything.toDomain("decisions[0]", "1", Regime.FOIA, MET, errors);

        assertThat(errors).isEmpty();
        assertThat(unset(domain)).as("decision fields the API's JSON cannot set").isEmpty();
        assertThat(unset(domain.grounds().get(0))).as("ground fields the API's JSON cannot set").isEmpty();
        Decision shown = Decision.of(domain);
        assertThat(shown.circumstances()).as("and the API shows them back")
                .containsExactlyInAnyOrder(PartDecision.Circumstance.values());
        assertThat(shown.grounds()).as("each ground as it was sent").containsExactlyElementsOf(everything.grounds());
    }

    @Test
    void aHarmOrTestForAProvisionThatCannotHaveItIsRefusedNamingTheField() {
        Decision.PublicInterest test = new Decision.PublicInterest(List.of("a"), List.of("b"), "c");
        Decision wrong = new Decision("1", Outcome.NEITHER_CONFIRM_NOR_DENY, "",
                List.of(new Decision.Ground("FOIA s23(5)", "security bodies", null, test, "x", null),
                        new Decision.Ground("FOIA s42(1)", "legal advice", HarmLikelihood.WOULD, test, "",
                                new Decision.QualifiedOpinion("Chief Executive", java.time.LocalDate.of(2026, 11, 20)))),
                null, null, null, null, null, null, null, null, null, null, null, null);
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        PartDecision domain = wrong.toDomain("decisions[0]", "1", Regime.FOIA, MET, errors);

        wrong.refuseMisplacedRecords("decisions[0]", domain, uk.foi.exemptions.Catalogue.bundled(), errors);

        assertThat(errors).extracting(ApiProblem.FieldError::field).containsExactly(
                "decisions[0].grounds[0].publicInterest", "decisions[0].grounds[1].harm",
                "decisions[0].grounds[1].qualifiedOpinion");
        assertThat(errors.get(0).message()).contains("FOIA s23(5) is absolute (s2(3)(b))");
    }

    @Test
    void aClientOf01MaySendOneSetOfReasonsForThePartButNotMixItWithGrounds() {
        Decision old = new Decision("1", Outcome.WITHHELD, "", null, List.of("FOIA s31(1)(a)", "FOIA s42(1)"),
                "Tactics and legal advice.", null, HarmLikelihood.WOULD_BE_LIKELY_TO, null, null, null, null, null,
                null, null, null);
        List<ApiProblem.FieldError> errors = new ArrayList<>();

        PartDecision domain = old.toDomain("decisions[0]", "1", Regime.FOIA, MET, errors);

        assertThat(errors).isEmpty();
        assertThat(domain.grounds()).extracting(g -> g.harm().isPresent()).as("the likelihood goes to s31 only")
                .containsExactly(true, false);
        Decision mixed = new Decision("1", Outcome.WITHHELD, "", List.of(new Decision.Ground("FOIA s42(1)", "advice",
                null, null, null, null)), null, "Tactics.", null, null, null, null, null, null, null, null, null, null);
        assertThat(mixed.toDomain("decisions[0]", "1", Regime.FOIA, MET, errors)).isNull();
        assertThat(errors).extracting(ApiProblem.FieldError::field).containsExactly("decisions[0].reasons");
    }

    private static List<String> unset(Record value) throws ReflectiveOperationException {
        List<String> unset = new ArrayList<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            if (!isSet(component.getAccessor().invoke(value))) {
                unset.add(component.getName());
            }
        }
        return unset;
    }

    private static boolean isSet(Object value) {
        if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof String s) {
            return !s.isBlank();
        } else if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        } else if (value instanceof Optional<?> o) {
            return o.isPresent();
        } else if (value instanceof OptionalInt o) {
            return o.isPresent();
        }
        return value != null;
    }
}
