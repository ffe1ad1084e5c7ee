package uk.foi.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts the time for compliance from the date of receipt, leaving out the working days of every pause, and for a
 * school counts school days capped by working days (SI 2004/3364 reg 3: "whichever occurs first"). Not a statutory
 * rule itself but the arithmetic the rules before it set up.
 */
final class CountTheWorkingDays implements ResponseRule {

    @Override
    public void apply(ResponseWorking w) {
        if (w.schoolDays.isPresent()) {
            countSchool(w);
        } else {
            w.due = plusSkipping(w, w.dateOfReceipt, w.limit.count(), w.stops, true);
        }
    }

    private static void countSchool(ResponseWorking w) {
        SchoolDays terms = w.schoolDays.orElseThrow();
        LocalDate cap = plusSkipping(w, w.dateOfReceipt, w.schoolCap.count(), w.stops, false);
        int counted = 0;
        LocalDate day = w.dateOfReceipt;
        LocalDate twentieth = null;
        while (day.isBefore(cap)) {
            day = day.plusDays(1);
            LocalDate d = day;
            boolean stopped = w.stops.stream().anyMatch(s -> !d.isBefore(s.from()) && !d.isAfter(s.to()));
            if (!stopped && terms.isSchoolDay(day, w.calendar.isWorkingDay(day))) {
                if (++counted == w.limit.count()) {
                    twentieth = day;
                    break;
                }
            }
        }
        if (twentieth == null && cap.isAfter(terms.coveredUntil())) {
            throw new IllegalArgumentException("the school's term dates end " + terms.coveredUntil()
                    + ", before the 60th working day " + cap + ": add the following terms to tell whether the 20th"
                    + " school day comes first");
        }
        if (twentieth != null) {
            w.due = twentieth;
            w.step("The 20th school day is " + Explanation.day(twentieth) + ", before the 60th working day "
                    + Explanation.day(cap) + ".");
        } else {
            w.due = cap;
            w.step("Only " + counted + " school days fall before the 60th working day " + Explanation.day(cap)
                    + ", which therefore applies.");
        }
    }

    /** The n-th working day after start, leaving out the working days inside each stop. */
    private static LocalDate plusSkipping(ResponseWorking w, LocalDate start, int n, List<ResponseWorking.Stop> stops,
            boolean explain) {
        LocalDate cursor = start;
        int remaining = n;
        for (ResponseWorking.Stop stop : stops) {
            if (!stop.from().isAfter(cursor)) {
                if (stop.to().isAfter(cursor)) {
                    cursor = stop.to();
                }
                if (explain) {
                    w.step(stop.why() + ": the clock had not started counting; it starts after "
                            + Explanation.day(cursor) + ".");
                }
                continue;
            }
            int before = w.calendar.workingDaysBetween(cursor, stop.from().minusDays(1));
            if (before >= remaining) {
                if (explain) {
                    w.warn(stop.why() + ": the notice came after the time for compliance ended, so it stops nothing.");
                }
                break;
            }
            int disregarded = w.calendar.workingDaysBetween(stop.from().minusDays(1), stop.to());
            remaining -= before;
            cursor = stop.to();
            if (explain) {
                w.step(stop.why() + ": " + before + " working days had run; the " + disregarded
                        + " working days from notice to payment, both included, are disregarded; " + remaining
                        + " remain after " + Explanation.day(cursor) + ".");
            }
        }
        return w.calendar.plusWorkingDays(cursor, remaining);
    }
}
