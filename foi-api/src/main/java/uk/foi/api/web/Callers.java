package uk.foi.api.web;

import io.micronaut.security.authentication.Authentication;
import uk.foi.api.application.Caller;
import uk.foi.core.authority.AuthorityId;

/** The caller a validated token names. */
final class Callers {

    private Callers() {
    }

    /**
     * @param authentication the validated token
     * @return the caller
     * @throws ApiProblem 403 if the token names no valid authority
     */
    static Caller of(Authentication authentication) {
        Object claim = authentication.getAttributes().get("authority");
        if (!(claim instanceof String id) || id.isBlank()) {
            throw ApiProblem.forbidden("the token has no 'authority' claim: every user belongs to one authority");
        }
        AuthorityId authority;
        try {
            authority = AuthorityId.of(id);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.forbidden("the token's 'authority' claim is not an authority id: " + e.getMessage());
        }
        return new Caller(authentication.getName(), authority, java.util.Set.copyOf(authentication.getRoles()));
    }
}
