package uk.foi.api.web;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.signature.jwks.JwksSignatureConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts a token whose signature verified (with the local key, or with a key from the identity provider's JWKS) only
 * if it also keeps {@link TokenRules}; the refusal is logged, and {@link ProblemResponses} tells the caller why.
 * The framework's own expiry and not-before checks are off (application.yml) so that both are checked here, with the
 * same clock allowance. A provider's token (one signed with another algorithm than the service's own) says who the user
 * is in the provider's terms, mapped onto this service's roles and authority by {@link ProviderClaims}.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
public class StrictTokens extends DefaultJwtAuthenticationFactory {

    private static final Logger LOG = LoggerFactory.getLogger(StrictTokens.class);

    private final TokenRules rules;
    private final String ownAlgorithm;
    private final ProviderClaims providerClaims;

    StrictTokens(TokenConfiguration configuration, RolesFinder rolesFinder,
            List<JwksSignatureConfiguration> identityProviders,
            @Value("${foi.jwt.algorithm:HS256}") String algorithm,
            @Value("${foi.jwt.jwks-algorithms:RS256}") String providerAlgorithms,
            @Value("${foi.jwt.issuers:}") String issuers, @Value("${foi.jwt.audience:}") String audience,
            @Value("${foi.jwt.clock-skew:60s}") Duration skew,
            @Value("${foi.jwt.provider.roles-claim:roles}") String rolesClaim,
            @Value("${foi.jwt.provider.role-map:}") String roleMap,
            @Value("${foi.jwt.provider.authority-claim:authority}") String authorityClaim,
            @Value("${foi.jwt.provider.authority:}") String authority) {
        super(configuration, rolesFinder);
        this.ownAlgorithm = algorithm;
        this.providerClaims = ProviderClaims.parse(rolesClaim, roleMap, authorityClaim, authority);
        Set<String> algorithms = new HashSet<>(Set.of(algorithm));
        if (!identityProviders.isEmpty()) {
            algorithms.addAll(list(providerAlgorithms));
        }
        this.rules = new TokenRules(algorithms, list(issuers), Optional.of(audience.trim()).filter(a -> !a.isEmpty()),
                skew, Clock.systemUTC());
    }

    /** @return the rules every token is held to */
    public TokenRules rules() {
        return rules;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        Optional<TokenRules.Refusal> refusal = rules.check(token);
        if (refusal.isPresent()) {
            LOG.info("token refused: {}", refusal.get().reason());
            return Optional.empty();
        }
        if (!ownAlgorithm.equals(token.getHeader().getAlgorithm().getName())) {
            try {
                com.nimbusds.jwt.JWTClaimsSet claims = token.getJWTClaimsSet();
                return Optional.of(providerClaims.map(claims.getSubject(), claims.getClaims()));
            } catch (java.text.ParseException e) {
                return Optional.empty();
            }
        }
        return super.createAuthentication(token);
    }

    private static Set<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
