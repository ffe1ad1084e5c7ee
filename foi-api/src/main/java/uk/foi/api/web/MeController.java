package uk.foi.api.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import uk.foi.api.application.Caller;

/**
 * Who the caller is, as this service understands the token: an identity provider's groups mapped onto the service's
 * roles ({@link ProviderClaims}). A front end (foi-web) asks once at sign-in, so that it shapes its pages by the same
 * roles and authority this service enforces.
 */
@Controller("/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class MeController {

    /**
     * @param name      the token's subject, recorded in the audit trail
     * @param authority the caller's authority
     * @param roles     the caller's roles in this service, sorted; empty if the token carries none it maps
     */
    @Serdeable
    public record Me(String name, String authority, List<String> roles) {
    }

    /**
     * @param auth the caller
     * @return who they are; 403 if the token names no authority
     */
    @Get
    public Me me(Authentication auth) {
        Caller caller = Callers.of(auth);
        return new Me(caller.name(), caller.authority().value(), caller.roles().stream().sorted().toList());
    }
}
