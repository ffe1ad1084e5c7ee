package uk.foi.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.foi.web.api.FoiApi;
import uk.foi.web.api.Wire;

/**
 * Signing in with an organisation's account: OpenID Connect's authorization code flow (OpenID Connect Core 1.0
 * s3.1) with PKCE (RFC 7636), for any provider that publishes its discovery document (Entra ID, Keycloak, ...).
 * <ol>
 *   <li>{@code GET /sign-in/oidc} sends the browser to the provider with a fresh {@code state}, {@code nonce} and
 *       code challenge, the three kept in a short-lived cookie sealed by this service;</li>
 *   <li>{@code GET /sign-in/oidc/callback} checks the {@code state}, exchanges the code for tokens at the provider's
 *       token endpoint, and verifies the ID token (signature by the provider's JWKS, issuer, audience, expiry,
 *       nonce);</li>
 *   <li>foi-api is asked who the user is ({@code GET /me}) with the provider's access token: it checks the token
 *       against the same provider and maps its groups onto roles, so the pages follow exactly what foi-api
 *       enforces; the session then carries that token.</li>
 * </ol>
 * Every failure comes back to the sign-in page with one sentence saying what went wrong, never a stack trace.
 */
@Controller("/sign-in/oidc")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class OidcSignIn {

    static final String COOKIE = "foi_oidc";
    private static final Duration FLOW = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebSettings settings;
    private final Session session;
    private final SignInController page;
    private final FoiApi api;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Provider provider;

    OidcSignIn(WebSettings settings, Session session, SignInController page, FoiApi api, JsonMapper json) {
        this.settings = settings;
        this.session = session;
        this.page = page;
        this.api = api;
        this.json = json;
    }

    /** What the provider's discovery document says, and the keys its tokens are verified with. */
    private record Provider(String authorization, String token, java.util.Optional<String> endSession,
            DefaultJWTProcessor<SecurityContext> idTokens) {
    }

    /** The sign-in failed, for the reason given, in words for the user. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * @param request the browser's request
     * @return to the provider's sign-in, or the sign-in page if sign-in with an account is not configured
     */
    @Get
    public HttpResponse<?> start(HttpRequest<?> request) {
        if (!settings.oidc()) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        try {
            Provider p = provider();
            String state = random();
            String nonce = random();
            String verifier = random();
            String flow = state + "." + nonce + "." + verifier;
            URI to = URI.create(p.authorization() + (p.authorization().contains("?") ? "&" : "?") + form(Map.of(
                    "response_type", "code", "client_id", settings.getOidcClientId(), "redirect_uri", redirectUri(),
                    "scope", settings.getOidcScope(), "state", state, "nonce", nonce,
                    "code_challenge", challenge(verifier), "code_challenge_method", "S256")));
            return HttpResponse.seeOther(to).cookie(flowCookie(flow + "." + session.seal(flow), FLOW));
        } catch (Refused e) {
            return page.refused(request, e.getMessage());
        }
    }

    /**
     * @param request          the browser's request
     * @param code             the authorization code
     * @param state            the state sent
     * @param error            the provider's error code, if it refused
     * @param errorDescription its explanation
     * @return to the caseload with the session, or the sign-in page saying why not
     */
    @Get("/callback")
    public HttpResponse<?> callback(HttpRequest<?> request, @Nullable @QueryValue String code,
            @Nullable @QueryValue String state, @Nullable @QueryValue String error,
            @Nullable @QueryValue("error_description") String errorDescription) {
        try {
            if (!settings.oidc()) {
                throw new Refused("Sign-in with an organisation's account is not configured for this service.");
            }
            if (error != null) {
                throw new Refused("Your organisation's sign-in did not let you in (" + error
                        + (errorDescription == null ? "" : ": " + errorDescription) + ").");
            }
            String[] flow = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse("").split("\\.");
            if (flow.length != 4 || !MessageDigest.isEqual(session.seal(flow[0] + "." + flow[1] + "." + flow[2])
                    .getBytes(StandardCharsets.UTF_8), flow[3].getBytes(StandardCharsets.UTF_8))
                    || state == null || !MessageDigest.isEqual(flow[0].getBytes(StandardCharsets.UTF_8),
                            state.getBytes(StandardCharsets.UTF_8))) {
                throw new Refused("The sign-in took too long or was started elsewhere. Please start again.");
            }
            if (code == null || code.isBlank()) {
                throw new Refused("Your organisation's sign-in sent no authorization code. Please start again.");
            }
            Map<?, ?> tokens = exchange(provider(), code, flow[2]);
            verifyIdToken(String.valueOf(tokens.get("id_token")), flow[1]);
            String access = tokens.get("access_token") instanceof String s ? s : null;
            if (access == null) {
                throw new Refused("Your organisation's sign-in gave no access token for the FOI service.");
            }
            FoiApi.Reply<Wire.Me> me = api.get(access, "me", Wire.Me.class);
            if (!me.ok()) {
                throw new Refused("The FOI service did not accept your account (" + me.status() + ": "
                        + (me.problem() == null || me.problem().detail() == null ? "no reason given"
                                : me.problem().detail()) + "). Ask your administrator to give you access.");
            }
            Wire.Me user = me.orThrow();
            Duration lasts = SignInController.SESSION;
            if (tokens.get("expires_in") instanceof Number n && n.longValue() > 0) {
                lasts = Duration.ofSeconds(Math.min(n.longValue(), lasts.toSeconds()));
            }
            return HttpResponse.seeOther(ReturnTo.after(request))
                    .cookie(session.cookie(access, user.name(), user.roles(), user.authority(), true, lasts))
                    .cookie(flowCookie("", Duration.ZERO)).cookie(ReturnTo.forget());
        } catch (Refused e) {
            return page.refused(request, e.getMessage()).cookie(flowCookie("", Duration.ZERO));
        }
    }

    /**
     * Where to send a user of the organisation's account on signing out: the provider's end-session endpoint (OpenID
     * Connect RP-Initiated Logout 1.0), which ends its session and comes back to this service's sign-in page
     * ({@code <FOI_WEB_PUBLIC_URL>/sign-in}, which the provider must list as a post-logout redirect).
     *
     * @return the provider's sign-out, if it has one and can be reached
     */
    java.util.Optional<URI> signOut() {
        try {
            Provider p = provider();
            String back = redirectUri().replace("/sign-in/oidc/callback", "/sign-in");
            return p.endSession().map(end -> URI.create(end + (end.contains("?") ? "&" : "?") + form(Map.of(
                    "client_id", settings.getOidcClientId(), "post_logout_redirect_uri", back))));
        } catch (Refused e) {
            return java.util.Optional.empty();
        }
    }

    private Map<?, ?> exchange(Provider p, String code, String verifier) throws Refused {
        Map<String, String> body = new java.util.LinkedHashMap<>(Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", redirectUri(), "code_verifier", verifier,
                "client_id", settings.getOidcClientId()));
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(p.token()))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        String secret = settings.getOidcClientSecret();
        if (secret != null && !secret.isBlank()) {
            // client_secret_basic (OpenID Connect Core s9): both parts form-encoded first (RFC 6749 s2.3.1)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((encode(
                    settings.getOidcClientId()) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            java.net.http.HttpResponse<String> r = http.send(b.POST(BodyPublishers.ofString(form(body))).build(),
                    BodyHandlers.ofString());
            Map<?, ?> answer = json.readValue(r.body(), Map.class);
            if (r.statusCode() != 200) {
                throw new Refused("Your organisation's sign-in refused to complete it (" + answer.get("error")
                        + "). Please start again.");
            }
            return answer;
        } catch (IOException e) {
            throw new Refused("Your organisation's sign-in could not be reached. Please try again shortly.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("The sign-in was interrupted. Please try again.");
        }
    }

    private void verifyIdToken(String idToken, String nonce) throws Refused {
        JWTClaimsSet claims;
        try {
            claims = provider().idTokens().process(idToken, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Refused("Your organisation's sign-in gave an identity that could not be verified ("
                    + e.getMessage() + ").");
        }
        if (!nonce.equals(claims.getClaim("nonce"))) {
            throw new Refused("The sign-in's identity was issued for another sign-in. Please start again.");
        }
    }

    /** The discovery document (OpenID Connect Discovery 1.0 s4), read once and kept. */
    private Provider provider() throws Refused {
        Provider p = provider;
        if (p != null) {
            return p;
        }
        String issuer = settings.getOidcIssuer().replaceAll("/+$", "");
        Map<?, ?> doc;
        try {
            java.net.http.HttpResponse<String> r = http.send(java.net.http.HttpRequest.newBuilder(URI.create(
                    issuer + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(10)).build(),
                    BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new Refused("Your organisation's sign-in is not available (" + r.statusCode() + ").");
            }
            doc = json.readValue(r.body(), Map.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused("Your organisation's sign-in could not be reached. Please try again shortly.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("The sign-in was interrupted. Please try again.");
        }
        if (!settings.getOidcIssuer().equals(doc.get("issuer")) && !issuer.equals(doc.get("issuer"))) {
            throw new Refused("Your organisation's sign-in describes itself as another issuer (" + doc.get("issuer")
                    + "); check FOI_WEB_OIDC_ISSUER.");
        }
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(new URL(String.valueOf(doc.get("jwks_uri"))))
                    .retrying(true).build();
        } catch (MalformedURLException e) {
            throw new Refused("Your organisation's sign-in publishes no usable keys (jwks_uri).");
        }
        Set<JWSAlgorithm> algorithms = doc.get("id_token_signing_alg_values_supported") instanceof List<?> l
                ? l.stream().map(String::valueOf).filter(a -> !a.equals("none") && !a.startsWith("HS"))
                        .map(JWSAlgorithm::parse).collect(Collectors.toSet())
                : Set.of(JWSAlgorithm.RS256);
        DefaultJWTProcessor<SecurityContext> idTokens = new DefaultJWTProcessor<>();
        idTokens.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        idTokens.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.getOidcClientId(),
                new JWTClaimsSet.Builder().issuer(String.valueOf(doc.get("issuer"))).build(),
                Set.of("sub", "iat", "exp", "nonce")));
        p = new Provider(String.valueOf(doc.get("authorization_endpoint")), String.valueOf(doc.get("token_endpoint")),
                doc.get("end_session_endpoint") instanceof String end ? java.util.Optional.of(end)
                        : java.util.Optional.empty(), idTokens);
        provider = p;
        return p;
    }

    private String redirectUri() throws Refused {
        String base = settings.getPublicUrl();
        if (base == null || base.isBlank()) {
            throw new Refused("This service does not know its own address for the sign-in to return to; set"
                    + " FOI_WEB_PUBLIC_URL.");
        }
        return base.replaceAll("/+$", "") + "/sign-in/oidc/callback";
    }

    private Cookie flowCookie(String value, Duration lasts) {
        return Cookie.of(COOKIE, value).httpOnly(true).secure(settings.isSecureCookies()).sameSite(SameSite.Lax)
                .path("/sign-in/oidc").maxAge(lasts);
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
