package uk.foi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window to complain to the Commissioner, as people write it and as foi-api keeps it (ISO 8601). */
class AuthoritySettingsPagesTest {

    @ParameterizedTest(name = "\"{0}\" is sent as {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            6 weeks    | P6W
            1 week     | P1W
            3 months   | P3M
            42 days    | P42D
            1 Year     | P1Y
            p6w        | P6W
            P1M2D      | P1M2D
            six weeks  | -
            6 fortnights | -
            P          | -
            -6 weeks   | -
            """)
    void whatIsTypedIsSentAsAnIsoPeriodOrRefused(String typed, String iso) {
        assertThat(AuthoritySettingsPages.iso(typed)).isEqualTo(iso);
    }

    @ParameterizedTest(name = "{0} is shown as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            P42D  | 6 weeks
            P7D   | 1 week
            P40D  | 40 days
            P1D   | 1 day
            P3M   | 3 months
            P1M   | 1 month
            P1M2D | P1M2D
            """)
    void whatFoiApiKeepsIsShownAsPeopleWriteIt(String iso, String shown) {
        assertThat(AuthoritySettingsPages.human(iso)).isEqualTo(shown);
    }
}
