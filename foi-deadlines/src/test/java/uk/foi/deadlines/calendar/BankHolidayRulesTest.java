package uk.foi.deadlines.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The standing rules reproduce every published year, apart from the one-off and moved days. */
class BankHolidayRulesTest {

    static final BankHolidays PUBLISHED = BankHolidays.bundled();

    /** Proclaimed one-off days, and days moved from their usual place, 2012-2028. */
    static final Set<LocalDate> ONE_OFFS = Set.of(
            LocalDate.parse("2012-06-04"), LocalDate.parse("2012-06-05"), LocalDate.parse("2012-05-28"),
            LocalDate.parse("2020-05-08"), LocalDate.parse("2020-05-04"),
            LocalDate.parse("2022-06-02"), LocalDate.parse("2022-06-03"), LocalDate.parse("2022-05-30"),
            LocalDate.parse("2022-09-19"), LocalDate.parse("2023-05-08"), LocalDate.parse("2026-06-15"));

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> publishedYears() {
        return java.util.stream.IntStream.rangeClosed(2012, 2028).boxed()
                .flatMap(year -> java.util.Arrays.stream(Division.values())
                        .map(division -> org.junit.jupiter.params.provider.Arguments.of(division, year)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("publishedYears")
    void rulesReproduceThePublishedYear(Division division, int year) {
        Set<LocalDate> published = PUBLISHED.of(division).stream().map(BankHoliday::date)
                .filter(d -> d.getYear() == year && !ONE_OFFS.contains(d))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<LocalDate> projected = BankHolidayRules.forYear(division, year).stream().map(BankHoliday::date)
                .filter(d -> !ONE_OFFS.contains(d))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(projected).isEqualTo(published);
    }

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2018,2018-04-01", "2019,2019-04-21", "2024,2024-03-31", "2025,2025-04-20", "2038,2038-04-25"})
    void easterSunday(int year, LocalDate expected) {
        assertThat(BankHolidayRules.easterSunday(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        SCOTLAND          | 2033 | 2033-01-03,2033-01-04 | New Year on a Saturday: Monday and Tuesday
        ENGLAND_AND_WALES | 2032 | 2032-12-27,2032-12-28 | Christmas on a Saturday: Monday and Tuesday
        ENGLAND_AND_WALES | 2033 | 2033-12-26,2033-12-27 | Christmas on a Sunday: Boxing Day Monday, substitute Tuesday
        SCOTLAND          | 2031 | 2031-12-01            | St Andrew's Day on a Sunday: next Monday
        """)
    void substituteDays(Division division, int year, String expected, String why) {
        Set<String> days = BankHolidayRules.forYear(division, year).stream().map(d -> d.date().toString())
                .collect(Collectors.toSet());

        assertThat(days).as(why).contains(expected.split(","));
        assertThat(BankHolidayRules.forYear(division, year)).allMatch(BankHoliday::provisional);
    }
}
