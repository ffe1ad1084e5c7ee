package uk.foi.api.application;

import jakarta.inject.Singleton;
import uk.foi.api.store.Authorities;
import uk.foi.core.authority.Authority;

/** An authority's settings, as its admins keep them; each read or change its own transaction. */
@Singleton
public class AuthorityService {

    private final Authorities authorities;
    private final Transactions tx;

    AuthorityService(Authorities authorities, Transactions tx) {
        this.authorities = authorities;
        this.tx = tx;
    }

    /**
     * Adds or replaces the caller's own authority. Requests already received keep the profile they were received
     * under; {@link RequestService#applySettings} moves them on purpose.
     *
     * @param caller    an admin of the authority
     * @param authority its settings
     * @return true if it is new
     * @throws Refused.NotAllowed if it is not the caller's authority
     */
    public boolean save(Caller caller, Authority authority) {
        mine(caller, authority.id().value());
        return tx.write(() -> authorities.save(authority));
    }

    /**
     * @param caller a member of the authority's staff
     * @return its settings
     * @throws Refused.NotFound if no admin has configured it yet
     */
    public Authority settings(Caller caller) {
        return tx.read(() -> authorities.find(caller.authority())).orElseThrow(() -> new Refused.NotFound(
                "authority " + caller.authority().value() + " is not configured yet"));
    }

    /**
     * @param caller an admin
     * @param id     the authority they would change
     * @return the caller
     * @throws Refused.NotAllowed if it is not theirs
     */
    public static Caller mine(Caller caller, String id) {
        if (!caller.authority().value().equals(id)) {
            throw new Refused.NotAllowed("you administer " + caller.authority().value() + ", not " + id);
        }
        return caller;
    }
}
