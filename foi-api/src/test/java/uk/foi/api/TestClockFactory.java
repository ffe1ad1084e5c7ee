package uk.foi.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import uk.foi.core.fixtures.MutableClock;

/** Tests run on a clock they move: today is Monday 20 November 2023 unless a test says otherwise. */
@Factory
class TestClockFactory {

    static final LocalDate TODAY = LocalDate.of(2023, 11, 20);

    @Singleton
    @Replaces(value = Clock.class, factory = DomainFactory.class)
    MutableClock clock() {
        return MutableClock.on(TODAY);
    }
}
