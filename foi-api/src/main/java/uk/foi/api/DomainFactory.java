package uk.foi.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import uk.foi.core.request.FoiOffice;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.LiveCalendars;
import uk.foi.events.EventCodec;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.refusal.RefusalCheck;
import uk.foi.letters.LetterTemplates;
import uk.foi.letters.LetterWriter;

/**
 * The domain as beans: foi-core decides, the service only loads, calls, stores and publishes. Time comes from the
 * {@link Clock} bean, which tests replace.
 */
@Factory
class DomainFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The bank holidays of FOI_BANK_HOLIDAYS (a file, a GOV.UK-format URL, or the bundled copy), polled. */
    @Singleton
    LiveCalendars calendars(@Value("${foi.bank-holidays:}") String location) {
        return LiveCalendars.from(location);
    }

    @Singleton
    StatutoryClock statutoryClock(LiveCalendars calendars) {
        return new StatutoryClock(calendars);
    }

    @Singleton
    Catalogue catalogue() {
        return Catalogue.bundled();
    }

    @Singleton
    RefusalCheck refusalCheck() {
        return RefusalCheck.standard();
    }

    @Singleton
    FoiOffice office(StatutoryClock statutoryClock, RefusalCheck refusalCheck, Catalogue catalogue, Clock clock) {
        return new FoiOffice(statutoryClock, refusalCheck, catalogue, clock);
    }

    @Singleton
    EventCodec eventCodec() {
        return EventCodec.standard();
    }

    @Singleton
    LetterWriter letterWriter(StatutoryClock statutoryClock, Catalogue catalogue) {
        return new LetterWriter(statutoryClock, catalogue, LetterTemplates.bundled());
    }
}
