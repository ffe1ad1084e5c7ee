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

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (!request.getPath().endsWith(".ics")) {
            return Optional.empty();
        }
        return request.getParameters().getFirst("access_token").filter(t -> !t.isBlank());
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
