package uk.foi.records.redaction;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What was redacted from a released document and why: each redaction's page, area and provision, in page order, and
 * what else was taken out of the file (its metadata, comments, attachments). The schedule goes with the release, so
 * the requester can see what was withheld where, and on what ground (FOIA s17(1)(b)); the Commissioner's guidance on
 * redaction asks for the same.
 *
 * @param document   the document's name, as staff uploaded it
 * @param redactions the redactions, by page, then from the top of the page
 * @param removed    what else was removed from the file, in words
 */
public record RedactionSchedule(String document, List<Redaction> redactions, List<String> removed) {

    /** Copies the lists and orders the redactions by page, then from the top. */
    public RedactionSchedule {
        redactions = redactions.stream().sorted(Comparator.comparingInt(Redaction::page)
                .thenComparing(r -> -r.area().top()).thenComparingDouble(r -> r.area().x())).toList();
        removed = List.copyOf(removed);
    }

    /** @return the schedule as a table in plain text, for the response or the case file */
    public String toText() {
        StringBuilder out = new StringBuilder("Redaction schedule: " + document + "\n\n");
        out.append(String.format(Locale.ROOT, "%-4s %-6s %-28s %s%n", "No.", "Page", "Area (points from lower left)",
                "Provision"));
        int n = 1;
        for (Redaction r : redactions) {
            out.append(String.format(Locale.ROOT, "%-4d %-6d %-28s %s%n", n++, r.page(), r.area(), r.provision()));
        }
        if (!removed.isEmpty()) {
            out.append("\nAlso removed from the file: ").append(String.join("; ", removed)).append(".\n");
        }
        return out.toString();
    }
}
