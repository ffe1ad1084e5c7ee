package uk.foi.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.util.Map;

/**
 * A date the statutory clock cannot count from or to: the bundled calendar covers 2010 to 2040 (bank holidays are
 * published, or projected from the rules, only so far), and a date outside it, given by the caller, is a 400 naming
 * the date field ({@code receivedOn} on intake, {@code on} on a command), never a 500.
 */
@Produces("application/problem+json")
@Singleton
public class DateRangeHandler implements ExceptionHandler<DateTimeException, HttpResponse<Map<String, Object>>> {

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, DateTimeException e) {
        String field = request.getPath().equals("/requests") ? "receivedOn" : "on";
        return ApiProblemHandler.respond(request, ApiProblem.invalid(field,
                "the statutory clock cannot count with this date: " + e.getMessage()));
    }
}
