package uk.foi.letters;

import java.util.Objects;
import java.util.Optional;

/**
 * The member of staff handling a request, as its letters name them: the s45 Code of Practice expects a requester to
 * know whom to contact about their request. Letters are signed by the case officer when the authority's staff list
 * knows the request's assignee, and by the authority's signatory otherwise.
 *
 * @param name     their name as letters give it ("Sam Patel"); not blank
 * @param jobTitle their job title ("Information Rights Officer"); not blank
 * @param phone    a direct telephone number, if the authority gives one
 */
public record CaseOfficer(String name, String jobTitle, Optional<String> phone) {

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the name or job title is blank
     */
    public CaseOfficer {
        Objects.requireNonNull(phone, "phone");
        if (Objects.requireNonNull(name, "name").isBlank()
                || Objects.requireNonNull(jobTitle, "jobTitle").isBlank()) {
            throw new IllegalArgumentException("a case officer needs a name and a job title");
        }
    }
}
