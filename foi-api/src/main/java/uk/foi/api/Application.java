package uk.foi.api;

import io.micronaut.runtime.Micronaut;
import java.util.Map;

/** Starts the foi-api service. */
public final class Application {

    /** Where the service finds an identity provider's signing keys, when tokens come from one (docs/api.md). */
    static final String JWKS_URL = "FOI_JWT_JWKS_URL";

    private Application() {
    }

    /**
     * Runs the service until it is stopped.
     *
     * @param args command-line arguments passed to Micronaut
     */
    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).properties(identityProvider(System.getenv())).start();
    }

    /**
     * @param environment the process's environment
     * @return the JWKS signature configuration for {@code FOI_JWT_JWKS_URL}, if it is set: the provider's RS256
     *         tokens are then accepted beside the local HS256 ones
     */
    static Map<String, Object> identityProvider(Map<String, String> environment) {
        String url = environment.getOrDefault(JWKS_URL, "").trim();
        return url.isEmpty() ? Map.of() : Map.of("micronaut.security.token.jwt.signatures.jwks.idp.url", url);
    }
}
