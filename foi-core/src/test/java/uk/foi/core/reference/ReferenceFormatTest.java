package uk.foi.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceFormatTest {

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            01.FOI.{yy}.{seq:6} | 2023-05-02 | 33513 | 01.FOI.23.033513 | seed 004
            {yyyy}{MM}{seq:7}   | 2018-03-07 | 340   | 2018030000340    | seed 000
            EIR-{yyyy}-{seq:4}  | 2026-01-01 | 1     | EIR-2026-0001    | an authority's own
            """)
    void formatsTheSeedReferencesAndReadsThemBack(String pattern, LocalDate received, long sequence, String reference,
                                                  String source) {
        ReferenceFormat format = ReferenceFormat.of(pattern);

        assertThat(format.format(received, sequence)).isEqualTo(reference);
        assertThat(format.sequenceOf(reference)).isEqualTo(sequence);
        assertThat(format.matches(reference)).isTrue();
        assertThat(ReferenceFormat.of(format.toString())).isEqualTo(format);
    }

    @Test
    void rejectsPatternsThatCannotNumberRequestsUniquely() {
        assertThatThrownBy(() -> ReferenceFormat.of("FOI-{seq:5}")).hasMessageContaining("needs {yyyy} or {yy}");
        assertThatThrownBy(() -> ReferenceFormat.of("FOI-{yyyy}")).hasMessageContaining("needs a {seq:N}");
        assertThatThrownBy(() -> ReferenceFormat.of("{yyyy}-{seq:3}-{seq:3}")).hasMessageContaining("two {seq:N}");
        assertThatThrownBy(() -> ReferenceFormat.of("{yyyy}-{dd}-{seq:3}")).hasMessageContaining("unknown field");
    }

    @Test
    void refusesASequenceThatDoesNotFit() {
        ReferenceFormat format = ReferenceFormat.of("{yyyy}-{seq:3}");

        assertThat(format.format(LocalDate.of(2026, 1, 5), 999)).isEqualTo("2026-999");
        assertThatThrownBy(() -> format.format(LocalDate.of(2026, 1, 5), 1000)).hasMessageContaining("1 to 999");
        assertThatThrownBy(() -> format.format(LocalDate.of(2026, 1, 5), 0)).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> format.sequenceOf("2026-12")).hasMessageContaining("does not match");
    }

    @Test
    void numbersAreGapFreeAndUniquePerAuthorityAndYearUnderConcurrency() throws Exception {
        ReferenceNumbers numbers = new InMemoryReferenceNumbers();
        Set<Long> met = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1_000; i++) {
            pool.execute(() -> met.add(numbers.next("met", 2026)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(met).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 1_000).mapToObj(n -> (long) n)
                .toList());
        assertThat(List.of(numbers.next("met", 2027), numbers.next("other", 2026))).containsExactly(1L, 1L);
    }
}
