package uk.foi.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foi.exemptions.refusal.Outcome;

/**
 * The overall outcome in the categories of the Cabinet Office's FOI statistics guidance ("granted in full",
 * "partially withheld", "withheld in full", "not held", s12 and s14 refusals).
 */
class OverallOutcomeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DISCLOSED                                                   | GRANTED_IN_FULL
            DISCLOSED NOT_HELD HELD_BY_ANOTHER_BODY                     | GRANTED_IN_FULL
            DISCLOSED NOT_RECORDED_INFORMATION                          | GRANTED_IN_FULL
            DISCLOSED PARTIALLY_DISCLOSED                               | PARTIALLY_WITHHELD
            DISCLOSED NEITHER_CONFIRM_NOR_DENY                          | PARTIALLY_WITHHELD
            DISCLOSED ACCESSIBLE_ELSEWHERE NOT_RECORDED_INFORMATION     | PARTIALLY_WITHHELD
            DISCLOSED COST_LIMIT                                        | PARTIALLY_WITHHELD
            WITHHELD                                                    | WITHHELD_IN_FULL
            WITHHELD NEITHER_CONFIRM_NOR_DENY NOT_HELD                  | WITHHELD_IN_FULL
            ACCESSIBLE_ELSEWHERE                                        | WITHHELD_IN_FULL
            NEITHER_CONFIRM_NOR_DENY                                    | NEITHER_CONFIRMED_NOR_DENIED
            NEITHER_CONFIRM_NOR_DENY NOT_HELD                           | NEITHER_CONFIRMED_NOR_DENIED
            NOT_HELD                                                    | NOT_HELD
            HELD_BY_ANOTHER_BODY NOT_RECORDED_INFORMATION               | NOT_HELD
            COST_LIMIT                                                  | COST_LIMIT
            COST_LIMIT WITHHELD                                         | COST_LIMIT
            VEXATIOUS                                                   | VEXATIOUS_OR_REPEATED
            REPEATED DISCLOSED                                          | VEXATIOUS_OR_REPEATED
            NOT_RECORDED_INFORMATION                                    | NOT_A_VALID_REQUEST
            """)
    void derivesTheOverallOutcomeFromTheParts(String parts, OverallOutcome expected) {
        List<Outcome> outcomes = Arrays.stream(parts.trim().split("\\s+")).map(Outcome::valueOf).toList();

        assertThat(OverallOutcome.of(outcomes)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nothingDecidedHasNoOutcome() {
        assertThatThrownBy(() -> OverallOutcome.of(List.of())).hasMessage("no part has been decided");
    }
}
