package uk.foi.exemptions.refusal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The reasonable opinion of the authority's qualified person, on which FOIA s36(2) depends: information is exempt
 * under s36 only if, in that person's reasonable opinion, disclosure would or would be likely to cause the harm
 * (s36(2)); the same opinion supports not confirming or denying (s36(3)). Section 36(5) says who the qualified person
 * is for each kind of authority (a minister, the authority's chief officer, or a person a minister authorises). The
 * opinion must exist before the authority relies on the exemption, so its date is recorded with it. Statistical
 * information is the exception (s36(4)) and is not modelled: record the opinion or do not rely on s36.
 *
 * @param person  who gave the opinion, with their role ("Chief Executive, Jane Smith")
 * @param givenOn the day it was given
 */
public record QualifiedOpinion(String person, LocalDate givenOn) {

    /** @throws IllegalArgumentException if no one is named */
    public QualifiedOpinion {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(givenOn, "givenOn");
        if (person.isBlank()) {
            throw new IllegalArgumentException("the qualified person must be named");
        }
    }
}
