package uk.foi.api.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteInfo;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, before any controller or SQL sees it, text that no person means to send and that the database or the
 * JSON reader would otherwise trip over with a 500 (the hardening issue's fuzz run):
 * <ul>
 *   <li>a <b>content coding</b> the server does not decode: 415. The server decompresses {@code gzip} and
 *       {@code deflate} bodies (and removes the header) before any filter runs, so those arrive here decoded; one
 *       that is not what its header says is answered 400 by {@link BadEncodingHandler};</li>
 *   <li><b>control characters</b> (anything below U+0020 but tab, line feed and carriage return, and U+007F) and
 *       <b>lone surrogates</b> in a query parameter or in any string or name of a JSON body: 400, naming the
 *       parameter or the JSON path ({@code requester.name}, {@code decisions[0].citations[1]}); PostgreSQL cannot
 *       store U+0000 at all, and the rest are never part of an FOI request;</li>
 *   <li>a body that is <b>not JSON</b> by its {@code Content-Type} (missing, {@code text/plain}, garbage) or not
 *       UTF-8: 415;</li>
 *   <li><b>anything after the JSON value</b> of a body: 400.</li>
 * </ul>
 * Malformed JSON itself is left to the body reader, which already answers 400.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class HostileInputFilter {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final JsonMapper mapper;

    HostileInputFilter(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Checks the headers and query parameters; runs before the body is read.
     *
     * @param request the call
     * @return a problem, or null to go on
     */
    @RequestFilter
    @Nullable
    public HttpResponse<?> headersAndQuery(HttpRequest<?> request) {
        String coding = request.getHeaders().get("Content-Encoding");
        if (coding != null && !coding.isBlank() && !coding.trim().equalsIgnoreCase("identity")) {
            return problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding",
                    "the body must not be compressed: send it without Content-Encoding (this API does not take '"
                            + shown(coding) + "')");
        }
        for (Map.Entry<String, List<String>> p : request.getParameters()) {
            for (String value : p.getValue()) {
                Optional<String> why = unacceptable(value);
                if (why.isPresent()) {
                    return problem(request, HttpStatus.BAD_REQUEST, shown(p.getKey()),
                            "the query parameter " + why.get());
                }
            }
            Optional<String> badName = unacceptable(p.getKey());
            if (badName.isPresent()) {
                return problem(request, HttpStatus.BAD_REQUEST, "", "a query parameter's name " + badName.get());
            }
        }
        Optional<StrictTypes.Wrong> wrong = RouteAttributes.getRouteInfo(request)
                .flatMap(route -> StrictTypes.query(request, route));
        return wrong.map(w -> problem(request, HttpStatus.BAD_REQUEST, w.field(), w.message())).orElse(null);
    }

    /**
     * Checks a JSON body's strings and names, and that nothing follows its value.
     *
     * @param request the call
     * @param body    the raw body, if any
     * @return a problem, or null to go on
     */
    @RequestFilter
    @Nullable
    public HttpResponse<?> jsonBody(HttpRequest<?> request, @Body @Nullable byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        Optional<MediaType> type = request.getContentType();
        if (type.filter(t -> t.getSubtype().equals("json") || t.getSubtype().endsWith("+json")).isEmpty()) {
            return problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type",
                    "the body must be JSON, sent with Content-Type: application/json"
                            + type.map(t -> " (not '" + shown(t.toString()) + "')").orElse(""));
        }
        String charset = type.get().getParameters().get("charset").orElse("utf-8");
        if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            return problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "the body must be UTF-8 (not '"
                    + shown(charset) + "')");
        }
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token = parser.nextToken();
            int depth = 0;
            while (token != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
                    Optional<String> why = unacceptable(parser.getText());
                    if (why.isPresent()) {
                        return problem(request, HttpStatus.BAD_REQUEST, pathOf(parser.getParsingContext()),
                                (token == JsonToken.FIELD_NAME ? "a field name " : "the text ") + why.get());
                    }
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (depth == 0) {
                    break; // the root value is complete
                }
                token = parser.nextToken();
            }
            if (token == null) {
                return null; // incomplete: the body reader says where
            }
            boolean more;
            try {
                more = parser.nextToken() != null;
            } catch (JsonParseException e) {
                more = true;
            }
            if (more) {
                return problem(request, HttpStatus.BAD_REQUEST, "",
                        "the body has text after its JSON value: send one JSON value only");
            }
            return wrongType(request, body);
        } catch (IOException e) {
            return null; // malformed JSON: the body reader answers 400 with where it failed
        }
    }

    /** A value whose JSON type is not the one the operation declares (StrictTypes), or null. */
    @Nullable
    private HttpResponse<?> wrongType(HttpRequest<?> request, byte[] body) throws IOException {
        Optional<Argument<?>> type = RouteAttributes.getRouteInfo(request).flatMap(RouteInfo::getBodyArgument);
        if (type.isEmpty()) {
            return null;
        }
        JsonNode node = mapper.readValue(body, JsonNode.class);
        return StrictTypes.body(node, type.get())
                .map(w -> problem(request, HttpStatus.BAD_REQUEST, w.field(), w.message())).orElse(null);
    }

    /** Why a text cannot be taken, if it cannot. */
    static Optional<String> unacceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return Optional.of(String.format("contains the control character U+%04X at position %d, which"
                        + " has no place in a request", (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains half of a character (a lone UTF-16 surrogate) at position " + (i + 1));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains half of a character (a lone UTF-16 surrogate) at position " + (i + 1));
            }
        }
        return Optional.empty();
    }

    /** The JSON path of the current token: {@code requester.email}, {@code decisions[0].citations[1]}. */
    static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String shown(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(60).forEach(cp -> out.append(cp < 0x20 || cp == 0x7f
                || (cp >= 0xd800 && cp <= 0xdfff) ? String.format("\\u%04x", cp) : Character.toString(cp)));
        return out.toString();
    }

    private static HttpResponse<?> problem(HttpRequest<?> request, HttpStatus status, String field, String message) {
        return ApiProblemHandler.respond(request, status == HttpStatus.BAD_REQUEST ? ApiProblem.invalid(field, message)
                : ApiProblem.unsupported(field, message));
    }
}
