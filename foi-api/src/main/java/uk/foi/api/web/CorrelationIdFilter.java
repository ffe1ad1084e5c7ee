package uk.foi.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every call a correlation id: the caller's {@code X-Correlation-Id} if it is a sensible token, otherwise a new
 * one. It is in every log line of the call ({@code correlationId} in the MDC) and echoed in the response.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class CorrelationIdFilter {

    /** The header. */
    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final String ATTRIBUTE = "foi.correlationId";

    /** @param request the call */
    @RequestFilter
    public void in(HttpRequest<?> request) {
        String id = request.getHeaders().get(HEADER);
        if (id == null || !SENSIBLE.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
        }
        request.setAttribute(ATTRIBUTE, id);
        MDC.put("correlationId", id);
    }

    /**
     * @param request a call
     * @return its correlation id, or "none" if the filter has not seen it
     */
    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class)
                .or(() -> java.util.Optional.ofNullable(MDC.get("correlationId")))
                .orElse("none");
    }

    /** @param request the call @param response its answer */
    @ResponseFilter
    public void out(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
        MDC.remove("correlationId");
    }
}
