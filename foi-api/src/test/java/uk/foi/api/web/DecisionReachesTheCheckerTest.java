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
import uk.foi.core.request.PartDecision;
import uk.foi.core.request.PartOutcome;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.cost.Activity;
import uk.foi.exemptions.cost.CostLimitTier;
import uk.foi.exemptions.refusal.DraftPart;
import uk.foi.exemptions.refusal.HarmLikelihood;

/**
 * Every field the section 17 check reads ({@link DraftPart}, found by reflection) can be set through the API's
 * decision JSON ({@link Decision}): a decision with every field filled in reaches the checker with every one of its
 * fields filled in. Wave 1 found s17(4), EIR reg 12(9) and s17(6) checkable by {@code ./foi check} but unreachable
 * through the API; a new checker field that the API cannot set fails this test.
 */
class DecisionReachesTheCheckerTest {

    static final Authority MET = new Authority(AuthorityId.of("met-police"), "Metropolitan Police Service",
            ClockProfile.of(Regime.FOIA), CostLimitTier.OTHER_AUTHORITY, ReferenceFormat.of("01.FOI.{yy}.{seq:6}"),
            new Authority.Contact("foi@met.police.example", "PO Box 313", "FOI Manager"));

    @Test
    void everyFieldTheCheckerReadsCanBeSetThroughTheApi() throws ReflectiveOperationException {
        Decision everything = new Decision("1", PartOutcome.WITHHELD, "Two reports.", List.of("FOIA s31(1)(a)"),
                "Disclosure would show tactics.", new Decision.PublicInterest(List.of("Accountability"),
                        List.of("Crime prevention"), "Favours withholding."), HarmLikelihood.WOULD,
                "https://example.org/published", "The annual report, in June", Map.of(Activity.LOCATING, 30.0),
                "Narrow it to one year.", "ACRO", "The team finishing the report, by June", 1990,
                Arrays.asList(PartDecision.Circumstance.values()));
        List<ApiProblem.FieldError> errors = new ArrayList<>();

        PartDecision domain = everything.toDomain("decisions[0]", "1", Regime.FOIA, MET, errors);

        assertThat(errors).isEmpty();
        DraftPart draft = domain.toDraft();
        List<String> unset = new ArrayList<>();
        for (RecordComponent component : DraftPart.class.getRecordComponents()) {
            if (!isSet(component.getAccessor().invoke(draft))) {
                unset.add(component.getName());
            }
        }
        assertThat(unset).as("checker fields the API's JSON cannot set").isEmpty();
        assertThat(Decision.of(domain).circumstances()).as("and the API shows them back")
                .containsExactlyInAnyOrder(PartDecision.Circumstance.values());
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
