package uk.foi.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.List;

/**
 * The headers every answer carries. Pages: a content security policy that allows only this service's own styles,
 * scripts and images (GOV.UK Frontend is served from here, and no page has inline script), no framing, no caching
 * (case pages hold personal data; the public log's pages show who is signed in). Letters: shown in the staff letter
 * page's frame, so framable by this service only, with no scripts at all ({@code default-src 'none'}) and their own
 * inline styles. With sign-in by the organisation's account, forms may also lead to the provider's origin: signing out
 * is a form whose answer sends the browser to the provider's end-session endpoint, which {@code form-action 'self'}
 * would stop.
 * Static files (GOV.UK Frontend, fonts, our stylesheet and scripts): cached for a day by anyone, so a page costs only
 * its HTML after the first (see docs/web.md for the figures).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class WebHeaders {

    static final List<String> STATIC = List.of("/govuk/", "/assets/", "/static/");
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none';"
            + " object-src 'none'";

    private final String pagePolicy;

    WebHeaders(WebSettings settings) {
        this.pagePolicy = settings.oidc() ? PAGE_POLICY.replace("form-action 'self'", "form-action 'self' "
                + origin(settings.getOidcIssuer())) : PAGE_POLICY;
    }

    /** @param url an address @return its scheme, host and port, as a content security policy names a source */
    static String origin(String url) {
        java.net.URI u = java.net.URI.create(url.strip());
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }
    static final String LETTER_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " frame-ancestors 'self'";

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        MutableHttpHeaders h = response.getHeaders();
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "same-origin");
        if (STATIC.stream().anyMatch(path::startsWith)) {
            h.set("Cache-Control", "public, max-age=86400");
            return;
        }
        // The response's letter and the review's (review-letter) are shown framed in their own pages
        boolean letter = path.endsWith("letter.html") || path.endsWith("letter.pdf");
        h.set("Content-Security-Policy", letter ? LETTER_POLICY : pagePolicy);
        h.set("X-Frame-Options", letter ? "SAMEORIGIN" : "DENY");
        h.set("Cache-Control", "no-store");
    }
}
