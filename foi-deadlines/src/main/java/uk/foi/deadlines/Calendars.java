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
     * A version covering every calendar this source gives, so that dependents know when to recompute.
     *
     * @return the version, never null
     */
    String version();
}
