package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.foi.testsupport.TestAuthorities.MET_SETTINGS;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * What a token must be (the hardening issue's token attacks): signed with the configured algorithm (HS256) and key,
 * with an expiry that has not passed, no {@code nbf} in the future, and a non-blank subject. Each variant differs
 * from a good token in one thing only, so each row shows that one rule at work.
 */
@MicronautTest(transactional = false)
class TokensIT extends ApiTestSupport {

    /** Long enough for HS512 too, so that an HS512 token with the right key can be made and refused. */
    static final String SECRET = "tokens-it-secret-".repeat(5);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET);
        return p;
    }

    static String token(JWSAlgorithm alg, String secret, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("cw.smith")
                .claim("roles", List.of("caseworker")).claim("authority", MET)
                .issueTime(Date.from(Instant.now())).expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))));
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader(alg), claims.build());
        jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    static Consumer<JWTClaimsSet.Builder> variant(String name) {
        return switch (name) {
            case "good", "HS512" -> c -> { };
            case "expired" -> c -> c.expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))));
            case "no exp" -> c -> c.expirationTime(null);
            case "nbf in an hour" -> c -> c.notBeforeTime(Date.from(Instant.now().plus(Duration.ofHours(1))));
            case "empty sub" -> c -> c.subject("");
            case "no sub" -> c -> c.subject(null);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            good           | 200 |
            HS512          | 401 | signed with HS512
            expired        | 401 | expired at
            no exp         | 401 | no expiry (exp)
            nbf in an hour | 401 | not valid before
            empty sub      | 401 | names no subject
            no sub         | 401 | names no subject
            """)
    void aTokenIsAcceptedOnlyIfEveryRuleHoldsAndARefusalSaysWhich(String name, int status, String detail)
            throws Exception {
        String token = token(name.equals("HS512") ? JWSAlgorithm.HS512 : JWSAlgorithm.HS256, SECRET, variant(name));

        Api.Reply r = api.call(null, HttpRequest.GET("/requests").bearerAuth(token));

        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        if (detail != null) {
            assertThat(r.at("detail")).asString().contains(detail);
            assertThat(r.at("hint")).asString().isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no header    |                         | No bearer token was sent
            not bearer   | Basic dXNlcjpwYXNz      | not a bearer token
            not a JWT    | Bearer hello            | not a JWT
            """)
    void aCallWithoutAUsableTokenIsToldWhatToSend(String name, String authorization, String detail) {
        var request = HttpRequest.GET("/requests");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        Api.Reply r = api.call(null, request);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.at("detail")).asString().contains(detail);
        assertThat(r.at("hint")).asString().contains("Authorization");
    }

    @Test
    void theWrongRoleIsToldWhichRolesItHas() {
        Api.Reply r = api.post(AUDITOR, "/requests", "{}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.at("detail")).asString().contains("Your roles (auditor) do not allow POST /requests");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String token = token(JWSAlgorithm.HS256, "another-key-another-key-another-key-another-key", c -> { });
        assertThat(api.call(null, HttpRequest.GET("/requests").bearerAuth(token)).status()).isEqualTo(401);
    }

    @Test
    void noPathTakesATokenFromTheQueryString() throws Exception {
        String token = token(JWSAlgorithm.HS256, SECRET, c -> c.claim("roles", List.of("admin")));

        // wave 1 read ?access_token= on any path ending in .ics, writes included; calendar apps now use feed tokens
        assertThat(api.call(null, HttpRequest.GET("/calendar/deadlines.ics?access_token=" + token)).status())
                .isEqualTo(401);
        Api.Reply put = api.call(null, HttpRequest.PUT("/authorities/x.ics?access_token=" + token, MET_SETTINGS)
                .contentType("application/json"));
        assertThat(put.status()).as(put.toString()).isEqualTo(401);
        assertThat(api.call(null, HttpRequest.GET("/requests?access_token=" + token)).status()).isEqualTo(401);
    }
}
