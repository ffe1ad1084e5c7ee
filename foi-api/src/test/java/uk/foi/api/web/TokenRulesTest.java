package uk.foi.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The token rules, one row per rule, each token differing from a good one in one claim. Sources: RFC 7519 (JWT)
 * s4.1.1 iss, s4.1.3 aud, s4.1.4 exp, s4.1.5 nbf (with "some small leeway" for clock skew); RFC 8725 (JWT best
 * practice) s3.1, verify the algorithm; s3.8 and s3.9, validate issuer and audience.
 */
class TokenRulesTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final TokenRules RULES = new TokenRules(Set.of("HS256", "RS256"), Set.of("https://idp.example", "foi-api"),
            Optional.of("foi-api"), Duration.ofSeconds(60), Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            good                         | -
            RS256 from the provider      | -
            HS512                        | signed with HS512
            unsigned (alg none)          | signed with none
            no exp                       | no expiry
            expired an hour ago          | expired at 2026-11-25T11:00:00Z
            expired 30 s ago (skew)      | -
            expired 90 s ago             | expired at
            nbf in an hour               | not valid before 2026-11-25T13:00:00Z
            nbf in 30 s (skew)           | -
            another issuer               | 'https://evil.example' is not one this service trusts
            no issuer                    | issuer (iss) is missing
            another audience             | audience (aud) does not name this service
            no audience                  | audience (aud) does not name this service
            two audiences, one ours      | -
            blank sub                    | names no subject
            no sub                       | names no subject
            """)
    void eachRuleRefusesItsOwnBreach(String variant, String refusal) {
        JWTClaimsSet.Builder c = new JWTClaimsSet.Builder().subject("cw.smith").issuer("https://idp.example")
                .audience("foi-api").expirationTime(at(3600));
        String alg = "HS256";
        switch (variant) {
            case "RS256 from the provider" -> alg = "RS256";
            case "HS512" -> alg = "HS512";
            case "unsigned (alg none)" -> alg = null;
            case "no exp" -> c.expirationTime(null);
            case "expired an hour ago" -> c.expirationTime(at(-3600));
            case "expired 30 s ago (skew)" -> c.expirationTime(at(-30));
            case "expired 90 s ago" -> c.expirationTime(at(-90));
            case "nbf in an hour" -> c.notBeforeTime(at(3600));
            case "nbf in 30 s (skew)" -> c.notBeforeTime(at(30));
            case "another issuer" -> c.issuer("https://evil.example");
            case "no issuer" -> c.issuer(null);
            case "another audience" -> c.audience("someone-else");
            case "no audience" -> c.audience((String) null);
            case "two audiences, one ours" -> c.audience(List.of("someone-else", "foi-api"));
            case "blank sub" -> c.subject(" ");
            case "no sub" -> c.subject(null);
            default -> { }
        }
        var token = alg == null ? new PlainJWT(c.build()) : new SignedJWT(new JWSHeader(new JWSAlgorithm(alg)), c.build());

        Optional<TokenRules.Refusal> result = RULES.check(token);

        if (refusal == null) {
            assertThat(result).isEmpty();
        } else {
            assertThat(result).hasValueSatisfying(r -> {
                assertThat(r.reason()).contains(refusal);
                assertThat(r.hint()).isNotBlank();
            });
        }
    }

    private static Date at(long secondsFromNow) {
        return Date.from(NOW.plusSeconds(secondsFromNow));
    }
}
