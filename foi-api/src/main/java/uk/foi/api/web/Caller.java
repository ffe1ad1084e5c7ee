package uk.foi.api.web;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.Set;
import uk.foi.core.authority.AuthorityId;

/**
 * Who is calling, from their token.
 *
 * @param name      the token's subject, recorded in the audit trail
 * @param authority the authority the user belongs to
 * @param roles     the user's roles
 */
public record Caller(String name, AuthorityId authority, Set<String> roles) {

    /**
     * @param authentication the validated token
     * @return the caller
     * @throws ApiProblem 403 if the token names no valid authority
     */
    public static Caller of(Authentication authentication) {
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
        Collection<String> roles = authentication.getRoles();
        return new Caller(authentication.getName(), authority, Set.copyOf(roles));
    }

    /**
     * @param id an authority's id, from the path
     * @return the caller, if the authority is theirs
     * @throws ApiProblem 404 otherwise: another authority's settings are not shown, nor whether it exists
     */
    public Caller within(String id) {
        if (!authority.value().equals(id)) {
            throw ApiProblem.notFound("no authority " + id + " among yours");
        }
        return this;
    }

    /** @return true if the caller may see requesters' names and addresses (caseworkers and managers) */
    public boolean seesPersonalData() {
        return roles.contains(Roles.CASEWORKER) || roles.contains(Roles.MANAGER);
    }
}
