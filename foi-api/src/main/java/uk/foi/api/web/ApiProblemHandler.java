package uk.foi.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/** Renders {@link ApiProblem} as {@code application/problem+json}. */
@Produces("application/problem+json")
@Singleton
public class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<Map<String, Object>>> {

    /** The problem media type. */
    public static final MediaType PROBLEM = MediaType.of("application/problem+json");

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, ApiProblem problem) {
        return respond(request, problem);
    }

    /**
     * The one way a problem becomes a response: its members, the path it is about, the problem media type. For the
     * exception handlers of other exception types and for filters, which answer before any controller.
     *
     * @param request the call
     * @param problem what is wrong
     * @return the response
     */
    static HttpResponse<Map<String, Object>> respond(HttpRequest<?> request, ApiProblem problem) {
        Map<String, Object> body = problem.body();
        body.put("instance", request.getPath());
        return HttpResponse.<Map<String, Object>>status(problem.status()).contentType(PROBLEM).body(body);
    }
}
