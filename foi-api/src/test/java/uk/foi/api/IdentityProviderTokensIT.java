package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens from an identity provider (Entra ID, Keycloak ...): RS256, verified with the keys of the provider's JWKS,
 * accepted beside the service's own HS256 tokens, with the issuer checked. The provider here is the test itself: it
 * serves a JWKS on a free port, as a real provider serves its {@code jwks_uri}.
 */
@MicronautTest(transactional = false)
class IdentityProviderTokensIT extends ApiTestSupport {

    static final String ISSUER = "https://idp.test/tenant";
    static final RSAKey PROVIDER_KEY = rsa("provider-key-1");
    static final HttpServer JWKS = serve(new JWKSet(PROVIDER_KEY.toPublicJWK()).toString());

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("micronaut.security.token.jwt.signatures.jwks.idp.url",
                "http://localhost:" + JWKS.getAddress().getPort() + "/keys");
        // the provider's issuer, and the service's own (its generator writes the application name)
        p.put("foi.jwt.issuers", ISSUER + ",foi-api");
        // the organisation's groups, mapped onto the service's roles; one authority for every user of this provider
        p.put("foi.jwt.provider.roles-claim", "groups");
        p.put("foi.jwt.provider.role-map", "FOI-Caseworkers=caseworker, FOI-Managers=manager");
        p.put("foi.jwt.provider.authority", MET);
        return p;
    }

    @AfterAll
    void stopProvider() {
        JWKS.stop(0);
    }

    @Test
    void aProvidersRs256TokenIsAcceptedBesideTheServicesOwn() throws Exception {
        Api.Reply provider = api.call(null, HttpRequest.GET("/requests").bearerAuth(providerToken(PROVIDER_KEY, c -> { })));
        assertThat(provider.status()).as(provider.toString()).isEqualTo(200);
        assertThat(api.get(CASEWORKER, "/requests").status()).isEqualTo(200);
    }

    @Test
    void theProvidersGroupsAreMappedOntoTheServicesRolesAndMeSaysSo() throws Exception {
        Api.Reply me = api.call(null, HttpRequest.GET("/me").bearerAuth(providerToken(PROVIDER_KEY, c -> { })));
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.at("name")).asString().isEqualTo("entra.user@met.example");
        assertThat(me.at("authority")).asString().isEqualTo(MET);
        assertThat(me.at("roles").toString()).isEqualTo("[caseworker]");

        // a group the map does not name, or the service's own role name given as a group, is no role
        String unmapped = providerToken(PROVIDER_KEY, c -> c.claim("groups", List.of("All-Staff", "admin")));
        assertThat(api.call(null, HttpRequest.GET("/me").bearerAuth(unmapped)).at("roles").toString())
                .isEqualTo("[]");
        assertThat(api.call(null, HttpRequest.GET("/requests").bearerAuth(unmapped)).status()).isEqualTo(403);
        // the service's own tokens are not mapped
        assertThat(api.get(CASEWORKER, "/me").at("roles").toString()).isEqualTo("[caseworker]");
    }

    @Test
    void aTokenSignedWithAKeyNotInTheJwksIsRefusedAndTheAnswerSaysSo() throws Exception {
        Api.Reply r = api.call(null, HttpRequest.GET("/requests")
                .bearerAuth(providerToken(rsa("provider-key-1"), c -> { })));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.at("detail")).asString().contains("signature does not verify");
        assertThat(r.at("hint")).asString().isNotBlank();
    }

    @Test
    void aProvidersTokenFromAnotherIssuerIsRefused() throws Exception {
        Api.Reply r = api.call(null, HttpRequest.GET("/requests")
                .bearerAuth(providerToken(PROVIDER_KEY, c -> c.issuer("https://evil.test"))));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.at("detail")).asString().contains("'https://evil.test' is not one this service trusts");
    }

    @Test
    void theProvidersPublicKeyUsedAsAnHmacSecretIsRefused() throws Exception {
        // the algorithm-confusion attack (RFC 8725 s2.1): HS256 "signed" with the public key the JWKS publishes
        JWTClaimsSet claims = claims(c -> { });
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(PROVIDER_KEY.toPublicJWK().toRSAPublicKey().getEncoded()));
        assertThat(api.call(null, HttpRequest.GET("/requests").bearerAuth(jwt.serialize())).status()).isEqualTo(401);
    }

    private static String providerToken(RSAKey key, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims(change));
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder c = new JWTClaimsSet.Builder().subject("entra.user@met.example").issuer(ISSUER)
                .claim("groups", List.of("All-Staff", "FOI-Caseworkers")).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))));
        change.accept(c);
        return c.build();
    }

    private static RSAKey rsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serve(String jwks) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/keys", exchange -> {
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
