package uk.foi.deadlines;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.deadlines.calendar.CalendarDataException;
import uk.foi.deadlines.calendar.Division;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * The calendars of one bank-holiday source that can change while a service runs: a file, a GOV.UK-format URL (such
 * as {@link BankHolidays#GOV_UK_FEED}) or the copy bundled with this release. {@link #refresh()} reads the source
 * again and, if its content differs, every computation from then on uses the new holidays. The API and the notifier
 * each hold one over the same source ({@code FOI_BANK_HOLIDAYS}) and poll it, so a proclaimed bank holiday moves
 * the dates staff see and the dates they are alerted on together (the faults issue found a new file reaching the
 * notifier only).
 *
 * <p>A source that cannot be read keeps the last good holidays: a failed download must never turn working days into
 * holidays or the reverse.
 */
public final class LiveCalendars implements Calendars {

    private final String location;
    private final Supplier<BankHolidays> source;
    private final AtomicReference<BankHolidays> holidays = new AtomicReference<>();
    private final AtomicReference<UkCalendars> calendars = new AtomicReference<>();

    private LiveCalendars(String location, Supplier<BankHolidays> source) {
        this.location = location;
        this.source = source;
        swap(source.get());
    }

    /**
     * @param location a file path, an {@code http(s)://} URL in GOV.UK's format, or blank for the bundled copy
     * @return the calendars, read once now
     * @throws CalendarDataException if the source cannot be read the first time (a service must not start on no
     *                               calendar)
     */
    public static LiveCalendars from(String location) {
        String where = Objects.requireNonNullElse(location, "").trim();
        if (where.isEmpty()) {
            return new LiveCalendars("the bundled copy", BankHolidays::bundled);
        }
        if (where.startsWith("https://") || where.startsWith("http://")) {
            URI feed = URI.create(where);
            return new LiveCalendars(where, () -> BankHolidays.fetch(feed));
        }
        Path file = Path.of(where);
        return new LiveCalendars(where, () -> BankHolidays.load(file));
    }

    /**
     * Reads the source again.
     *
     * @return the new version if the holidays changed, empty if they did not
     * @throws CalendarDataException if the source cannot be read now; the holidays in use stay as they were
     */
    public Optional<String> refresh() {
        BankHolidays fresh = source.get();
        if (fresh.version().equals(holidays.get().version())) {
            return Optional.empty();
        }
        swap(fresh);
        return Optional.of(fresh.version());
    }

    /** @return the holidays in use */
    public BankHolidays bankHolidays() {
        return holidays.get();
    }

    /** @return where the holidays are read from */
    public String location() {
        return location;
    }

    @Override
    public WorkingDayCalendar forRegime(Regime regime, Division nation) {
        return calendars.get().forRegime(regime, nation);
    }

    @Override
    public String version() {
        return calendars.get().version();
    }

    private synchronized void swap(BankHolidays fresh) {
        calendars.set(UkCalendars.of(fresh));
        holidays.set(fresh);
    }
}
