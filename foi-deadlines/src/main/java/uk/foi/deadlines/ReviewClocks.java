package uk.foi.deadlines;

import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * The clocks after a response: the requester's window to ask for an internal review, the authority's time to
 * complete it, and the window to complain to the regulator.
 *
 * <table>
 *   <caption>Limits per regime (wd = working days)</caption>
 *   <tr><th></th><th>ask for review</th><th>complete review</th><th>regulator</th></tr>
 *   <tr><td>FOIA</td><td>40 wd, practice (s45 Code 2018 part 5)</td><td>20 wd target, 40 wd at most, practice
 *       (Code part 5)</td><td>six weeks, ICO policy</td></tr>
 *   <tr><td>EIR</td><td>40 wd, statute (reg 11(2))</td><td>40 wd, statute (reg 11(4))</td><td>six weeks, ICO
 *       policy</td></tr>
 *   <tr><td>FOISA</td><td>40 wd, statute (s20(5)): from the expiry of the time for compliance if the response came
 *       within it, from the response if it came late</td><td>20 wd, statute (s21(1))</td><td>six months, statute
 *       (s47(4)(a))</td></tr>
 *   <tr><td>EISR</td><td>40 wd, statute (reg 16(2))</td><td>20 wd, statute (reg 16(4))</td><td>six months, statute
 *       (reg 17, applying FOISA s47)</td></tr>
 * </table>
 *
 * <p>An {@link AuthorityPolicy} may give the requester a <em>longer</em> window than a statute does, never a shorter
 * one. Where a statute limits the review (EIR reg 11(4), FOISA s21(1), EISR reg 16(4)) the {@code REVIEW} deadline
 * is that statutory limit: an authority's shorter aim is its own target ({@link #reviewTarget}), shown in the working
 * but never in place of the date the law sets, and there is no separate practice maximum. Under FOIA, where all three
 * are practice (the s45 Code), the policy applies: the target is the review date and the maximum is its own deadline.
 *
 * <p>What this relies on: EIR reg 11(2) and 11(4) as published on legislation.gov.uk; FOISA s20(5) as the Act gives
 * it (the 40 working days run from the expiry of the time for compliance, or from the late response); FOISA s21(1)
 * and s47(4)(a). EISR reg 16(2) is read as running from the decision the requester received, and reg 16(4) as 20
 * working days; both remain marked <i>verify</i> in {@code docs/deadlines.md} until checked against the SSI's text.
 */
final class ReviewClocks {

    private static final URI CODE = URI.create(
            "https://www.gov.uk/government/publications/freedom-of-information-code-of-practice");
    private static final URI EIR_11 = URI.create("https://www.legislation.gov.uk/uksi/2004/3391/regulation/11");
    private static final URI FOISA_20 = URI.create("https://www.legislation.gov.uk/asp/2002/13/section/20");
    private static final URI FOISA_21 = URI.create("https://www.legislation.gov.uk/asp/2002/13/section/21");
    private static final URI FOISA_47 = URI.create("https://www.legislation.gov.uk/asp/2002/13/section/47");
    private static final URI EISR_16 = URI.create("https://www.legislation.gov.uk/ssi/2004/520/regulation/16");
    private static final URI ICO_COMPLAINTS = URI.create("https://ico.org.uk/make-a-complaint/");

    private ReviewClocks() {
    }

    /** A statutory limit with its citation, or none. */
    private record Statutory(int days, String rule, URI source) {
    }

