package uk.foi.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** The clock the pages tell the day by (which quarter is "this quarter"): UK time; a test can replace it. */
@Factory
class WebClock {

    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
