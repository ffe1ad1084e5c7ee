package uk.foi.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.CitationParser;

/**
 * {@code foi cite}: canonical citations from the way letters write them. Exit 1 if anything could not be read.
 */
@Command(name = "cite", mixinStandardHelpOptions = true,
        description = "Read the provisions cited in text: one canonical citation per line.")
final class CiteCommand implements Callable<Integer> {

    private final InputStream in;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The citation text, e.g. \"Section 31(1)(a)&(b)\".")
    String text;

    @Option(names = "--regime", defaultValue = "FOIA", converter = Converters.RegimeConverter.class,
            description = "The regime the text is written under, used where it does not say: ${DEFAULT-VALUE}.")
    Regime regime;

    @Option(names = "--json", description = "Print JSON with spans and warnings.")
    boolean json;

    @Option(names = "--lines", description = "Read one text per line on standard input; write one line for each.")
    boolean lines;

    @Option(names = "--text", paramLabel = "FILE", description = "List the citations in a whole letter, by line.")
    Path letter;

    CiteCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        int modes = (text != null ? 1 : 0) + (lines ? 1 : 0) + (letter != null ? 1 : 0);
        if (modes != 1) {
            throw new IllegalArgumentException("give exactly one of TEXT, --lines or --text FILE");
        }
        PrintWriter out = spec.commandLine().getOut();
        CitationParser parser = CitationParser.forRegime(regime);
        if (lines) {
            return lines(parser, out);
        }
        if (letter != null) {
            return letter(parser.inLetters(), Files.readString(letter), out);
        }
        CitationParser.Result result = parser.parse(text);
        if (json) {
            out.println(Json.write(result));
        } else {
            result.distinct().forEach(out::println);
            PrintWriter err = spec.commandLine().getErr();
            result.citations().stream().flatMap(found -> found.warnings().stream()).distinct()
                    .forEach(warning -> err.println("foi: warning: " + warning));
            result.problems().forEach(problem -> err.println("foi: cannot read '" + problem.text() + "' at "
                    + (problem.start() + 1) + ": " + problem.reason()));
        }
        return result.problems().isEmpty() ? 0 : 1;
    }

    private int lines(CitationParser parser, PrintWriter out) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean allRead = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                CitationParser.Result result = parser.parse(line);
                if (!result.problems().isEmpty()) {
                    allRead = false;
                    out.println("ERROR: " + result.problems().stream()
                            .map(p -> "'" + p.text() + "' at " + (p.start() + 1) + ": " + p.reason())
                            .collect(Collectors.joining("; ")));
                } else {
                    out.println(result.distinct().stream().map(Object::toString).collect(Collectors.joining("; ")));
                }
            }
            return allRead ? 0 : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int letter(CitationParser parser, String content, PrintWriter out) {
        CitationParser.Result result = parser.parse(content);
        LineIndex index = new LineIndex(content);
        if (json) {
            out.println(Json.write(result));
            return result.problems().isEmpty() ? 0 : 1;
        }
        if (!result.reading().basis().isEmpty()) {
            out.printf("read under %s: %s%n", result.reading().regime(), result.reading().basis());
        }
        TreeMap<Integer, List<String>> lines = new TreeMap<>(); // every kind of finding, in the letter's order
        for (CitationParser.Found found : result.citations()) {
            at(lines, found.start(), String.format("%d: %-22s %s%s", index.line(found.start()), found.citation(),
                    quote(found.text()), found.warnings().isEmpty() ? ""
                            : "  (warning: " + String.join("; ", found.warnings()) + ")"));
        }
        for (CitationParser.Related related : result.related()) {
            at(lines, related.start(), String.format("%d: %-22s %s  (%s)", index.line(related.start()),
                    related.canonical(), quote(related.text()), related.instrument().title()));
        }
        for (CitationParser.Ignored ignored : result.ignored()) {
            at(lines, ignored.start(), String.format("%d: %-22s %s  (%s)", index.line(ignored.start()), "ignored",
                    quote(ignored.text()), ignored.reason()));
        }
        for (CitationParser.Problem problem : result.problems()) {
            at(lines, problem.start(), String.format("%d: %-22s %s  (%s)", index.line(problem.start()), "ERROR",
                    quote(problem.text()), problem.reason()));
        }
        lines.values().forEach(atOffset -> atOffset.forEach(out::println));
        return result.problems().isEmpty() ? 0 : 1;
    }

    private static void at(TreeMap<Integer, List<String>> lines, int offset, String line) {
        lines.computeIfAbsent(offset, k -> new ArrayList<>()).add(line);
    }

    private static String quote(String text) {
        return "\"" + text.replaceAll("\\s+", " ") + "\"";
    }

    /** Line numbers (from 1) for character offsets. */
    private static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        int line(int offset) {
            int found = java.util.Collections.binarySearch(starts, offset);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
