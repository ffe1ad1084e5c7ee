package uk.foi.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The contract test (hardening issue, item 5): every answer an integration test receives is checked against the
 * OpenAPI document the running service serves, so the document describes what the service really does — every
 * status, header and problem+json body. A response the document does not allow fails the test that received it.
 *
 * <p>Only responses are checked: the integration tests send malformed requests on purpose.
 */
final class Contract {

    /** The document as the service serves it (micronaut-openapi, generated at compile time). */
    static final String DOCUMENT = "/openapi/foi-api.yml";

    /** Paths the document rightly does not describe: operational endpoints and the document itself. */
    private static final List<String> OUTSIDE = List.of("/openapi", "/swagger-ui", "/health", "/prometheus");

    /** @param path a path @return true if the document rightly does not describe it */
    static boolean outside(String path) {
        return OUTSIDE.stream().anyMatch(path::startsWith);
    }

    /** Operations answered at least once in this JVM, "METHOD /path" — read by the coverage check. */
    static final Set<String> EXERCISED = ConcurrentHashMap.newKeySet();

    private final OpenApiInteractionValidator validator;

    Contract(String document) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
    }

    /**
     * Checks one answer.
     *
     * @throws AssertionError naming every way the answer breaks the document
     */
    void check(String method, String pathAndQuery, int status, Map<String, List<String>> headers, String body) {
        String path = URI.create(pathAndQuery).getRawPath();
        if (outside(path)) {
            return;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> response.withHeader(name, values));
        if (!body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        EXERCISED.add(method + " " + path + " " + status);
        if (status == 404 && report.getMessages().stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing"))) {
            return; // a path the service does not have, rightly answered 404 (ContractIT: the document lists every route)
        }
        if (report.hasErrors()) {
            String failure = "the answer to " + method + " " + pathAndQuery + " (" + status
                    + ") breaks the OpenAPI document:\n" + report.getMessages().stream()
                            .map(m -> "  - " + m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n"))
                    + "\nbody: " + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
            if (Boolean.getBoolean("foi.contract.report-only")) {
                // while bringing the document up to date: list every breach in one run, fail none
                System.err.println("CONTRACT " + failure);
                return;
            }
            throw new AssertionError(failure);
        }
    }
}
