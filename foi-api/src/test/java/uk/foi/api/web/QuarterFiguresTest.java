package uk.foi.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A quarter's figures are computed once per state of their data, however many ask at once, and never kept wrong. */
class QuarterFiguresTest {

    static QuarterFigures.Key key(String requests) {
        return new QuarterFigures.Key("met-police", "2026-Q4", LocalDate.of(2026, 11, 26), "v1", requests, 0);
    }

    static StatisticsController.StatisticsView figures(int received) {
        return new StatisticsController.StatisticsView("met-police", "2026-Q4", LocalDate.of(2026, 11, 26), received,
                Map.of(), Map.of(), 0, 0, 0, Map.of(), Map.of(), null);
    }

    @Test
    void fiftyAskingAtOnceWaitForOneComputation() throws Exception {
        QuarterFigures cache = new QuarterFigures();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<StatisticsController.StatisticsView>> asked = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                asked.add(pool.submit(() -> cache.get(key("10:30"), () -> {
                    computed.incrementAndGet();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return figures(10);
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<StatisticsController.StatisticsView> f : asked) {
                assertThat(f.get().received()).isEqualTo(10);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void aChangeToTheRequestsIsComputedAfreshAndAFailureIsNotKept() {
        QuarterFigures cache = new QuarterFigures();
        assertThat(cache.get(key("10:30"), () -> figures(10)).received()).isEqualTo(10);
        assertThat(cache.get(key("10:30"), () -> figures(99)).received()).as("the same state").isEqualTo(10);
        assertThat(cache.get(key("11:32"), () -> figures(11)).received()).as("a request logged").isEqualTo(11);

        assertThatThrownBy(() -> cache.get(key("12:35"), () -> {
            throw new IllegalStateException("the database went away");
        })).hasMessage("the database went away");
        assertThat(cache.get(key("12:35"), () -> figures(12)).received()).as("tried again").isEqualTo(12);
    }
}