    /**
     * The requester's window to ask for an internal review. Under FOISA s20(5) it runs from the expiry of the time
     * for compliance when the response came within it (so an early response does not shorten it), and from the
     * response when it came late; under the other regimes it runs from the response.
     *
     * @param profile        the request's profile
     * @param responseOn     the day the response was sent
     * @param complianceDue  the last day of the time for compliance, if known
     * @param calendar       the regime's calendar
     * @return the window's last day
     */
    static Deadline reviewRequestWindow(ClockProfile profile, LocalDate responseOn, Optional<LocalDate> complianceDue,
            WorkingDayCalendar calendar) {
        if (profile.regime() == Regime.FOISA && complianceDue.isPresent()
                && complianceDue.get().isAfter(responseOn)) {
            Deadline fromExpiry = reviewRequestWindow(profile, complianceDue.get(), calendar, "The time for"
                    + " compliance expired");
            List<String> steps = new ArrayList<>();
            steps.add("Response sent " + Explanation.day(responseOn) + ", within the time for compliance, which"
                    + " expired " + Explanation.day(complianceDue.get()) + ": FOISA s20(5)(a) counts from that"
                    + " expiry.");
            steps.addAll(fromExpiry.explanation().steps());
            return fromExpiry.withSteps(steps);
        }
        if (profile.regime() == Regime.FOISA && complianceDue.isEmpty()) {
            Deadline fromResponse = reviewRequestWindow(profile, responseOn, calendar, "Response sent");
            List<String> steps = new ArrayList<>(fromResponse.explanation().steps());
            steps.add("Assumed: the response came after the time for compliance, so FOISA s20(5)(b) counts from it."
                    + " If it came on time, the window runs 40 working days from the expiry of that time instead.");
            return fromResponse.withSteps(steps);
        }
        String what = profile.regime() == Regime.FOISA ? "Response sent after the time for compliance (expired "
                + Explanation.day(complianceDue.orElseThrow()) + "), so FOISA s20(5)(b) counts from it:"
                + " response sent" : "Response sent";
        return reviewRequestWindow(profile, responseOn, calendar, what);
    }

    static Deadline reviewRequestWindow(ClockProfile profile, LocalDate responseOn, WorkingDayCalendar calendar) {
        return reviewRequestWindow(profile, responseOn, Optional.empty(), calendar);
    }

    private static Deadline reviewRequestWindow(ClockProfile profile, LocalDate from, WorkingDayCalendar calendar,
            String what) {
        Statutory statute = switch (profile.regime()) {
            case EIR -> new Statutory(40, "EIR reg 11(2): representations within 40 working days", EIR_11);
            case FOISA -> new Statutory(40, "FOISA s20(5): requirement for review within 40 working days", FOISA_20);
            case EISR -> new Statutory(40, "EISR reg 16(2): representations within 40 working days", EISR_16);
            default -> null;
        };
        WorkingDays policy = profile.policy().reviewRequestWindow();
        return windowAfter(DeadlineKind.REVIEW_REQUEST_WINDOW, what, from, calendar, policy,
                statute, true, 40, "s45 Code of Practice (2018) part 5: ask for an internal review within 40 working"
                        + " days of the response");
    }

    /**
     * When the review is due: the statutory limit where there is one, with the authority's shorter target in the
     * working; under FOIA the authority's target (s45 Code part 5).
     */
    static Deadline reviewDue(ClockProfile profile, LocalDate requestedOn, WorkingDayCalendar calendar) {
        Statutory statute = reviewStatute(profile.regime());
        if (statute == null) {
            return reviewTarget(profile, requestedOn, calendar);
        }
        Deadline limit = windowAfter(DeadlineKind.REVIEW, "Review requested", requestedOn, calendar,
                WorkingDays.of(statute.days()), statute, false, statute.days(), statute.rule());
        WorkingDays target = profile.policy().reviewTarget();
        if (target.count() >= statute.days()) {
            return limit;
        }
        List<String> steps = new ArrayList<>(limit.explanation().steps());
        steps.add("The authority aims to finish sooner, within " + target.count() + " working days ("
                + Explanation.day(calendar.plusWorkingDays(requestedOn, target.count())) + "); that is its target,"
                + " not the limit.");
        return limit.withSteps(steps);
    }

    /**
     * The authority's own aim for the review: its policy target, never beyond a statutory limit.
     *
     * @param profile     the request's profile
     * @param requestedOn the day the review was requested
     * @param calendar    the regime's calendar
     * @return the target
     */
    static Deadline reviewTarget(ClockProfile profile, LocalDate requestedOn, WorkingDayCalendar calendar) {
        return windowAfter(DeadlineKind.REVIEW, "Review requested", requestedOn, calendar,
                profile.policy().reviewTarget(), reviewStatute(profile.regime()), false, 20,
                "s45 Code of Practice (2018) part 5: complete an internal review within 20 working days");
    }

    /** @return the working days a statute allows for the internal review, if one does */
    static java.util.OptionalInt reviewLimit(Regime regime) {
        Statutory statute = reviewStatute(regime);
        return statute == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(statute.days());
    }

    /** @return true where a statute limits the internal review, so there is no separate practice maximum */
    static boolean reviewIsStatutory(Regime regime) {
        return reviewStatute(regime) != null;
    }

