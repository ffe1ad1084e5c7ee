package uk.foi.deadlines.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The standing pattern of bank holidays in each division, used to project years that the published data does not
 * cover yet. Projected days are {@linkplain BankHoliday#provisional() provisional}: one-off days (a jubilee, a state
 * funeral, a coronation, Scotland's 2026-06-15) are proclaimed at a few months' notice and cannot be foreseen.
 *
 * <p>Sources: Banking and Financial Dealings Act 1971, Schedule 1
 * (<a href="https://www.legislation.gov.uk/ukpga/1971/80/schedule/1">legislation.gov.uk</a>), with the days added by
 * annual Royal Proclamation as they have been for decades (New Year's Day, the early May and spring Mondays, and in
 * Northern Ireland 12 July), and the substitute-day practice that GOV.UK's feed shows: a fixed-date holiday falling
 * at a weekend moves to the next weekday not already a holiday. The test {@code BankHolidayRulesTest} checks these
 * rules reproduce every published year 2012–2028 apart from the known one-off and moved days.
 */
public final class BankHolidayRules {

    private BankHolidayRules() {
    }

    /**
     * Projects the bank holidays of one division in one year by the standing rules.
     *
     * @param division the division; not null
     * @param year     the year, 1900 to 2199
     * @return the holidays in date order, each marked provisional; never null
     * @throws IllegalArgumentException if the year is out of range
     */
    public static List<BankHoliday> forYear(Division division, int year) {
        Objects.requireNonNull(division, "division");
        if (year < 1900 || year > 2199) {
            throw new IllegalArgumentException("year out of range 1900-2199: " + year);
        }
        Map<LocalDate, String> movable = new LinkedHashMap<>();
        LocalDate easter = easterSunday(year);
        movable.put(easter.minusDays(2), "Good Friday");
        if (division != Division.SCOTLAND) {
            movable.put(easter.plusDays(1), "Easter Monday");
        }
        movable.put(firstMonday(year, Month.MAY), "Early May bank holiday");
        movable.put(lastMonday(year, Month.MAY), "Spring bank holiday");
        if (division == Division.SCOTLAND) {
            movable.put(firstMonday(year, Month.AUGUST), "Summer bank holiday");
            movable.put(nextMondayIfWeekend(LocalDate.of(year, Month.NOVEMBER, 30)), "St Andrew’s Day");
        } else {
            movable.put(lastMonday(year, Month.AUGUST), "Summer bank holiday");
        }
        if (division == Division.NORTHERN_IRELAND) {
            movable.put(nextMondayIfWeekend(LocalDate.of(year, Month.MARCH, 17)), "St Patrick’s Day");
            movable.put(nextMondayIfWeekend(LocalDate.of(year, Month.JULY, 12)), "Battle of the Boyne (Orangemen’s Day)");
        }

        List<BankHoliday> days = new ArrayList<>();
        movable.forEach((date, title) -> days.add(new BankHoliday(date, title, division, true)));
        List<Map.Entry<LocalDate, String>> newYear = new ArrayList<>();
        newYear.add(Map.entry(LocalDate.of(year, Month.JANUARY, 1), "New Year’s Day"));
        if (division == Division.SCOTLAND) {
            newYear.add(Map.entry(LocalDate.of(year, Month.JANUARY, 2), "2nd January"));
        }
        addWithSubstitutes(newYear, division, days);
        addWithSubstitutes(List.of(
                Map.entry(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day"),
                Map.entry(LocalDate.of(year, Month.DECEMBER, 26), "Boxing Day")), division, days);
        days.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(days);
    }

    /**
     * Easter Sunday in the Gregorian calendar (the anonymous Gregorian, or Meeus/Jones/Butcher, algorithm).
     *
     * @param year the year
     * @return the date of Easter Sunday
     */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * Adds consecutive fixed-date holidays, moving any that fall at a weekend to the next weekday that is not
     * already one of them (so Christmas on a Saturday gives Monday 27th and Tuesday 28th).
     */
    private static void addWithSubstitutes(List<Map.Entry<LocalDate, String>> fixed, Division division,
            List<BankHoliday> out) {
        Set<LocalDate> taken = new HashSet<>();
        for (Map.Entry<LocalDate, String> day : fixed) {
            if (!isWeekend(day.getKey())) {
                taken.add(day.getKey());
                out.add(new BankHoliday(day.getKey(), day.getValue(), division, true));
            }
        }
        for (Map.Entry<LocalDate, String> day : fixed) {
            if (isWeekend(day.getKey())) {
                LocalDate substitute = day.getKey();
                while (isWeekend(substitute) || taken.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                taken.add(substitute);
                out.add(new BankHoliday(substitute, day.getValue(), division, true));
            }
        }
    }

    private static LocalDate nextMondayIfWeekend(LocalDate date) {
        return isWeekend(date) ? date.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : date;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
