package uk.foi.core.request;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asked: personal data, kept apart from the request. Nothing in the domain's decisions needs it (a request is
 * applicant-blind, except for s14 and s40(1), which staff judge), so {@link FoiRequest} does not hold it, events never
 * carry it, and only letters addressed to the requester take it. {@link #toString()} hides it so that it cannot leak
 * into logs.
 *
 * @param name          how to address the requester ("Ms Carlo"); not blank (FOIA s8(1)(b) requires a name)
 * @param email         an email address for correspondence, if given
 * @param postalAddress a postal address, if given
 */
public record Requester(String name, Optional<String> email, Optional<String> postalAddress) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException     if any is null
     * @throws IllegalArgumentException if the name is blank or there is no address for correspondence
     *                                  (FOIA s8(1)(b))
     */
    public Requester {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(postalAddress, "postalAddress");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a requester needs a name (FOIA s8(1)(b))");
        }
        if (email.filter(e -> !e.isBlank()).isEmpty() && postalAddress.filter(a -> !a.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("a requester needs an address for correspondence (FOIA s8(1)(b))");
        }
    }

    /**
     * @param name  how to address the requester
     * @param email an email address
     * @return the requester
     */
    public static Requester byEmail(String name, String email) {
        return new Requester(name, Optional.of(email), Optional.empty());
    }

    @Override
    public String toString() {
        return "Requester[personal data withheld]";
    }
}
