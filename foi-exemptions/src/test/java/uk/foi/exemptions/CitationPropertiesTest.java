package uk.foi.exemptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.foi.deadlines.Regime;

/** Properties of the citation parser over generated input: round trips, and robustness against anything at all. */
class CitationPropertiesTest {

    @Property(tries = 2000)
    void parsingTheCanonicalFormGivesTheSameCitation(@ForAll("citations") Citation citation,
                                                     @ForAll("contexts") Regime context) {
        CitationParser.Result result = CitationParser.forRegime(context).parse(citation.toString());

        assertThat(result.problems()).isEmpty();
        assertThat(result.distinct()).containsExactly(citation);
        assertThat(Citation.parse(citation.toString())).isEqualTo(citation);
    }

    @Property(tries = 3000)
    void neverThrowsOrHangsOnArbitraryText(@ForAll("noise") String text, @ForAll("contexts") Regime context) {
        long started = System.nanoTime();
        CitationParser.Result citationMode = CitationParser.forRegime(context).parse(text);
        CitationParser.Result letterMode = CitationParser.forRegime(context).inLetters().parse(text);

        for (CitationParser.Result result : List.of(citationMode, letterMode)) {
            result.citations().forEach(found -> assertThat(text.substring(found.start(), found.end()))
                    .isEqualTo(found.text()));
            result.problems().forEach(problem -> assertThat(problem.start()).isBetween(0, text.length()));
        }
        // a generous bound against accidental quadratic or worse behaviour, not a performance target
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Provide
    Arbitrary<Regime> contexts() {
        return Arbitraries.of(Regime.FOIA, Regime.EIR, Regime.FOISA, Regime.EISR);
    }

    @Provide
    Arbitrary<Citation> citations() {
        Arbitrary<Regime> regimes = contexts();
        Arbitrary<Integer> numbers = Arbitraries.integers().between(1, 21);
        Arbitrary<List<String>> paths = Arbitraries.integers().between(0, 3).flatMap(depth -> {
            List<Arbitrary<String>> levels = new ArrayList<>();
            if (depth >= 1) {
                levels.add(Arbitraries.oneOf(Arbitraries.integers().between(1, 9).map(String::valueOf),
                        Arbitraries.of("3A", "5B", "4A")));
            }
            if (depth >= 2) {
                levels.add(Arbitraries.of("a", "b", "c", "d", "e", "g", "aa", "ab"));
            }
            if (depth >= 3) {
                levels.add(Arbitraries.of("i", "ii", "iii", "iv"));
            }
            return Combinators.combine(levels).as(List::copyOf);
        });
        return Combinators.combine(regimes, numbers, paths).as((regime, number, path) ->
                new Citation(regime, String.valueOf(number), path));
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> fragments = Arbitraries.of("Section", "section ", "s.", "S", "Regulation", "reg", "Exception",
                "(", ")", "((", "(1)", "(a)", "(3A)", "(ii)", "&", " and ", ", ", "-", "–", " of the Act", " of FOIA",
                " of the EIR", " of the Terrorism Act 2000", " of this letter", "12", "40", "999", "2000", "0", "3A",
                "\n", " ", "£450", "Question 2", "FOIA", "EISR", "'s", "of", "the", "Act", "(Scotland)", "\u00a0");
        Arbitrary<String> built = fragments.list().ofMaxSize(40).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(built, Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("Ss.()1234aAbi &,-of").ofMaxLength(300));
    }
}
