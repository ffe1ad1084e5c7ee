package uk.foi.exemptions.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foi.deadlines.calendar.Division;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.UkCalendars;

/** The cost limit (FOIA s12; SI 2004/3244 regs 3-5; FOISA s12 and SSI 2004/467). */
class CostLimitTest {

    @ParameterizedTest(name = "{0} {1}: {2} minutes counted -> {3}p, exceeds={4}")
    @CsvSource(delimiter = '|', textBlock = """
            # regime | tier               | counted minutes | pence  | exceeds | source
            FOIA     | OTHER_AUTHORITY    | 1080            | 45000  | false   | 18 hours at £25 is exactly £450: not over (reg 3(3))
            FOIA     | OTHER_AUTHORITY    | 1081            | 45041  | true    | one minute more is over
            FOIA     | CENTRAL_GOVERNMENT | 1440            | 60000  | false   | 24 hours at £25 = £600 (reg 3(2))
            FOIA     | CENTRAL_GOVERNMENT | 1500            | 62500  | true    | 25 hours
            FOISA    | SCOTTISH_AUTHORITY | 2400            | 60000  | false   | 40 hours at £15 = £600 (SSI 2004/467)
            FOISA    | SCOTTISH_AUTHORITY | 2460            | 61500  | true    | 41 hours
            """)
    void costsCountedTimeAtTheStatutoryRate(Regime regime, CostLimitTier tier, int minutes, long pence,
                                            boolean exceeds, String source) {
        CostEstimate estimate = new CostEstimate(regime, tier, Map.of(Activity.EXTRACTING, Duration.ofMinutes(minutes)));

        assertThat(estimate.costPence()).isEqualTo(pence);
        assertThat(estimate.exceedsLimit()).isEqualTo(exceeds);
    }

    @Test
    void onlyTheFourPermittedActivitiesCount() {
        CostEstimate estimate = new CostEstimate(Regime.FOIA, CostLimitTier.OTHER_AUTHORITY, Map.of(
                Activity.DETERMINING_WHETHER_HELD, Duration.ofHours(2), Activity.LOCATING, Duration.ofHours(3),
                Activity.RETRIEVING, Duration.ofHours(4), Activity.EXTRACTING, Duration.ofHours(5),
                Activity.REDACTING, Duration.ofHours(50), Activity.CONSIDERING_EXEMPTIONS, Duration.ofHours(9)));

        assertThat(estimate.countedTime()).isEqualTo(Duration.ofHours(14));
        assertThat(estimate.costPence()).isEqualTo(35_000);
        assertThat(estimate.exceedsLimit()).isFalse();
        assertThat(estimate.explain()).isEqualTo("14h counted at £25.00/h = £350.00, within the £450.00 limit (18h);"
                + " 59h for redaction and other work not counted");
    }

    @Test
    void thereIsNoCostLimitUnderTheEir() {
        assertThatThrownBy(() -> new CostEstimate(Regime.EIR, CostLimitTier.OTHER_AUTHORITY, Map.of()))
                .hasMessageContaining("reg 12(4)(b)");
        assertThatThrownBy(() -> new CostEstimate(Regime.FOIA, CostLimitTier.SCOTTISH_AUTHORITY, Map.of()))
                .hasMessageContaining("does not apply under FOIA");
    }

    @Test
    void aggregatesSimilarRequestsWithinSixtyConsecutiveWorkingDays() {
        Aggregation aggregation = new Aggregation(UkCalendars.bundled().forRegime(Regime.FOIA, Division.ENGLAND_AND_WALES));
        Aggregation.Candidate today = new Aggregation.Candidate("C", LocalDate.of(2024, 6, 3), 20_000);
        // 2024-03-05 to 2024-06-03 inclusive is exactly 60 FOIA working days: the UK-wide union calendar skips
        // St Patrick's Day (substitute, 18 March), Good Friday, Easter Monday and the two May bank holidays
        Aggregation.Candidate inside = new Aggregation.Candidate("B", LocalDate.of(2024, 3, 5), 20_000);
        Aggregation.Candidate outside = new Aggregation.Candidate("A", LocalDate.of(2024, 3, 4), 30_000);

        Aggregation.Window window = aggregation.bestWindowFor(today, List.of(outside, inside));

        assertThat(window.requests()).extracting(Aggregation.Candidate::reference).containsExactly("B", "C");
        assertThat(window.totalPence()).isEqualTo(40_000);
        assertThat(window.exceeds(CostLimitTier.OTHER_AUTHORITY)).isFalse();
        assertThat(window.last()).isEqualTo(LocalDate.of(2024, 6, 3));
    }
}
