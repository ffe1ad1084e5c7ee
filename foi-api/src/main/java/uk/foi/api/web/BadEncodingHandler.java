package uk.foi.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.compression.DecompressionException;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * A body whose {@code Content-Encoding} (gzip, deflate) says it is compressed when it is not, or is corrupt: the
 * server decompresses before anything else reads the body, so this is the first place it can be answered, with a 400
 * naming the header rather than a 500.
 */
@Produces("application/problem+json")
@Singleton
public class BadEncodingHandler implements ExceptionHandler<DecompressionException,
        HttpResponse<Map<String, Object>>> {

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, DecompressionException e) {
        return ApiProblemHandler.respond(request, ApiProblem.invalid("Content-Encoding", "the body is not valid '"
                + request.getHeaders().get("Content-Encoding", String.class).orElse("compressed")
                + "' data: send it uncompressed, without Content-Encoding"));
    }
}
