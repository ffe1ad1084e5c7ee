package uk.foi.exemptions.refusal;

import java.util.List;
import java.util.Objects;

/**
 * The public interest test as a refusal notice must record it (FOIA s17(3); EIR reg 14(3)(b)): the factors for
 * disclosure, those for maintaining the exemption, and the conclusion reached.
 *
 * @param forDisclosure    factors favouring disclosure
 * @param forMaintaining   factors favouring the exemption
 * @param conclusion       why the balance falls where it does
 */
public record PublicInterestRecord(List<String> forDisclosure, List<String> forMaintaining, String conclusion) {

    /** Copies the lists; nulls are not allowed. */
    public PublicInterestRecord {
        forDisclosure = List.copyOf(forDisclosure);
        forMaintaining = List.copyOf(forMaintaining);
        Objects.requireNonNull(conclusion, "conclusion");
    }

    /** @return true if both sides have at least one factor and there is a conclusion */
    public boolean isComplete() {
        return forDisclosure.stream().anyMatch(f -> !f.isBlank()) && forMaintaining.stream().anyMatch(f -> !f.isBlank())
                && !conclusion.isBlank();
    }
}
