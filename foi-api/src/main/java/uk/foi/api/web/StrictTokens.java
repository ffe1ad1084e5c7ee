package uk.foi.api.web;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts a token only if, besides a valid signature (checked before this), it is signed with the configured
 * algorithm ({@code FOI_JWT_ALGORITHM}, HS256), has an expiry, and names a non-blank subject, who is recorded as the
 * actor. The hardening issue found HS512 tokens accepted where HS256 was configured (the HMAC verifier takes any
 * HS algorithm its key is long enough for), tokens without {@code exp} never expiring, and an empty {@code sub}
 * recorded as the actor. {@code nbf} is checked by the framework ({@code claims-validators.not-before}).
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class StrictTokens extends DefaultJwtAuthenticationFactory {

    private static final Logger LOG = LoggerFactory.getLogger(StrictTokens.class);

    private final String algorithm;

    StrictTokens(TokenConfiguration configuration, RolesFinder rolesFinder,
            @Value("${foi.jwt.algorithm:HS256}") String algorithm) {
        super(configuration, rolesFinder);
        this.algorithm = algorithm;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        Optional<String> problem = problem(token);
        if (problem.isPresent()) {
            LOG.info("token refused: {}", problem.get());
            return Optional.empty();
        }
        return super.createAuthentication(token);
    }

    /** @return why a token is refused, or empty if it is acceptable */
    Optional<String> problem(JWT token) {
        String alg = token.getHeader().getAlgorithm() == null ? "none" : token.getHeader().getAlgorithm().getName();
        if (!algorithm.equals(alg)) {
            return Optional.of("signed with " + alg + ", not " + algorithm);
        }
        JWTClaimsSet claims;
        try {
            claims = token.getJWTClaimsSet();
        } catch (ParseException e) {
            return Optional.of("its claims cannot be read");
        }
        if (claims.getExpirationTime() == null) {
            return Optional.of("it has no expiry (exp)");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            return Optional.of("it names no subject (sub)");
        }
        return Optional.empty();
    }
}
