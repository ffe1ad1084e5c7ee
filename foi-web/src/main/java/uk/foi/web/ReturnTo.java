package uk.foi.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.net.URI;
import java.time.Duration;

/**
 * Where a member of staff was going when they had to sign in first, such as the request an alert email links to:
 * remembered in a short-lived cookie while they sign in (with either sign-in), and where they land afterwards. Only a
 * path of this service is remembered, never another site's address.
 */
final class ReturnTo {

    static final String COOKIE = "foi-return-to";
    static final Duration LASTS = Duration.ofMinutes(15);

    private ReturnTo() {
    }

    /**
     * @param request a page asked for without a session
     * @return the cookie that remembers it
     */
    static Cookie remember(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return cookie(request.getPath() + (query == null ? "" : "?" + query), LASTS);
    }

    /**
     * @param request the sign-in's last step
     * @return where to land: the page remembered, if it is one of this service's, else the caseload
     */
    static URI after(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(ReturnTo::ours)
                .flatMap(ReturnTo::uri).orElse(URI.create("/caseload"));
    }

    private static java.util.Optional<URI> uri(String path) {
        try {
            return java.util.Optional.of(URI.create(path));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // a cookie edited by hand: the caseload, not an error
        }
    }

    /** @return the cookie that forgets it */
    static Cookie forget() {
        return cookie("", Duration.ZERO);
    }

    /** A path on this service: one slash first (not "//host"), no scheme, not the sign-in itself. */
    static boolean ours(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !path.contains("://")
                && !path.startsWith("/sign-in") && path.length() <= 2_000;
    }

    private static Cookie cookie(String value, Duration lasts) {
        return Cookie.of(COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax).maxAge(lasts);
    }
}
