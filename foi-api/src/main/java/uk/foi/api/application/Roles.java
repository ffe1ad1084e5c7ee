package uk.foi.api.application;

/**
 * The roles a token may carry (claim {@code roles}). Every user belongs to one authority (claim {@code authority}) and
 * sees only its requests.
 */
public final class Roles {

    /** Logs requests and handles them; sees requesters' personal data. */
    public static final String CASEWORKER = "caseworker";
    /** Everything a caseworker does, and completes internal reviews. */
    public static final String MANAGER = "manager";
    /** Reads everything but requesters' personal data; changes nothing. */
    public static final String AUDITOR = "auditor";
    /** Configures the authority; reads like an auditor. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
