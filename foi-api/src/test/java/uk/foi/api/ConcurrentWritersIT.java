package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * No lost updates: many writers send commands to one request at once, each with the ETag it read. Exactly one wins
 * each version; the others get 412 (or 409 without If-Match) and record nothing; the history has no gaps and every
 * success is in it. Also: gap-free references under concurrent intake.
 */
@MicronautTest(transactional = false)
class ConcurrentWritersIT extends ApiTestSupport {

    @Test
    void concurrentCommandsOnOneRequestNeverLoseAnUpdate() throws Exception {
        String id = intake("2023-11-01", "1. Anything.");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String assignee = "cw" + i;
            boolean withEtag = i % 2 == 0;
            replies.add(pool.submit(() -> {
                var request = HttpRequest.POST("/requests/" + id + "/assignment",
                        "{\"on\": \"2023-11-02\", \"assignee\": \"" + assignee + "\", \"team\": \"t\"}").contentType("application/json");
                if (withEtag) {
                    request.header("If-Match", "\"1\"");
                }
                return api.call(CASEWORKER, request);
            }));
        }
        List<Api.Reply> done = new ArrayList<>();
        for (Future<Api.Reply> f : replies) {
            done.add(f.get());
        }
        pool.shutdown();

        List<Api.Reply> won = done.stream().filter(r -> r.status() == 200).toList();
        assertThat(done).allSatisfy(r -> assertThat(r.status()).isIn(200, 409, 412));
        assertThat(done.stream().filter(r -> r.status() == 200 && r.at("version").equals(2))).hasSize(1);
        Api.Reply now = api.get(CASEWORKER, "/requests/" + id);
        assertThat(now.at("version")).isEqualTo(1 + won.size());
        List<?> history = (List<?>) api.get(CASEWORKER, "/requests/" + id + "/timeline").at("history");
        assertThat(history).hasSize(1 + won.size());
        String last = (String) won.stream().max((a, b) -> Integer.compare((Integer) a.at("version"),
                (Integer) b.at("version"))).orElseThrow().at("assignee");
        assertThat(now.at("assignee")).isEqualTo(last);
    }

    @Test
    void concurrentIntakesGetGapFreeReferences() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            ids.add(pool.submit(() -> intake("2022-06-01", "1. Question " + n + ".")));
        }
        List<String> references = new ArrayList<>();
        for (Future<String> f : ids) {
            references.add((String) api.get(CASEWORKER, "/requests/" + f.get()).at("reference"));
        }
        pool.shutdown();
        assertThat(references).hasSize(24).doesNotHaveDuplicates();
        assertThat(references.stream().map(r -> Integer.parseInt(r.substring(r.lastIndexOf('.') + 1))).sorted())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 24).boxed().toList());
    }
}
