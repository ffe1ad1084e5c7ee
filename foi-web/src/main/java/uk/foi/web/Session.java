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
 * Who is signed in: the token foi-api accepts and who foi-api said the user is at sign-in (name, authority, roles:
 * an identity provider's groups are mapped onto roles by foi-api, {@code GET /me}), kept in an HttpOnly, SameSite=Lax
 * cookie sealed with an HMAC, so this service holds no session state. The user is read here only to shape the pages
 * (a name in the header, the actions a role has); foi-api checks the token's signature and the role on every call.
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
     * @param provider  true if the user signed in with the organisation's account (OpenID Connect), so that signing
     *                  out ends the provider's session too
     */
    public record User(String token, String name, List<String> roles, String authority, String csrf,
            boolean provider) {

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

    /** The cookie: {@code token~user~seal}, the user as JSON in base64url, the seal an HMAC of the two. */
    Optional<User> read(String value) {
        String[] parts = value.split("~");
        if (parts.length != 3 || !MessageDigest.isEqual(seal(parts[0] + "~" + parts[1]).getBytes(
                StandardCharsets.UTF_8), parts[2].getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        try {
            Map<?, ?> user = json.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
            if (!(user.get("until") instanceof Number until)
                    || Instant.ofEpochSecond(until.longValue()).isBefore(Instant.now())) {
                return Optional.empty();
            }
            List<String> roles = user.get("roles") instanceof List<?> r ? r.stream().map(String::valueOf).toList()
                    : List.of();
            return Optional.of(new User(parts[0], String.valueOf(user.get("name")), roles,
                    String.valueOf(user.get("authority")), seal(parts[0]), Boolean.TRUE.equals(user.get("provider"))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * @param token     the token foi-api accepts
     * @param name      who the user is
     * @param roles     their roles, as foi-api maps them
     * @param authority their authority
     * @param provider  true if they signed in with the organisation's account
     * @param lasts     how long the session lasts (no longer than the token)
     * @return the cookie holding them
     */
    Cookie cookie(String token, String name, List<String> roles, String authority, boolean provider,
            Duration lasts) {
        Map<String, Object> user = Map.of("name", name, "roles", roles, "authority", authority,
                "provider", provider, "until", Instant.now().plus(lasts).getEpochSecond());
        String payload;
        try {
            payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(user));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String value = token + "~" + payload + "~" + seal(token + "~" + payload);
        return Cookie.of(COOKIE, value).httpOnly(true).secure(secure).sameSite(SameSite.Lax).path("/")
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

    /**
     * @param value anything this service hands the browser and must get back unchanged
     * @return its HMAC under this service's key, base64url: also the forms' anti-forgery token when given the
     *         session's token
     */
    String seal(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(
                    value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
