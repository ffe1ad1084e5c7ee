package uk.foi.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the bearer token from {@code ?access_token=} for the iCalendar feed only: calendar clients subscribe by URL
 * and cannot send headers. Every other path takes the token from the Authorization header alone, so tokens do not
 * end up in logs and browser histories for the rest of the API.
 */
@Singleton
public class QueryTokenReader implements TokenReader<HttpRequest<?>> {

    /** The one path that reads a token from the query string. */
    static final String FEED = "/calendar/deadlines.ics";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        // exactly the feed, and only to read it: wave 1 took "any path ending in .ics", so a PUT to
        // /authorities/x.ics passed authentication with a token from the URL
        if (!FEED.equals(request.getPath()) || request.getMethod() != io.micronaut.http.HttpMethod.GET) {
            return Optional.empty();
        }
        return request.getParameters().getFirst("access_token").filter(t -> !t.isBlank());
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
