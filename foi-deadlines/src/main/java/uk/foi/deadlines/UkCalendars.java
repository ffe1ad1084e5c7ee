package uk.foi.deadlines;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import uk.foi.deadlines.calendar.BankHoliday;
import uk.foi.deadlines.calendar.BankHolidayRules;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.deadlines.calendar.Division;
import uk.foi.deadlines.calendar.NonWorkingDay;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * The UK regimes' working-day calendars, built from one set of {@link BankHolidays}. Immutable.
 *
 * <ul>
 *   <li><b>FOIA and EIR</b>: a working day is any day but a Saturday, a Sunday, Christmas Day, Good Friday or a bank
 *       holiday in <em>any</em> part of the UK (FOIA s10(6); EIR reg 2(1) takes the same meaning). So 2 January, St
 *       Andrew's Day, the Scottish August Monday, 17 March and 12 July are non-working days for an English authority
 *       too (ICO line to take LTT47).</li>
 *   <li><b>FOISA and EISR</b>: any day but a Saturday, a Sunday, Christmas Day or a Scottish bank holiday (FOISA s73;
 *       EISR reg 2(1)). Easter Monday, 17 March, 12 July and the last Monday of August are working days.</li>
 *   <li><b>Subject access</b>: the bank holidays of the authority's own division, as the ICO applies Art 12(3).</li>
 * </ul>
 *
 * <p>Years after the data are projected by {@link BankHolidayRules} for {@value #PROJECTION_YEARS} years and marked
 * provisional; office closures and local holidays are never non-working days.
 */
public final class UkCalendars implements Calendars {

    /** How many years beyond the data the calendars project by rule. */
    public static final int PROJECTION_YEARS = 10;

    private final BankHolidays bankHolidays;
    private final WorkingDayCalendar unitedKingdom;
    private final WorkingDayCalendar scotland;
    private final Map<Division, WorkingDayCalendar> subjectAccess = new EnumMap<>(Division.class);

    private UkCalendars(BankHolidays bankHolidays) {
        this.bankHolidays = bankHolidays;
        LocalDate first = LocalDate.of(bankHolidays.firstYear(), Month.JANUARY, 1);
        LocalDate last = LocalDate.of(bankHolidays.lastYear() + PROJECTION_YEARS, Month.DECEMBER, 31);
        int projectedFrom = bankHolidays.lastYear() + 1;
        OptionalInt provisionalFrom = OptionalInt.of(bankHolidays.provisionalFromYear().orElse(projectedFrom));
        Map<Division, List<BankHoliday>> byDivision = new EnumMap<>(Division.class);
        for (Division division : Division.values()) {
            List<BankHoliday> days = new ArrayList<>(bankHolidays.of(division));
            int dataLast = days.get(days.size() - 1).date().getYear();
            for (int year = dataLast + 1; year <= last.getYear(); year++) {
                days.addAll(BankHolidayRules.forYear(division, year));
            }
            byDivision.put(division, days);
        }
        String source = " [" + bankHolidays.source() + "]";
        this.unitedKingdom = WorkingDayCalendar.of(
                "UK-wide working days (FOIA s10(6), EIR reg 2(1)): bank holidays anywhere in the UK, Christmas Day,"
                        + " Good Friday" + source,
                first, last, merge(byDivision, EnumSet.allOf(Division.class), true, true, first, last),
                provisionalFrom);
        this.scotland = WorkingDayCalendar.of(
                "Scottish working days (FOISA s73, EISR reg 2(1)): Scottish bank holidays and Christmas Day" + source,
                first, last, merge(byDivision, EnumSet.of(Division.SCOTLAND), true, false, first, last),
                provisionalFrom);
        for (Division division : Division.values()) {
            subjectAccess.put(division, WorkingDayCalendar.of(
                    "Working days in " + division.feedKey() + " (UK GDPR Art 12(3), ICO practice)" + source,
                    first, last, merge(byDivision, EnumSet.of(division), false, false, first, last),
                    provisionalFrom));
        }
    }

    /**
     * The calendars from the holidays bundled with this release.
     *
     * @return the calendars
     */
    public static UkCalendars bundled() {
        return of(BankHolidays.bundled());
    }

    /**
     * The calendars from a given set of holidays (a newer file, or GOV.UK's feed).
     *
     * @param bankHolidays the holidays; not null
     * @return the calendars
     */
    public static UkCalendars of(BankHolidays bankHolidays) {
        return new UkCalendars(Objects.requireNonNull(bankHolidays, "bankHolidays"));
    }

    @Override
    public WorkingDayCalendar forRegime(Regime regime, Division nation) {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(nation, "nation");
        return switch (regime) {
            case FOIA, EIR -> unitedKingdom;
            case FOISA, EISR -> scotland;
            case SAR -> subjectAccess.get(nation);
        };
    }

    /** @return the holidays these calendars were built from */
    public BankHolidays bankHolidays() {
        return bankHolidays;
    }

    @Override
    public String version() {
        return bankHolidays.version();
    }

    private static List<NonWorkingDay> merge(Map<Division, List<BankHoliday>> byDivision, Set<Division> divisions,
            boolean christmasDay, boolean goodFriday, LocalDate first, LocalDate last) {
        Map<LocalDate, Merged> merged = new TreeMap<>();
        for (Division division : divisions) {
            for (BankHoliday day : byDivision.get(division)) {
                merged.computeIfAbsent(day.date(), d -> new Merged()).add(day);
            }
        }
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            if (christmasDay) {
                merged.computeIfAbsent(LocalDate.of(year, Month.DECEMBER, 25), d -> new Merged())
                        .named("Christmas Day");
            }
            if (goodFriday) {
                merged.computeIfAbsent(BankHolidayRules.easterSunday(year).minusDays(2), d -> new Merged())
                        .named("Good Friday");
            }
        }
        List<NonWorkingDay> days = new ArrayList<>();
        merged.forEach((date, m) -> days.add(m.toNonWorkingDay(date)));
        return days;
    }

    /** Collects what each division and the statute say of one date. */
    private static final class Merged {
        private final Set<String> titles = new LinkedHashSet<>();
        private final Set<Division> divisions = EnumSet.noneOf(Division.class);
        private boolean namedInStatute;
        private boolean anyPublished;

        void add(BankHoliday day) {
            titles.add(day.title());
            divisions.add(day.division());
            anyPublished |= !day.provisional();
        }

        void named(String title) {
            titles.add(title);
            namedInStatute = true;
        }

        NonWorkingDay toNonWorkingDay(LocalDate date) {
            boolean provisional = !anyPublished && !namedInStatute;
            return new NonWorkingDay(date, String.join(" / ", titles), divisions, namedInStatute, provisional);
        }
    }
}
