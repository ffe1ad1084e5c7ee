package uk.foi.exemptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a record becomes historical (FOIA s62(1)): 30 years until 2012, 20 years from 2023, and in between the
 * transition of the Constitutional Reform and Governance Act 2010 s45 (SI 2012/3029), two years of records a year
 * from 2013. Source of the timetable: The National Archives' 20-year-rule transition, as TNA published it.
 */
class HistoricalRuleTest {

    @ParameterizedTest(name = "a record created in {0} is historical from {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        1970 | 2001-01-01 | 30-year rule: the end of 30 years beginning with 1971
        1981 | 2012-01-01 | the last year of the 30-year rule alone
        1982 | 2013-01-01 | 2013: records up to 1983
        1983 | 2013-01-01 | 2013: records up to 1983
        1984 | 2014-01-01 | 2014: up to 1985
        1992 | 2018-01-01 | not historical in 2014 although 20 years had passed
        2001 | 2022-01-01 | 2022: up to 2001, the end of the transition
        2002 | 2023-01-01 | 20-year rule alone: the end of 20 years beginning with 2003
        2005 | 2026-01-01 | 20-year rule
        """)
    void theThirtyYearRuleGaveWayToTheTwentyYearRuleTwoYearsAYear(int created, LocalDate from, String source) {
        assertThat(HistoricalRule.historicalFrom(created)).as(source).isEqualTo(from);
    }

    @ParameterizedTest(name = "s42 on a {0} record in a response of {1}: gone {2}")
    @CsvSource(delimiter = '|', textBlock = """
        1992 | 2014-06-01 | false | s63(1): s42 falls away when the record is historical, in 2018 for 1992
        1992 | 2018-01-01 | true  | historical from 2018
        2005 | 2026-01-01 | true  | 20-year rule
        """)
    void theProvisionsThatFallAwayAtHistoricalFollowThePhasing(int created, LocalDate response, boolean gone,
            String source) {
        HistoricalRule s42 = Catalogue.bundled().find(Citation.parse("FOIA s42")).orElseThrow().historical();

        assertThat(!response.isBefore(s42.fallsAwayOn(created).orElseThrow())).as(source).isEqualTo(gone);
    }
}
