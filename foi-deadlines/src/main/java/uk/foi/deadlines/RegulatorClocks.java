package uk.foi.deadlines;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * The clocks after the Commissioner's decision notice: the appeal against it and the steps it requires.
 *
 * <table>
 *   <caption>After a decision notice</caption>
 *   <tr><th></th><th>appeal (either side)</th><th>steps the notice requires</th></tr>
 *   <tr><td>FOIA, EIR</td><td>to the First-tier Tribunal (GRC), FOIA s57 (EIR reg 18 applies it): the notice of
 *       appeal must be received within 28 days of the day the decision notice was sent (Tribunal Procedure
 *       (First-tier Tribunal) (General Regulatory Chamber) Rules 2009, SI 2009/1976, rule 22(1)(b)); a time ending on
 *       a day that is not a working day ends on the next working day (rule 12(2))</td><td>by the end of the period
 *       the notice specifies (FOIA s50(4)); that period cannot end before the appeal period does, and steps an appeal
 *       affects wait for its outcome (s50(6))</td></tr>
 *   <tr><td>FOISA, EISR</td><td>to the Court of Session on a point of law, FOISA s56 (EISR reg 17 applies it):
 *       FOISA prescribes no period, so the appeal must be lodged within 42 days after the decision was intimated
 *       (Rules of the Court of Session 1994, rule 41.20(1)(b)); not moved for weekends or holidays</td><td>by the
 *       date the notice specifies (FOISA s49(6)(b)), not before the appeal period ends; an appeal suspends the steps
 *       it affects (FOISA s49(7), <i>verify</i>)</td></tr>
 * </table>
 *
 * <p>What this relies on: rule 22(1)(b) of SI 2009/1976 as in force since 2010 and rule 41.20(1)(b) of the Rules of
 * the Court of Session as published by the Scottish Courts, both read on 26 November 2026. Which part of the UK's bank
 * holidays count for rule 12(2) is not said by the rules; those of the authority's part of the UK are used. The steps' date is
 * always the one the notice gives: staff record it, and this class never guesses it.
 */
final class RegulatorClocks {

    private static final URI FOIA_57 = URI.create("https://www.legislation.gov.uk/ukpga/2000/36/section/57");
    private static final URI EIR_18 = URI.create("https://www.legislation.gov.uk/uksi/2004/3391/regulation/18");
    private static final URI FOISA_56 = URI.create("https://www.legislation.gov.uk/asp/2002/13/section/56");
    private static final URI FOIA_50 = URI.create("https://www.legislation.gov.uk/ukpga/2000/36/section/50");
    private static final URI FOISA_49 = URI.create("https://www.legislation.gov.uk/asp/2002/13/section/49");

    private RegulatorClocks() {
    }

    /**
     * The last day to appeal a decision notice served on a day.
     *
     * @param profile  the request's profile
     * @param servedOn the day the notice was sent
     * @param calendar the regime's calendar
     * @return the deadline
     */
    static Deadline appeal(ClockProfile profile, LocalDate servedOn, WorkingDayCalendar calendar) {
        List<String> steps = new ArrayList<>();
        steps.add("Decision notice sent " + Explanation.day(servedOn) + ".");
        String rule;
        URI source;
        LocalDate due;
        if (profile.regime().isScottish()) {
            due = servedOn.plusDays(42);
            rule = "FOISA s56: appeal to the Court of Session on a point of law, lodged within 42 days after the"
                    + " decision was intimated (Rules of the Court of Session, rule 41.20(1)(b))";
            source = FOISA_56;
            steps.add("42 days after it: " + Explanation.day(due) + " (calendar days, not moved for weekends or"
                    + " holidays).");
        } else {
            LocalDate nominal = servedOn.plusDays(28);
            due = calendar.workingDayOnOrAfter(nominal);
            rule = (profile.regime() == Regime.FOIA ? "FOIA s57" : "EIR reg 18 (applying FOIA s57)")
                    + ": appeal to the First-tier Tribunal, the notice of appeal received within 28 days of the day the"
                    + " decision notice was sent (GRC Rules 2009, rule 22(1)(b))";
            source = profile.regime() == Regime.FOIA ? FOIA_57 : EIR_18;
            steps.add("28 days after it: " + Explanation.day(nominal) + ".");
            if (!due.equals(nominal)) {
                steps.add("That is not a working day, so the time ends on the next working day, "
                        + Explanation.day(due) + " (GRC Rules 2009, rule 12(2)).");
            }
        }
        steps.add("Either side may appeal: the requester, or the authority.");
        Explanation explanation = new Explanation(rule, source, steps, calendar.holidaysSkipped(servedOn.plusDays(1),
                due), List.of(), calendar.version());
        return new Deadline(DeadlineKind.APPEAL, due, Basis.STATUTE, calendar.isProvisional(due), false,
                explanation);
    }

    /**
     * When the steps a decision notice requires are due: the date the notice gives.
     *
     * @param profile   the request's profile
     * @param servedOn  the day the notice was sent
     * @param stepsBy   the date the notice gives
     * @param appealDue the last day to appeal it
     * @param calendar  the regime's calendar
     * @return the deadline
     */
    static Deadline steps(ClockProfile profile, LocalDate servedOn, LocalDate stepsBy, LocalDate appealDue,
            WorkingDayCalendar calendar) {
        boolean scottish = profile.regime().isScottish();
        String rule = scottish
                ? (profile.regime() == Regime.EISR ? "EISR reg 17 applying " : "") + "FOISA s49(6)(b): take the steps the Commissioner's decision requires by the date it specifies"
                : "FOIA s50(4): take the steps the decision notice requires within the period it specifies";
        List<String> steps = new ArrayList<>();
        steps.add("Decision notice sent " + Explanation.day(servedOn) + "; it requires steps by "
                + Explanation.day(stepsBy) + ".");
        steps.add("If an appeal is brought, the steps it affects wait until it is decided or withdrawn ("
                + (scottish ? "FOISA s49(7)" : "FOIA s50(6)") + ").");
        List<String> warnings = new ArrayList<>();
        if (stepsBy.isBefore(appealDue)) {
            warnings.add("A decision notice cannot require steps before the time to appeal it ends ("
                    + Explanation.day(appealDue) + "): check the date recorded against the notice.");
        }
        Explanation explanation = new Explanation(rule, scottish ? FOISA_49 : FOIA_50, steps, List.of(), warnings,
                calendar.version());
        return new Deadline(DeadlineKind.DECISION_NOTICE_STEPS, stepsBy, Basis.STATUTE,
                calendar.isProvisional(stepsBy), false, explanation);
    }
}
