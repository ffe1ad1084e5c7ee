package uk.foi.api.web;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a token must be besides carrying a signature that verifies (hardening issue, item 3). One place decides, so
 * the 401 a caller gets names the same rule that refused the token:
 * <ul>
 *   <li>signed with the local algorithm ({@code FOI_JWT_ALGORITHM}, HS256), or, when an identity provider's JWKS is
 *       configured ({@code FOI_JWT_JWKS_URL}), with one of its algorithms ({@code FOI_JWT_JWKS_ALGORITHMS}, RS256);
 *       the HMAC verifier would otherwise take HS384 and HS512 with the same key;</li>
 *   <li>an {@code exp} that has not passed and no {@code nbf} still to come, each with a small allowance for clocks
 *       that differ ({@code FOI_JWT_CLOCK_SKEW}, 60 s);</li>
 *   <li>an {@code iss} among {@code FOI_JWT_ISSUERS} and an {@code aud} containing {@code FOI_JWT_AUDIENCE}, when
 *       those are set;</li>
 *   <li>a non-blank {@code sub}, recorded as the actor.</li>
 * </ul>
 *
 * @param algorithms the algorithms a token may be signed with
 * @param issuers    the issuers accepted; empty: any
 * @param audience   the audience a token must name; empty: not checked
 * @param skew       the allowance for clocks that differ
 * @param clock      the wall clock (tokens are issued on real time, not on the service's business date)
 */
public record TokenRules(Set<String> algorithms, Set<String> issuers, Optional<String> audience, Duration skew,
        Clock clock) {

    /** Copies the sets. */
    public TokenRules {
        algorithms = Set.copyOf(algorithms);
        issuers = Set.copyOf(issuers);
    }

    /** Why a token is refused, and what the caller can do about it. */
    public record Refusal(String reason, String hint) {
    }

    /**
     * @param token a token whose signature verified (or, for a 401's explanation, any token)
     * @return why it is refused, or empty if it is acceptable
     */
    public Optional<Refusal> check(JWT token) {
        String alg = token.getHeader().getAlgorithm() == null ? "none" : token.getHeader().getAlgorithm().getName();
        if (!algorithms.contains(alg)) {
            return refuse("it is signed with " + alg + ", and this service takes only " + String.join(" or ",
                    algorithms.stream().sorted().toList()), "use a token issued for this service");
        }
        JWTClaimsSet claims;
        try {
            claims = token.getJWTClaimsSet();
        } catch (ParseException e) {
            return refuse("its claims cannot be read", "use a token issued for this service");
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            return refuse("it has no expiry (exp)", "use a token that expires; this service takes no everlasting"
                    + " tokens");
        }
        if (exp.toInstant().plus(skew).isBefore(now)) {
            return refuse("it expired at " + exp.toInstant(), "sign in again for a new token");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().minus(skew).isAfter(now)) {
            return refuse("it is not valid before " + nbf.toInstant() + " (nbf)", "use it from that time, or check"
                    + " the clock of the machine that issued it");
        }
        if (!issuers.isEmpty() && (claims.getIssuer() == null || !issuers.contains(claims.getIssuer()))) {
            return refuse("its issuer (iss) " + (claims.getIssuer() == null ? "is missing" : "'"
                    + claims.getIssuer() + "' is not one this service trusts"), "use a token from "
                    + String.join(" or ", issuers.stream().sorted().toList()));
        }
        List<String> aud = claims.getAudience();
        if (audience.isPresent() && (aud == null || !aud.contains(audience.get()))) {
            return refuse("its audience (aud) does not name this service, '" + audience.get() + "'",
                    "ask for a token issued for '" + audience.get() + "'");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            return refuse("it names no subject (sub)", "use a token that names the user");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String reason, String hint) {
        return Optional.of(new Refusal(reason, hint));
    }
}
