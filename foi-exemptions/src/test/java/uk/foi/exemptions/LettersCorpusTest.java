package uk.foi.exemptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.foi.deadlines.Regime;

/**
 * Reads real letters and decision notices as whole documents (letters-corpus.txt: short phrases from each, with its
 * source) and scores every citation: right when the reader gives exactly the expected provision, wrong when it misses
 * one or gives one that is not there. The caller's default is FOIA throughout, as for {@code ./foi cite --text}, so a
 * Scottish or environmental document is read right only if the reader recognises it from its own words.
 */
class LettersCorpusTest {

    /** The target of the citation reader on real letters (issue: at least 95 % exactly right). */
    private static final double TARGET = 0.95;

    record Document(String authority, String source, String text, List<String> expected) {
    }

    record Score(int right, int missed, int spurious) {
        int total() {
            return right + missed + spurious;
        }
    }

    static List<Document> documents() throws IOException {
        try (InputStream in = LettersCorpusTest.class.getResourceAsStream("letters-corpus.txt")) {
            List<Document> documents = new ArrayList<>();
            String header = null;
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("## ")) {
                    header = line.substring(3);
                    text.setLength(0);
                } else if (line.startsWith("> ")) {
                    text.append(line.substring(2)).append('\n');
                } else if (line.startsWith("= ")) {
                    String[] parts = header.split(" \\| ");
                    documents.add(new Document(parts[0], parts[2], text.toString(),
                            Arrays.stream(line.substring(2).split("; ")).map(String::trim).toList()));
                    header = null;
                }
            }
            return documents;
        }
    }

    static List<String> read(String text) {
        CitationParser.Result result = CitationParser.forRegime(Regime.FOIA).inLetters().parse(text);
        List<String> found = new ArrayList<>();
        result.citations().forEach(c -> found.add(c.citation().toString()));
        result.related().forEach(r -> found.add(r.canonical()));

        return found;
    }

    static Score score(List<String> expected, List<String> found) {
        Map<String, Integer> left = new HashMap<>();
        expected.forEach(e -> left.merge(e, 1, Integer::sum));
        int right = 0;
        int spurious = 0;
        for (String f : found) {
            Integer n = left.get(f);
            if (n != null && n > 0) {
                left.put(f, n - 1);
                right++;
            } else {
                spurious++;
            }
        }
        int missed = left.values().stream().mapToInt(Integer::intValue).sum();
        return new Score(right, missed, spurious);
    }

    @Test
    void theCorpusIsLargeAndVariedEnough() throws IOException {
        List<Document> documents = documents();
        Set<String> authorities = new LinkedHashSet<>();
        documents.forEach(d -> authorities.add(d.authority()));

        assertThat(documents).hasSizeGreaterThanOrEqualTo(30);
        assertThat(authorities).hasSizeGreaterThanOrEqualTo(15);
        assertThat(documents).allSatisfy(d -> assertThat(d.source()).startsWith("http"));
    }

    @Test
    void atLeastNinetyFivePercentOfCitationsInRealLettersAreExactlyRight() throws IOException {
        int right = 0;
        int total = 0;
        List<String> report = new ArrayList<>();
        for (Document document : documents()) {
            List<String> found = read(document.text());
            Score score = score(document.expected(), found);
            right += score.right();
            total += score.total();
            if (score.missed() + score.spurious() > 0) {
                List<String> missed = new ArrayList<>(document.expected());
                found.forEach(missed::remove);
                List<String> spurious = new ArrayList<>(found);
                document.expected().forEach(spurious::remove);
                report.add(document.authority() + " (" + document.source() + "): missed " + missed
                        + ", spurious " + spurious);
            }
        }
        double share = (double) right / total;
        System.out.printf("letters corpus: %d of %d citations exactly right (%.1f %%)%n", right, total, share * 100);
        report.forEach(System.out::println);

        assertThat(share).as(String.join("\n", report)).isGreaterThanOrEqualTo(TARGET);
    }
}
