package uk.foi.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import uk.foi.web.WebSettings;

/**
 * foi-api over HTTP, with the signed-in user's token: this service has no database and no rights of its own, so
 * everything a page shows or does is what the API lets that user see or do.
 */
@Singleton
public class FoiApi {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final JsonMapper json;
    private final Duration timeout;

    FoiApi(WebSettings settings, JsonMapper json) {
        this.base = URI.create(settings.getApiUrl().replaceAll("/+$", "") + "/");
        this.json = json;
        this.timeout = settings.getApiTimeout();
    }

    /**
     * An answer: the body read as the expected type on success, the problem otherwise.
     *
     * @param status  the HTTP status
     * @param body    the body, on a 2xx
     * @param problem the problem, otherwise
     * @param etag    the ETag, if any
     * @param <T>     the body's type
     */
    public record Reply<T>(int status, @Nullable T body, @Nullable Wire.Problem problem, @Nullable String etag) {

        /** @return true on a 2xx */
        public boolean ok() {
            return status / 100 == 2;
        }

        /** @return the body of a 2xx; otherwise a {@link Failed} carrying the problem */
        public T orThrow() {
            if (!ok() || body == null) {
                throw new Failed(this);
            }
            return body;
        }
    }

    /** An answer other than the one the page needs, carried to the error page. */
    public static final class Failed extends RuntimeException {
        private final transient Reply<?> reply;

        public Failed(Reply<?> reply) {
            super("foi-api answered " + reply.status());
            this.reply = reply;
        }

        /** @return the answer */
        public Reply<?> reply() {
            return reply;
        }
    }

    /** foi-api did not answer. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A document that is not JSON (a letter as HTML or PDF).
     *
     * @param status      the status
     * @param contentType its type
     * @param body        its bytes
     */
    public record Document(int status, String contentType, byte[] body) {

        /**
         * @param fileName the name to save it under, or null to show it in the browser
         * @return it as the browser's answer
         * @throws Failed if foi-api did not give it (the error pages say why)
         */
        public io.micronaut.http.MutableHttpResponse<byte[]> toBrowser(@Nullable String fileName) {
            if (status != 200) {
                throw new Failed(new Reply<>(status, null, null, null));
            }
            io.micronaut.http.MutableHttpResponse<byte[]> out = io.micronaut.http.HttpResponse.ok(body)
                    .contentType(contentType);
            return fileName == null ? out : out.header("Content-Disposition", "attachment; filename=\""
                    + fileName.replaceAll("[^A-Za-z0-9.-]", "_") + "\"");
        }
    }

    /**
     * @param path  the path, without the leading slash
     * @param query the query parameters; absent and blank values are left out
     * @return the path with its query string
     */
    public static String path(String path, Map<String, ?> query) {
        StringJoiner q = new StringJoiner("&");
        query.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> q.add(name + "=" + encode(String.valueOf(v))));
            } else if (value != null && !String.valueOf(value).isBlank()) {
                q.add(name + "=" + encode(String.valueOf(value)));
            }
        });
        return q.length() == 0 ? path : path + "?" + q;
    }

    /** @param value a value @return it encoded for a URL's query or path */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * @param token the user's token, or null for a public call
     * @param path  the path, without the leading slash
     * @param type  what a 2xx holds
     * @param <T>   its type
     * @return the answer
     */
    public <T> Reply<T> get(@Nullable String token, String path, Class<T> type) {
        return send(request(token, path).GET(), Argument.of(type));
    }

    /**
     * @param token the user's token, or null for a public call
     * @param path  the path
     * @param type  what a 2xx holds
     * @param <T>   its element type
     * @return the answer
     */
    public <T> Reply<java.util.List<T>> list(@Nullable String token, String path, Class<T> type) {
        return send(request(token, path).GET(), Argument.listOf(type));
    }

    /**
     * A command.
     *
     * @param token   the user's token
     * @param path    the path
     * @param body    the JSON body
     * @param ifMatch the version the user saw, sent as If-Match so that a change made meanwhile is not overwritten
     * @param type    what a 2xx holds
     * @param <T>     its type
     * @return the answer
     */
    public <T> Reply<T> post(String token, String path, Object body, @Nullable Long ifMatch, Class<T> type) {
        HttpRequest.Builder b = request(token, path).header("Content-Type", "application/json");
        if (ifMatch != null) {
            b.header("If-Match", "\"" + ifMatch + "\"");
        }
        return send(b.POST(jsonBody(body)), Argument.of(type));
    }

    /**
     * A setting replaced.
     *
     * @param token the user's token
     * @param path  the path
     * @param body  the JSON body
     * @param type  what a 2xx holds
     * @param <T>   its type
     * @return the answer
     */
    public <T> Reply<T> put(String token, String path, Object body, Class<T> type) {
        return send(request(token, path).header("Content-Type", "application/json").PUT(jsonBody(body)),
                Argument.of(type));
    }

    /**
     * A setting removed.
     *
     * @param token the user's token
     * @param path  the path
     * @return the answer (204 when removed)
     */
    public Reply<Void> delete(String token, String path) {
        HttpResponse<byte[]> r = exchange(request(token, path).DELETE());
        return r.statusCode() / 100 == 2 ? new Reply<>(r.statusCode(), null, null, null)
                : read(r, Argument.of(Void.class));
    }

    /**
     * @param token  the user's token
     * @param path   the path
     * @param accept the media type wanted
     * @return the document, or the status of the refusal
     */
    public Document document(@Nullable String token, String path, String accept) {
        HttpResponse<byte[]> r = exchange(request(token, path).header("Accept", accept).GET());
        return new Document(r.statusCode(), r.headers().firstValue("Content-Type").orElse(accept), r.body());
    }

    private HttpRequest.BodyPublisher jsonBody(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(@Nullable String token, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private <T> Reply<T> send(HttpRequest.Builder b, Argument<T> type) {
        return read(exchange(b), type);
    }

    private <T> Reply<T> read(HttpResponse<byte[]> r, Argument<T> type) {
        String etag = r.headers().firstValue("ETag").map(e -> e.replace("\"", "")).orElse(null);
        try {
            if (r.statusCode() / 100 == 2) {
                return new Reply<>(r.statusCode(), json.readValue(r.body(), type), null, etag);
            }
            Optional<String> contentType = r.headers().firstValue("Content-Type");
            Wire.Problem problem = contentType.filter(t -> t.contains("json")).isPresent()
                    ? json.readValue(r.body(), Wire.Problem.class)
                    : new Wire.Problem("foi-api answered " + r.statusCode(), r.statusCode(), null, null, null, null);
            return new Reply<>(r.statusCode(), null, problem, etag);
        } catch (IOException e) {
            throw new Unavailable("foi-api's answer could not be read: " + e.getMessage(), e);
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException | HttpTimeoutException e) {
            throw new Unavailable("foi-api did not answer at " + base, e);
        } catch (IOException e) {
            throw new Unavailable("foi-api could not be reached at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while waiting for foi-api", e);
        }
    }

    /** @return a map that keeps the order its entries are put in, for query strings */
    public static Map<String, Object> query() {
        return new LinkedHashMap<>();
    }
}
