package uk.foi.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who is signed in: the token foi-api accepts, kept in an HttpOnly, SameSite=Lax cookie, so this service holds no
 * session state. The claims are read here only to shape the pages (a name in the header, the actions a role has);
 * foi-api checks the token's signature and the role on every call.
 * <p>
 * Every form carries an anti-forgery token, an HMAC of the session token (the double-submit pattern of the OWASP
 * cross-site request forgery cheat sheet), checked before any command is sent.
 */
@Singleton
public class Session {

    /** The cookie's name. */
    static final String COOKIE = "foi_session";

    private final JsonMapper json;
    private final byte[] key;
    private final boolean secure;

    Session(WebSettings settings, JsonMapper json) {
        this.json = json;
        this.secure = settings.isSecureCookies();
        if (settings.getSessionSecret() != null && !settings.getSessionSecret().isBlank()) {
            this.key = settings.getSessionSecret().getBytes(StandardCharsets.UTF_8);
        } else {
            this.key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
    }

    /**
     * The signed-in user.
     *
     * @param token     the token foi-api accepts
     * @param name      the {@code sub} claim
     * @param roles     the roles
     * @param authority the authority
     * @param csrf      the anti-forgery token the forms carry
     */
    public record User(String token, String name, List<String> roles, String authority, String csrf) {

        /** @param role a role @return true if the user has it */
        public boolean is(String role) {
            return roles.contains(role);
        }

        /** @return true if the user may send commands on requests */
        public boolean handlesCases() {
            return is("caseworker") || is("manager");
        }
    }

    /**
     * @param request the browser's request
     * @return the user, if a session cookie holding an unexpired token came with it
     */
    public Optional<User> user(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(this::read);
    }

    Optional<User> read(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Map<?, ?> claims = json.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
            Object exp = claims.get("exp");
            if (exp instanceof Number n && Instant.ofEpochSecond(n.longValue()).isBefore(Instant.now())) {
                return Optional.empty();
            }
            List<String> roles = claims.get("roles") instanceof List<?> r ? r.stream().map(String::valueOf).toList()
                    : List.of();
            return Optional.of(new User(token, String.valueOf(claims.get("sub")), roles,
                    String.valueOf(claims.get("authority")), csrf(token)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * @param token a session token
     * @param lasts how long the cookie lasts
     * @return the cookie holding it
     */
    Cookie cookie(String token, Duration lasts) {
        return Cookie.of(COOKIE, token).httpOnly(true).secure(secure).sameSite(SameSite.Lax).path("/")
                .maxAge(lasts);
    }

    /** @return a cookie that ends the session */
    Cookie ended() {
        return Cookie.of(COOKIE, "").httpOnly(true).secure(secure).sameSite(SameSite.Lax).path("/").maxAge(0);
    }

    /**
     * @param user the signed-in user
     * @param sent the anti-forgery token a form sent
     * @return true if it is the user's
     */
    public boolean genuine(User user, @Nullable String sent) {
        return sent != null && MessageDigest.isEqual(user.csrf().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    private String csrf(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(
                    token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
