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
    /** The holidays in use and the calendars built from them, swapped together. */
    private final AtomicReference<InUse> inUse;

    private record InUse(BankHolidays holidays, UkCalendars calendars) {
        InUse(BankHolidays holidays) {
            this(holidays, UkCalendars.of(holidays));
        }
    }

    private LiveCalendars(String location, Supplier<BankHolidays> source) {
        this.location = location;
        this.source = source;
        this.inUse = new AtomicReference<>(new InUse(source.get()));
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
        if (fresh.version().equals(version())) {
            return Optional.empty();
        }
        inUse.set(new InUse(fresh));
        return Optional.of(fresh.version());
    }

    /** @return the holidays in use */
    public BankHolidays bankHolidays() {
        return inUse.get().holidays();
    }

    /** @return where the holidays are read from */
    public String location() {
        return location;
    }

    @Override
    public WorkingDayCalendar forRegime(Regime regime, Division nation) {
        return inUse.get().calendars().forRegime(regime, nation);
    }

    @Override
    public String version() {
        return inUse.get().calendars().version();
    }
}
