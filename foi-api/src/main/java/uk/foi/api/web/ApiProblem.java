package uk.foi.api.web;

import io.micronaut.http.HttpStatus;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foi.api.application.Refused;

/**
 * An RFC 9457 (formerly 7807) problem the API answers with, as {@code application/problem+json}. Field-level errors go
 * in {@code errors}, each with the JSON path of the field and what is wrong with it.
 */
public final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Where problem types are described. */
    public static final String TYPE_BASE = "https://foi-toolkit.invalid/problems/";

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final transient Map<String, Object> extensions;

    /**
     * One wrong field.
     *
     * @param field   the field's path in the request ({@code decisions[0].citations[1]}), or the parameter's name
     * @param message what is wrong
     */
    @io.micronaut.serde.annotation.Serdeable
    public record FieldError(String field, String message) {
    }

    ApiProblem(HttpStatus status, String type, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    /** @param errors the wrong fields @return a 400 naming them */
    public static ApiProblem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? (errors.get(0).field().isEmpty() ? "" : errors.get(0).field() + ": ")
                + errors.get(0).message() : errors.size() + " fields are wrong";
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields", detail,
                Map.of("errors", errors));
    }

    /** @param field the field @param message what is wrong @return a 400 naming it */
    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** @param header the header at fault @param message what is wrong @return a 415 naming the header */
    public static ApiProblem unsupported(String header, String message) {
        return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "The body's type or encoding is not accepted", message,
                Map.of("errors", List.of(new FieldError(header, message))));
    }

    /** @param detail why the change is too large @return a 413 */
    public static ApiProblem tooLarge(String detail) {
        return new ApiProblem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "too-large", "Too much text in one change", detail,
                Map.of("errors", List.of(new FieldError("", detail))));
    }

    /**
     * @param correlationId the call's correlation id, to find it in the logs
     * @return a 500 that says nothing about the code, the data or the database
     */
    public static ApiProblem internal(String correlationId) {
        return new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-server-error", "Internal Server Error",
                "Something went wrong on our side and nothing was changed by it. If it happens again, give the"
                        + " service's operators the correlation id " + correlationId + ".",
                Map.of("correlationId", correlationId));
    }

    /** @param what what was not found @return a 404 */
    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", what, Map.of());
    }

    /** @param why why not @return a 403 */
    public static ApiProblem forbidden(String why) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", why, Map.of());
    }

    /**
     * @param current the request's current version
     * @param sent    the version the client sent
     * @return a 412
     */
    public static ApiProblem stale(long current, String sent) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "stale-version", "The request has changed",
                "If-Match was " + sent + " but the request is at version \"" + current
                        + "\"; fetch it again and decide on what it is now",
                Map.of("currentVersion", current));
    }

    /** @param detail what conflicted @return a 409 */
    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "conflict", "Conflict", detail, Map.of());
    }

    /**
     * A command the domain refused: recorded in the audit trail, nothing else changed.
     *
     * @param command  the command
     * @param reason   why
     * @param findings the section 17 findings, if any
     * @param version  the request's version after the refusal was recorded
     * @return a 422
     */
    public static ApiProblem refused(String command, String reason, List<String> findings, long version) {
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("command", command);
        ext.put("findings", findings);
        ext.put("version", version);
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "command-refused", command + " refused", reason, ext);
    }

    /**
     * The problem the application's refusal is in HTTP: 404, 403, 409, 412 or 400.
     *
     * @param refused why the application did not do what it was asked
     * @return the problem
     */
    public static ApiProblem of(Refused refused) {
        if (refused instanceof Refused.NotFound) {
            return notFound(refused.getMessage());
        } else if (refused instanceof Refused.NotAllowed) {
            return forbidden(refused.getMessage());
        } else if (refused instanceof Refused.Conflict) {
            return conflict(refused.getMessage());
        } else if (refused instanceof Refused.Stale stale) {
            return stale(stale.current(), stale.sent());
        } else if (refused instanceof Refused.Invalid invalid) {
            return invalid(invalid.field(), invalid.getMessage());
        }
        throw new IllegalArgumentException("a refusal of a kind the web edge does not know: " + refused.getClass());
    }

    /** @return the HTTP status */
    public HttpStatus status() {
        return status;
    }

    /** @return the problem as JSON members */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create(TYPE_BASE + type).toString());
        body.put("title", title);
        body.put("status", status.getCode());
        body.put("detail", getMessage());
        body.putAll(extensions);
        return body;
    }
}
