package uk.foi.notifier;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.deadlines.LiveCalendars;
import uk.foi.deadlines.calendar.CalendarDataException;

/**
 * Reads the bank-holiday source ({@code FOI_BANK_HOLIDAYS}) again every {@code FOI_BANK_HOLIDAYS_POLL}; the schedule
 * processor's next tick sees the new version and moves every schedule's dates. The API polls the same source and
 * moves the dates it shows, so staff are never emailed dates the API does not show (faults issue, item 7).
 */
@Singleton
class CalendarPoll {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarPoll.class);

    private final LiveCalendars calendars;

    CalendarPoll(LiveCalendars calendars) {
        this.calendars = calendars;
    }

    @Scheduled(fixedDelay = "${foi.notifier.bank-holidays-poll:1h}",
            initialDelay = "${foi.notifier.bank-holidays-poll:1h}")
    void poll() {
        try {
            calendars.refresh().ifPresent(v -> LOG.info("bank holidays from {} changed: version {}; schedules move"
                    + " at the next tick", calendars.location(), v));
        } catch (CalendarDataException e) {
            LOG.warn("bank holidays from {} could not be read; the holidays in use stay: {}", calendars.location(),
                    e.getMessage());
        }
    }
}
