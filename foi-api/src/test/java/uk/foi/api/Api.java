package uk.foi.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A test's view of the API: calls as a given user, and answers with status, headers and the body as JSON. */
final class Api {

    private final HttpClient client;
    private final JwtTokenGenerator tokens;
    private final JsonMapper json;
    private final Contract contract;

    Api(HttpClient client, JwtTokenGenerator tokens, JsonMapper json) {
        this.client = client;
        this.tokens = tokens;
        this.json = json;
        this.contract = new Contract(client.toBlocking().retrieve(Contract.DOCUMENT));
    }

    /** @return the contract every answer is checked against */
    Contract contract() {
        return contract;
    }

    /** An answer. */
    record Reply(int status, Map<String, List<String>> headers, String body, Object json) {

        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) json;
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        Object at(String path) {
            Object current = json;
            for (String step : path.split("\\.")) {
                if (current instanceof Map<?, ?> m) {
                    current = m.get(step);
                } else if (current instanceof List<?> l) {
                    current = l.get(Integer.parseInt(step));
                } else {
                    return null;
                }
            }
            return current;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** A user: subject, authority, roles. */
    record User(String name, String authority, List<String> roles) {
    }

    String token(User user) {
        return tokens.generateToken(Authentication.build(user.name(), user.roles(),
                Map.of("authority", user.authority())), 3600).orElseThrow();
    }

    Reply get(User user, String path) {
        return call(user, HttpRequest.GET(path));
    }

    Reply post(User user, String path, String body) {
        return call(user, HttpRequest.POST(path, body).contentType("application/json"));
    }

    Reply put(User user, String path, String body) {
        return call(user, HttpRequest.PUT(path, body).contentType("application/json"));
    }

    Reply call(User user, MutableHttpRequest<?> request) {
        if (user != null) {
            request.bearerAuth(token(user));
        }
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            response = (HttpResponse<String>) e.getResponse();
            Optional<String> body = e.getResponse().getBody(String.class);
            return reply(request, response, body.orElse(""));
        }
        return reply(request, response, response.getBody().orElse(""));
    }

    private Reply reply(HttpRequest<?> request, HttpResponse<?> response, String body) {
        contract.check(request.getMethodName(), request.getUri().toString(), response.code(),
                response.getHeaders().asMap(), body);
        Object parsed = null;
        String type = response.getContentType().map(Object::toString).orElse("");
        if (!body.isEmpty() && type.contains("json")) {
            try {
                parsed = json.readValue(body, Object.class);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
        return new Reply(response.code(), response.getHeaders().asMap(), body, parsed);
    }
}
