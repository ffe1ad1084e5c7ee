package uk.foi.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.CitationParser;
import uk.foi.exemptions.Provision;

/** {@code foi exemption}: the catalogue entry for a provision. */
@Command(name = "exemption", mixinStandardHelpOptions = true,
        description = "Show the catalogue entry for a provision, e.g. \"FOIA s31\" or \"EIR reg12(5)(e)\".")
final class ExemptionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROVISION", description = "The provision, in any form the citation parser reads.")
    String provision;

    @Option(names = "--regime", defaultValue = "FOIA", converter = Converters.RegimeConverter.class,
            description = "The regime, where the text does not say: ${DEFAULT-VALUE}.")
    Regime regime;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        CitationParser.Result parsed = CitationParser.forRegime(regime).parse(provision);
        if (!parsed.problems().isEmpty()) {
            throw new IllegalArgumentException("cannot read '" + provision + "': " + parsed.problems().get(0).reason());
        }
        if (parsed.distinct().size() != 1) {
            throw new IllegalArgumentException("give one provision, not '" + provision + "' ("
                    + (parsed.distinct().isEmpty() ? "none found" : parsed.distinct() + " found") + ")");
        }
        Citation citation = parsed.distinct().get(0);
        Catalogue catalogue = Catalogue.bundled();
        List<Provision> entries = catalogue.lookUp(citation);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(citation + " is not in the exemption catalogue (version "
                    + catalogue.version() + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(entries, catalogue.version()));
            return 0;
        }
        for (Provision p : entries) {
            out.println(p.key() + " — " + p.title());
            row(out, "kind", p.kind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            row(out, "status", p.status().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (p.statusSource().isEmpty() ? "" : " (" + p.statusSource() + ")"));
            row(out, "special case", p.specialCase());
            row(out, "test", p.harmTest().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            row(out, "NCND", p.ncnd().map(Object::toString).orElse("none"));
            row(out, "public interest", p.publicInterestTest() ? "yes" : "no");
            row(out, "historical", p.historical() + (p.historical().verified() ? "" : " [not verified]"));
            row(out, "in TNA/PRONI", p.historical().archives().toString().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '));
            row(out, "requires", p.requires());
            row(out, "law", p.link().toString());
            row(out, "summary", p.summary());
            row(out, "verify", p.verify());
            out.println();
        }
        out.println("catalogue version " + catalogue.version());
        return 0;
    }

    private static void row(PrintWriter out, String name, String value) {
        if (!value.isEmpty()) {
            out.printf("  %-16s %s%n", name, value);
        }
    }
}
