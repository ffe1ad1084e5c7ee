package uk.foi.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When foi-api does not answer, a page says so in words, with the 503 it is; and a stranger is sent to sign in. */
class ApiUnavailableTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageSaysTheServiceIsUnavailableAndNothingWasLost() throws Exception {
        int closed = RunningApi.freePort();
        try (EmbeddedServer web = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "foi.web.api-url", "http://localhost:" + closed))) {
            String token = web.getApplicationContext().getBean(Session.class).cookie("e30.e30.c2ln", "cw.smith",
                    java.util.List.of("caseworker"), "met-police", false, java.time.Duration.ofMinutes(10)).getValue();

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + web.getPort() + "/caseload")).header("Cookie", Session.COOKIE + "=" + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> stranger = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + web.getPort() + "/caseload")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("text/html"));
            assertThat(page.body()).contains("Sorry, the service is unavailable")
                    .contains("nothing you sent has been lost").doesNotContain("Exception");
            assertThat(stranger.statusCode()).isEqualTo(303);
            assertThat(stranger.headers().firstValue("Location")).hasValue("/sign-in");
        }
    }
}
