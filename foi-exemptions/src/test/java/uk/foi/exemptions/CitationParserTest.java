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
