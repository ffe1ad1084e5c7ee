package uk.foi.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;
import uk.foi.api.application.Refused;

/** Says in HTTP why the application did not do what it was asked: {@link ApiProblem#of(Refused)}. */
@Produces("application/problem+json")
@Singleton
public class RefusedHandler implements ExceptionHandler<Refused, HttpResponse<Map<String, Object>>> {

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, Refused refused) {
        return ApiProblemHandler.respond(request, ApiProblem.of(refused));
    }
}
