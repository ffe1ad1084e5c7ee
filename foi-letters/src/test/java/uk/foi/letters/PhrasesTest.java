package uk.foi.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How letters write a length of time, such as the window to complain to the Information Commissioner that an
 * authority sets (foi-api takes any positive ISO 8601 period; the ICO expects six weeks, FOISA s47(4) gives six
 * months). A period of months and days was refused before, so the review outcome letter of such an authority failed.
 */
class PhrasesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            P6W   | six weeks
            P6M   | six months
            P1M   | one month
            P7D   | one week
            P1D   | one day
            P45D  | 45 days
            P1Y   | twelve months
            P1M2D | one month and two days
            P2M1W | two months and one week
            """)
    void aPeriodInWords(String period, String words) {
        assertThat(LetterTemplates.bundled().phrases().period(Period.parse(period))).isEqualTo(words);
    }
}
