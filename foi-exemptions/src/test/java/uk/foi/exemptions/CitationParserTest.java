package uk.foi.exemptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.foi.deadlines.Regime;

class CitationParserTest {

    static Stream<Arguments> corpus() throws IOException {
        try (InputStream in = CitationParserTest.class.getResourceAsStream("citation-corpus.psv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(" \\| ", -1))
                    .map(cols -> Arguments.of(cols[0], Regime.parse(cols[1].trim()), cols[2].trim(), cols[3].trim()))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @MethodSource("corpus")
    void readsTheCorpusAsAuthoritiesWriteIt(String text, Regime context, String expected, String warning) {
        CitationParser.Result result = CitationParser.forRegime(context).parse(text);

        assertThat(result.problems()).as("problems").isEmpty();
        assertThat(result.distinct().stream().map(Citation::toString).collect(Collectors.joining("; ")))
                .isEqualTo(expected);
        List<String> warnings = result.citations().stream().flatMap(found -> found.warnings().stream()).toList();
        if (warning.equals("-")) {
            assertThat(warnings).as("warnings").isEmpty();
        } else {
            assertThat(warnings).as("warnings").anySatisfy(w -> assertThat(w).contains(warning));
        }
        for (CitationParser.Found found : result.citations()) {
            assertThat(text.substring(found.start(), found.end())).isEqualTo(found.text());
        }
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Section 95 of the Act       | FOIA  | FOIA has no section 95
            Regulation 40               | EIR   | EIR has no regulation 40
            Section 31(1)(z9)           | FOIA  | cannot read '(z9)'
            section 12(5)(g)-(d)        | EIR   | cannot expand the range
            Section 7B                  | FOIA  | FOIA has no section 7B
            section 80 of FOISA         | FOIA  | FOISA has no section 80
            """)
    void reportsWhatItCannotReadWithPositionAndReason(String text, Regime context, String reason) {
        CitationParser.Result result = CitationParser.forRegime(context).parse(text);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).contains(reason);
            assertThat(text.substring(problem.start(), problem.end())).isEqualTo(problem.text());
        });
    }

    @Test
    void eachCitationCarriesTheSpanOfItsOwnItem() {
        String text = "exempt under Sections 30, 31(1)(a)&(b) and 40 of the Act.";
        CitationParser.Result result = CitationParser.forRegime(Regime.FOIA).parse(text);

        assertThat(result.citations()).extracting(CitationParser.Found::text)
                .containsExactly("Sections 30", "31(1)(a)&(b)", "31(1)(a)&(b)", "40");
    }

    @Test
    void otherActsAreListedAsIgnoredNotDropped() {
        CitationParser.Result result = CitationParser.forRegime(Regime.FOIA)
                .parse("section 41 of the Terrorism Act 2000 and section 40(2) of FOIA");

        assertThat(result.distinct()).containsExactly(Citation.of(Regime.FOIA, "40", "2"));
        assertThat(result.ignored()).singleElement()
                .satisfies(ignored -> assertThat(ignored.reason()).contains("Terrorism Act 2000"));
    }

    @Test
    void inLettersACitationStartsWithAPrefix() {
        CitationParser letters = CitationParser.forRegime(Regime.FOIA).inLetters();

        assertThat(letters.parse("Question 2 (a) asked for 3 (b) items").citations()).isEmpty();
        assertThat(letters.parse("Question 2 is exempt under section 43(2) and 41").distinct())
                .containsExactly(Citation.of(Regime.FOIA, "43", "2"), Citation.of(Regime.FOIA, "41"));
    }

    // The defects below were found by reading real letters whole (issue 15); each test keeps the pattern that failed.

    @Test
    void aLetterHeadedWithFoisaIsReadUnderFoisaWhateverTheCallersDefault() {
        String letter = "Freedom of Information (Scotland) Act 2002 (FOISA)\nResponse to your request\n"
                + "We are withholding some information under section 30(b)(ii).";

        CitationParser.Result result = CitationParser.forRegime(Regime.FOIA).inLetters().parse(letter);

        assertThat(result.distinct()).containsExactly(Citation.of(Regime.FOISA, "30", "b", "ii"));
        assertThat(result.reading().regime()).isEqualTo(Regime.FOISA);
        assertThat(result.reading().basis()).contains("Freedom of Information (Scotland) Act");
        assertThat(result.citations()).allSatisfy(found -> assertThat(found.warnings()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Environmental Information Regulations 2004: we rely on regulation 12(5)(e).       | FOIA  | EIR
            The Environmental Information (Scotland) Regulations 2004 apply; regulation 10(4)(b) | FOIA | EISR
            Freedom of Information Act 2000 - section 40(2) applies                          | FOISA | FOIA
            We considered the request under FOIA and the EIR; section 40(2) applies           | EIR   | EIR
            No instrument is named here; section 40(2) applies                               | FOISA | FOISA
            """)
    void theDocumentsOwnWordsDecideItsRegimeBeforeTheCallers(String text, Regime caller, Regime read) {
        assertThat(CitationParser.forRegime(caller).inLetters().parse(text).reading().regime()).isEqualTo(read);
    }

    @Test
    void anImpossibleProvisionForTheRegimeIsAWarningNeverASilentSuccess() {
        CitationParser.Result foia = CitationParser.forRegime(Regime.FOIA).parse("section 30(b)(ii)");
        CitationParser.Result foisa = CitationParser.forRegime(Regime.FOISA).parse("section 30(1)(a)");

        assertThat(foia.citations()).singleElement().satisfies(found -> assertThat(found.warnings())
                .anySatisfy(w -> assertThat(w).contains("FOIA s30(b)(ii) cannot exist").contains("FOISA")));
        assertThat(foisa.citations()).first().satisfies(found -> assertThat(found.warnings())
                .anySatisfy(w -> assertThat(w).contains("FOISA s30(1)(a) cannot exist")));
        assertThat(CitationParser.forRegime(Regime.FOIA).parse("section 31(1)(a)").citations())
                .allSatisfy(found -> assertThat(found.warnings()).isEmpty());
    }

    @Test
    void aBulletedListOfBareNumbersClosedByTheActIsRead() {
        String letter = "The exemptions which apply are:\n- 30(b)(i)\n- 30(c)\n\u2022 38(1)(b)\nof FOISA.\n";

        CitationParser.Result result = CitationParser.forRegime(Regime.FOIA).inLetters().parse(letter);

        assertThat(result.distinct()).containsExactly(Citation.of(Regime.FOISA, "30", "b", "i"),
                Citation.of(Regime.FOISA, "30", "c"), Citation.of(Regime.FOISA, "38", "1", "b"));
    }

    @Test
    void aListOnlyClosedByOfTheActOrOnlyIntroducedIsReadAndNumberedQuestionsAreNot() {
        CitationParser letters = CitationParser.forRegime(Regime.FOIA).inLetters();

        assertThat(letters.parse("Some information is withheld under\n\u2022 31(1)(a)\n\u2022 40(2)\nof the Act.")
                .distinct()).containsExactly(Citation.of(Regime.FOIA, "31", "1", "a"), Citation.of(Regime.FOIA, "40", "2"));
        assertThat(letters.parse("The following exemptions apply:\n43(2) Commercial interests\n41 Confidentiality\n")
                .distinct()).containsExactly(Citation.of(Regime.FOIA, "43", "2"), Citation.of(Regime.FOIA, "41"));
        assertThat(letters.parse("You asked:\n1. How many officers\n2 (a) What budget\n- 12 officers were\n")
                .citations()).isEmpty();
    }

    @Test
    void theFeesRegulationsAreRecognisedAsSuchNotReadAsTheEir() {
        CitationParser letters = CitationParser.forRegime(Regime.FOIA).inLetters();

        CitationParser.Result named = letters.parse("Regulation 5(2) of the Freedom of Information and Data Protection"
                + " (Appropriate Limit and Fees) Regulations 2004 lets us aggregate requests.");
        CitationParser.Result costLetter = letters.parse("We estimate the cost under section 12 and the Fees"
                + " Regulations. Under Reg. 4(3) only four activities count.");

        assertThat(named.citations()).isEmpty();
        assertThat(named.related()).extracting(CitationParser.Related::canonical).containsExactly("FEES reg5(2)");
        assertThat(costLetter.distinct()).containsExactly(Citation.of(Regime.FOIA, "12"));
        assertThat(costLetter.related()).extracting(CitationParser.Related::canonical).containsExactly("FEES reg4(3)");
        CitationParser.Result both = letters.parse("We rely on section 12 and regulation 4(3) of the Freedom of"
                + " Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.");
        assertThat(both.distinct()).containsExactly(Citation.of(Regime.FOIA, "12"));
        assertThat(both.related()).extracting(CitationParser.Related::canonical).containsExactly("FEES reg4(3)");
        assertThat(letters.parse("Environmental Information Regulations 2004: Reg. 4(3) applies").distinct())
                .containsExactly(Citation.of(Regime.EIR, "4", "3"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            section 33 1(b) applies                | FOIA s33(1)(b) | brackets are missing
            section (1) (1) (a) of the Act         | FOIA s1(1)(a)  | written in brackets
            "S1 (1
)(a) says"                     | FOIA s1(1)(a)  | -
            regulations 10(4)e) of the EIR         | EIR reg10(4)(e) | missing '('
            """)
    void oddFormsAreReadWithWhatWasAssumed(String text, String expected, String warning) {
        CitationParser.Result result = CitationParser.forRegime(Regime.FOIA).inLetters()
                .parse(text.replace("\\n", "\n"));

        assertThat(result.distinct().stream().map(Citation::toString).toList()).containsExactly(expected);
        List<String> warnings = result.citations().stream().flatMap(found -> found.warnings().stream()).toList();
        if (warning.equals("-")) {
            assertThat(warnings).isEmpty();
        } else {
            assertThat(warnings).anySatisfy(w -> assertThat(w).contains(warning));
        }
    }

    @Test
    void aListInADecisionRunsOnPastItsDescriptionsButProseDoesNotBecomeAList() {
        CitationParser letters = CitationParser.forRegime(Regime.FOIA).inLetters();

        assertThat(letters.parse("citing the exemptions at sections 23(5) (information supplied by security bodies),"
                + " 24(2) (national security), 30(3) criminal investigations, 31(1) (law enforcement) and 38(2)"
                + " public safety.").distinct().stream().map(Citation::toString))
                .containsExactly("FOIA s23(5)", "FOIA s24(2)", "FOIA s30(3)", "FOIA s31(1)", "FOIA s38(2)");
        assertThat(letters.parse("Sections 12 and 16 apply to this request, 2 of which were late.").distinct())
                .containsExactly(Citation.of(Regime.FOIA, "12"), Citation.of(Regime.FOIA, "16"));
    }

    @Test
    void readsEverySeedLetterWithoutProblems() throws Exception {
        Path seeds = Path.of(CitationParserTest.class.getResource("seeds").toURI());
        try (Stream<Path> files = Files.list(seeds)) {
            List<Path> letters = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            assertThat(letters).as("the five seed letters in the test resources").hasSize(5);
            for (Path file : letters) {
                CitationParser.Result result = CitationParser.forRegime(Regime.FOIA).inLetters()
                        .parse(Files.readString(file));
                assertThat(result.problems()).as(file.toString()).isEmpty();
                assertThat(result.citations()).as(file.toString()).isNotEmpty();
            }
        }
    }
}
