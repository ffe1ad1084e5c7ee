package uk.foi.api.web;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.ProblemErrorResponseProcessor;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error Micronaut itself answers (malformed JSON, a bad enum or date, an unknown field, an unknown route, an
 * oversize body, a missing token) in the same problem+json shape as {@link ApiProblem}: what went wrong in
 * {@code detail}, and the field in {@code errors}. It replaces micronaut-problem-json's processor, whose serde
 * rendering drops the title and detail in this version (3.3.0); that module still renders constraint violations.
 */
@Singleton
@Replaces(ProblemErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Map<String, Object>> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProblemResponses.class);

    private final StrictTokens tokens;

    ProblemResponses(StrictTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context,
            MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        if (status.getCode() >= 500) {
            // Never a message, a class name or SQL to the caller: those are for the log, under the correlation id.
            String id = CorrelationIdFilter.of(context.getRequest());
            LOG.error("{} {} answered {} (correlation id {})", context.getRequest().getMethod(),
                    context.getRequest().getPath(), status.getCode(), id, context.getRootCause().orElse(null));
            Map<String, Object> body = ApiProblem.internal(id).body();
            body.put("status", status.getCode());
            body.put("instance", context.getRequest().getPath());
            return response.contentType(ApiProblemHandler.PROBLEM).body(body);
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        for (Error e : context.getErrors()) {
            String field = e.getPath().map(p -> p.startsWith("/") ? p.substring(1) : p).orElse("");
            PlainMessages.Said said = PlainMessages.of(field, e.getMessage());
            errors.add(new ApiProblem.FieldError(said.field(), said.message()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ApiProblem.TYPE_BASE + slug(status));
        body.put("title", status.getReason());
        body.put("status", status.getCode());
        body.put("detail", errors.isEmpty() ? status.getReason() : errors.stream()
                .map(e -> e.field().isEmpty() ? e.message() : e.field() + ": " + e.message())
                .collect(Collectors.joining("; ")));
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        if (status == HttpStatus.UNAUTHORIZED) {
            TokenRules.Refusal why = unauthorized(context.getRequest());
            body.remove("errors");
            body.put("detail", why.reason());
            body.put("hint", why.hint());
        } else if (status == HttpStatus.FORBIDDEN
                && errors.stream().allMatch(e -> e.field().isEmpty())) {
            body.remove("errors"); // the framework's bare "Forbidden": say which roles the caller has instead
            body.put("detail", "Your roles (" + context.getRequest().getUserPrincipal(Authentication.class)
                    .map(a -> String.join(", ", a.getRoles())).orElse("none") + ") do not allow "
                    + context.getRequest().getMethod() + " " + context.getRequest().getPath() + ".");
            body.put("hint", "docs/api.md lists the roles each operation needs; ask your administrator for a role"
                    + " that allows it");
        }
        body.put("instance", context.getRequest().getPath());
        return response.contentType(ApiProblemHandler.PROBLEM).body(body);
    }

    /** Why a call was not signed in: no token, not a JWT, a rule it breaks, or a signature no key verifies. */
    private TokenRules.Refusal unauthorized(HttpRequest<?> request) {
        String header = request.getHeaders().getAuthorization().orElse("").trim();
        if (header.isEmpty()) {
            return new TokenRules.Refusal("No bearer token was sent.",
                    "send the header Authorization: Bearer <token>; calendar apps subscribe with a feed URL"
                            + " (POST /calendar/feeds)");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new TokenRules.Refusal("The Authorization header is not a bearer token.",
                    "send the header Authorization: Bearer <token>");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(header.substring(7).trim());
        } catch (java.text.ParseException e) {
            return new TokenRules.Refusal("The bearer token is not a JWT.",
                    "send the header Authorization: Bearer <token>, with a JWT issued for this service");
        }
        return tokens.rules().check(jwt)
                .map(r -> new TokenRules.Refusal("The token was refused: " + r.reason() + ".", r.hint()))
                .orElse(new TokenRules.Refusal("The token was refused: its signature does not verify with any key"
                        + " this service trusts.", "use a token issued for this service (or by the identity"
                        + " provider it is configured with)"));
    }

    private static String slug(HttpStatus status) {
        return status.getReason().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
