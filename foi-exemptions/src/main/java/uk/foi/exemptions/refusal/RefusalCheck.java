package uk.foi.exemptions.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.foi.exemptions.Catalogue;

/**
 * Checks a draft response against the statutory content of a refusal notice (FOIA s17; EIR reg 14; FOISA s16 and
 * s19) before it is sent. Errors mean the notice would not meet the statute; warnings travel with the response.
 * Immutable and thread-safe.
 */
public final class RefusalCheck {

    /**
     * The findings for one draft.
     *
     * @param findings every finding, in rule order then part order
     */
    public record Report(List<Finding> findings) {
        /** Copies the list. */
        public Report {
            findings = List.copyOf(findings);
        }

        /** @return the errors, which must be fixed before sending */
        public List<Finding> errors() {
            return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
        }

        /** @return the warnings */
        public List<Finding> warnings() {
            return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
        }

        /** @return true if the draft must not be sent as it is */
        public boolean blocks() {
            return !errors().isEmpty();
        }
    }

    private final Catalogue catalogue;
    private final List<RefusalRule> rules;

    /**
     * @param catalogue the exemption catalogue; not null
     * @param rules     the rules to apply, in order; not null
     */
    public RefusalCheck(Catalogue catalogue, List<RefusalRule> rules) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.rules = List.copyOf(rules);
    }

    /** @return every rule in {@link RefusalRules#all()} over the bundled catalogue */
    public static RefusalCheck standard() {
        return new RefusalCheck(Catalogue.bundled(), RefusalRules.all());
    }

    /** @return the rules applied, in order */
    public List<RefusalRule> rules() {
        return rules;
    }

    /**
     * @param draft the response about to be sent; not null
     * @return the findings
     */
    public Report check(DraftResponse draft) {
        Objects.requireNonNull(draft, "draft");
        List<Finding> findings = new ArrayList<>();
        for (RefusalRule rule : rules) {
            findings.addAll(rule.check(draft, catalogue));
        }
        return new Report(findings);
    }
}
