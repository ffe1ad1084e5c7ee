package uk.foi.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;
import uk.foi.api.store.Requests;

/** A change too large to publish as one event: 413, and the transaction that would have stored it rolled back. */
@Produces("application/problem+json")
@Singleton
public class EventTooLargeHandler implements ExceptionHandler<Requests.EventTooLarge,
        HttpResponse<Map<String, Object>>> {

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, Requests.EventTooLarge e) {
        return ApiProblemHandler.respond(request, ApiProblem.tooLarge(e.getMessage()));
    }
}
