package uk.foi.core.request;

import java.util.List;
import java.util.Objects;

/**
 * Why a command may not be carried out.
 *
 * @param reason   the reason, citing the rule; not blank
 * @param findings details, such as the section 17 check's findings
 */
public record Refusal(String reason, List<String> findings) {

    /** Copies the list and checks nothing is null. */
    public Refusal {
        Objects.requireNonNull(reason, "reason");
        findings = List.copyOf(findings);
    }

    /**
     * @param reason the reason
     * @return a refusal with no further findings
     */
    public static Refusal because(String reason) {
        return new Refusal(reason, List.of());
    }
}
