package uk.foi.api.application;

import java.util.Set;
import uk.foi.core.authority.AuthorityId;

/**
 * Who is asking: a member of one authority's staff, with their roles (the web edge makes one from a validated
 * token; the mailroom acts as itself).
 *
 * @param name      the token's subject, recorded in the audit trail
 * @param authority the authority the user belongs to
 * @param roles     the user's roles
 */
public record Caller(String name, AuthorityId authority, Set<String> roles) {

    /**
     * @param id an authority's id, from the path
     * @return the caller, if the authority is theirs
     * @throws Refused.NotFound otherwise: another authority's settings are not shown, nor whether it exists
     */
    public Caller within(String id) {
        if (!authority.value().equals(id)) {
            throw new Refused.NotFound("no authority " + id + " among yours");
        }
        return this;
    }

    /** @return true if the caller may see requesters' names and addresses (caseworkers and managers) */
    public boolean seesPersonalData() {
        return roles.contains(Roles.CASEWORKER) || roles.contains(Roles.MANAGER);
    }
}
