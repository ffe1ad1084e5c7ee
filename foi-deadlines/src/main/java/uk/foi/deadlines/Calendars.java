package uk.foi.deadlines;

import uk.foi.deadlines.calendar.Division;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * Where the working-day calendar for a regime comes from (a port: the bundled data, a loaded file, or a service that
 * refreshes from GOV.UK).
 */
public interface Calendars {

    /**
     * The calendar whose working days a regime counts.
     *
     * @param regime the regime; not null
     * @param nation the authority's division; used only where the regime depends on it (subject access); not null
     * @return the calendar, never null
     */
    WorkingDayCalendar forRegime(Regime regime, Division nation);

    /**
     * The working days of one part of the UK: weekends and that division's bank holidays as GOV.UK lists them (which
     * include Christmas Day and Good Friday). For rules that count one place's working days rather than a regime's,
     * such as the First-tier Tribunal's rule 12(2).
     *
     * @param nation the division; not null
     * @return the calendar, never null
     */
    default WorkingDayCalendar ofDivision(Division nation) {
        return forRegime(Regime.SAR, nation);
    }

    /**
     * A version covering every calendar this source gives, so that dependents know when to recompute.
     *
     * @return the version, never null
     */
    String version();
}
