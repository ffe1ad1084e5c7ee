package uk.foi.exemptions.refusal;

import java.util.Objects;

/**
 * One thing the section 17 check found.
 *
 * @param severity an error blocks sending; a warning travels with the response
 * @param rule     the name of the rule that found it
 * @param source   the provision the rule comes from, such as {@code FOIA s17(1)(b)}
 * @param part     the part's label, or empty for the notice as a whole
 * @param message  what is wrong and how to put it right
 */
public record Finding(Severity severity, String rule, String source, String part, String message) {

    /** Must be fixed before sending, or may go with the response. */
    public enum Severity {
        /** The notice would not meet the statute: fix before sending. */
        ERROR,
        /** Probably a mistake or a risk; the response may still go. */
        WARNING
    }

    /** Checks nothing is null. */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity + " " + (part.isEmpty() ? "" : "part " + part + ": ") + message + " [" + rule + ", " + source
                + "]";
    }
}
