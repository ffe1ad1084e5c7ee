package uk.foi.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import uk.foi.api.store.RequestStore;

/** A change too large to publish as one event: 413, and the transaction that would have stored it rolled back. */
@Produces("application/problem+json")
@Singleton
public class EventTooLargeHandler implements ExceptionHandler<RequestStore.EventTooLarge,
        HttpResponse<Map<String, Object>>> {

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, RequestStore.EventTooLarge e) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", ApiProblem.TYPE_BASE + "too-large");
        body.put("title", "Too much text in one change");
        body.put("status", HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode());
        body.put("detail", e.getMessage());
        body.put("errors", List.of(new ApiProblem.FieldError("", e.getMessage())));
        body.put("instance", request.getPath());
        return HttpResponse.<Map<String, Object>>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .contentType(ApiProblemHandler.PROBLEM).body(body);
    }
}