    static Deadline reviewMaximum(ClockProfile profile, LocalDate requestedOn, WorkingDayCalendar calendar) {
        return windowAfter(DeadlineKind.REVIEW_MAXIMUM, "Review requested", requestedOn, calendar,
                profile.policy().reviewMaximum(), reviewStatute(profile.regime()), false, 40,
                "s45 Code of Practice (2018) part 5: an internal review should take no more than 40 working days");
    }

    static Deadline regulatorComplaint(ClockProfile profile, LocalDate finalResponseOn, WorkingDayCalendar calendar) {
        List<String> steps = new ArrayList<>();
        steps.add("Final response sent " + Explanation.day(finalResponseOn) + ".");
        Period window;
        String rule;
        URI source;
        Basis basis;
        if (profile.regime().isScottish()) {
            window = Period.ofMonths(6);
            rule = "FOISA s47(4)(a): apply to the Scottish Information Commissioner within six months";
            source = FOISA_47;
            basis = Basis.STATUTE;
        } else {
            window = profile.policy().regulatorWindow();
            rule = "ICO complaints policy: complain within six weeks of the final response";
            source = ICO_COMPLAINTS;
            basis = window.equals(Period.ofWeeks(6)) ? Basis.PRACTICE : Basis.AUTHORITY_POLICY;
            if (basis == Basis.AUTHORITY_POLICY) {
                rule = "Authority policy: complain to the ICO within " + window + " of the final response";
            }
        }
        LocalDate due = finalResponseOn.plus(window);
        steps.add("Calendar period " + window + " after it: " + Explanation.day(due) + " (not adjusted for"
                + " weekends or holidays).");
        Explanation explanation = new Explanation(rule, source, steps, List.of(), List.of(), calendar.version());
        return new Deadline(DeadlineKind.REGULATOR_COMPLAINT, due, basis, calendar.isProvisional(due), false,
                explanation);
    }

    private static Statutory reviewStatute(Regime regime) {
        return switch (regime) {
            case EIR -> new Statutory(40, "EIR reg 11(4): decide within 40 working days of the representations",
                    EIR_11);
            case FOISA -> new Statutory(20, "FOISA s21(1): respond to a requirement for review by the 20th working"
                    + " day after receipt", FOISA_21);
            case EISR -> new Statutory(20, "EISR reg 16(4): decide within 20 working days of the representations",
                    EISR_16);
            default -> null;
        };
    }

    /**
     * The {@code n}th working day after an event, n from the policy, bounded by a statute if any: for the requester's
     * window the statute is a floor (the policy may be more generous), for the authority's it is a ceiling.
     */
    private static Deadline windowAfter(DeadlineKind kind, String what, LocalDate from, WorkingDayCalendar calendar,
            WorkingDays policy, Statutory statute, boolean statuteIsFloor, int practiceDays, String practiceRule) {
        List<String> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        steps.add(what + " " + Explanation.day(from) + "; day 1 is " + Explanation.day(calendar.plusWorkingDays(from, 1))
                + ".");
        int days;
        String rule;
        URI source;
        Basis basis;
        if (statute == null) {
            days = policy.count();
            source = CODE;
            basis = days == practiceDays ? Basis.PRACTICE : Basis.AUTHORITY_POLICY;
            rule = basis == Basis.PRACTICE ? practiceRule
                    : "Authority policy: " + days + " working days (the Code's practice: " + practiceRule + ")";
        } else {
            boolean policyWins = statuteIsFloor ? policy.count() > statute.days() : policy.count() < statute.days();
            days = policyWins ? policy.count() : statute.days();
            rule = policyWins ? "Authority policy: " + days + " working days, within " + statute.rule() : statute.rule();
            source = statute.source();
            basis = policyWins ? Basis.AUTHORITY_POLICY : Basis.STATUTE;
            if (!policyWins && policy.count() != statute.days()) {
                warnings.add("The authority's policy of " + policy.count() + " working days cannot override "
                        + statute.rule() + "; the statutory limit applies.");
            }
        }
        LocalDate due = calendar.plusWorkingDays(from, days);
        steps.add(days + " working days: " + Explanation.day(due) + ".");
        Explanation explanation = new Explanation(rule, source, steps, calendar.holidaysSkipped(from.plusDays(1), due),
                warnings, calendar.version());
        return new Deadline(kind, due, basis, calendar.isProvisional(due), false, explanation);
    }
}
