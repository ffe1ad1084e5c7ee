package uk.foi.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestTextTest {

    /** The numbering of seed 000 (reference 2018030000340), with its preamble. */
    static final String SEED_000 = """
            I write to request information and records under the FOIA. Specifically, I am asking the following:

            1. Does your force have any policy guidance relating to automated facial recognition?

            a. If yes, when were the policies created?

            2. Did your force complete a privacy impact assessment (PIA)?

            a. If yes, on what date/s were the PIAs completed?

            3. Is there any policy relating to who can access the images?

            i. If yes, when was this policy created?

            ii. If yes, who can access the images?

            4. How many images have ever been retained?

            a. How many of those images relate to:

            i. Positive matches

            ii. False positive matches

            iii. Persons under 18 years of age.

            5. What is the retention period for images that relate to:

            a. Positive matches

            b. False positive matches.
            """;

    @Test
    void seedNumberingGivesNumbersLettersAndRomanNumeralsUnderTheRightParent() {
        RequestText text = RequestText.parse(SEED_000);

        assertThat(text.parts()).extracting(RequestPart::label).containsExactly("1", "1.a", "2", "2.a", "3", "3.i",
                "3.ii", "4", "4.a", "4.a.i", "4.a.ii", "4.a.iii", "5", "5.a", "5.b");
        assertThat(text.part("4.a.iii").orElseThrow().text()).isEqualTo("Persons under 18 years of age.");
        assertThat(text.topLevel()).extracting(RequestPart::label).containsExactly("1", "2", "3", "4", "5");
        assertThat(text.childrenOf("4.a")).extracting(RequestPart::label).containsExactly("4.a.i", "4.a.ii",
                "4.a.iii");
    }

    @Test
    void theLetterIAfterHIsALetterNotARomanOne() {
        RequestText text = RequestText.parse("1. Lists\ng. seventh\nh. eighth\ni. ninth\nj. tenth");

        assertThat(text.parts()).extracting(RequestPart::label).containsExactly("1", "1.g", "1.h", "1.i", "1.j");
    }

    @Test
    void unnumberedLinesContinueTheOpenPartAndNumbersNeedNoSpace() {
        RequestText text = RequestText.parse("""
                7. If no changes were made, why not?
                In January 2019, a man was stopped by police.
                8.Why was refusal to consent seen as suspicious behaviour?
                """);

        assertThat(text.parts()).extracting(RequestPart::label).containsExactly("7", "8");
        assertThat(text.part("7").orElseThrow().text()).isEqualTo(
                "If no changes were made, why not?\nIn January 2019, a man was stopped by police.");
        assertThat(text.part("8").orElseThrow().text()).startsWith("Why was refusal");
    }

    @Test
    void aRequestWithoutNumbersIsOnePart() {
        RequestText text = RequestText.parse("A copy of all Strategic Facial Recognition Board minutes from 2023");

        assertThat(text.parts()).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("1");
            assertThat(p.text()).startsWith("A copy of all");
        });
    }

    @Test
    void aRepeatedNumberKeepsBothQuestions() {
        RequestText text = RequestText.parse("1. First\n2. Second\n1. First again");

        assertThat(text.parts()).extracting(RequestPart::label).containsExactly("1", "2", "1'");
    }

    @Test
    void clarificationsAttachToTheNamedPartsOrToEveryTopLevelPart() {
        RequestText text = RequestText.parse(SEED_000);
        Clarification c = new Clarification(LocalDate.of(2018, 3, 9), "This should read RIPA");

        RequestText named = text.clarifiedBy(c, List.of("3", "4.a"));
        RequestText whole = text.clarifiedBy(c, List.of());

        assertThat(named.part("3").orElseThrow().clarifications()).containsExactly(c);
        assertThat(named.part("4.a").orElseThrow().clarifications()).containsExactly(c);
        assertThat(named.part("1").orElseThrow().clarifications()).isEmpty();
        assertThat(whole.topLevel()).allSatisfy(p -> assertThat(p.clarifications()).containsExactly(c));
        assertThat(whole.part("1.a").orElseThrow().clarifications()).isEmpty();
        assertThatThrownBy(() -> text.clarifiedBy(c, List.of("9"))).hasMessageContaining("no part 9");
    }

    @Test
    void blankTextIsRefused() {
        assertThatThrownBy(() -> RequestText.parse("  \n ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a request needs text");
    }
}
