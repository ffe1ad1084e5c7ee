package uk.foi.api.store;

import java.util.List;
import java.util.Optional;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;

/**
 * The authorities this deployment serves. Every request and command reads its authority, so the adapter
 * ({@code JdbcAuthorities}) caches lookups for a short time; a change made through another instance is seen within
 * half a minute.
 */
public interface Authorities {

    /**
     * @param id the authority's id
     * @return the authority, if this deployment serves it
     */
    Optional<Authority> find(AuthorityId id);

    /**
     * Adds or replaces an authority.
     *
     * @param a the authority; a school's term dates are not stored here, so schools are refused
     * @return true if it was new
     * @throws IllegalArgumentException for a school
     */
    boolean save(Authority a);

    /** @return every authority, by id */
    List<Authority> all();
}
