package uk.foi.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import uk.foi.deadlines.DeadlineStatus.State;
import uk.foi.deadlines.calendar.WorkingDayCalendar;

/**
 * Computes a request's deadlines from its {@link RequestTimeline}, with the working for each. Stateless and
 * thread-safe; the calendars come from a {@link Calendars} port, "today" from a {@link Clock} in UK time.
 *
 * <p>The response date is computed by the {@link #RESPONSE_RULES} in order, each a named statutory rule citing its
 * section. Subject access follows UK GDPR Art 12(3) instead. After a response come the review and complaint clocks of
 * {@link ReviewClocks}; while the requester owes clarification or a fee, the lapse dates of {@link Lapses}.
 */
public final class StatutoryClock {

    /** UK civil time: a request arriving at 23:30 on a Friday in London was received on the Friday. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** The response-date rules, in the order they apply. */
    static final List<ResponseRule> RESPONSE_RULES = List.of(
            new ClarificationRestartsTheClock(),
            new DayOneFollowsTheDateOfReceipt(),
            new TimeForCompliance(),
            new ComplexAndVoluminousRequestsGetFortyDays(),
            new FeesNoticePausesTheClock(),
            new CountTheWorkingDays(),
            new PitExtensionIsCappedByTheCode());

    private final Calendars calendars;

    /**
     * Creates the clock.
     *
     * @param calendars where the working-day calendars come from; not null
     */
    public StatutoryClock(Calendars calendars) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
    }

    /**
     * The calendar a profile counts on.
     *
     * @param profile the profile; not null
     * @return the calendar
     */
    public WorkingDayCalendar calendarFor(ClockProfile profile) {
        return calendars.forRegime(profile.regime(), profile.nation());
    }

    /**
     * The response date as things stand on a day. While the clock is paused (awaiting clarification or a fee) it is
     * the date that would apply if the wait ended that day.
     *
     * @param timeline the request; not null
     * @param today    the day to assess on; not null
     * @return the deadline with its working
     * @throws IllegalArgumentException     if a school's term dates do not reach far enough to decide
     * @throws java.time.DateTimeException if a date falls outside the calendar's range
     */
    public Deadline responseDue(RequestTimeline timeline, LocalDate today) {
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(today, "today");
        return eachLaw(timeline, t -> Optional.of(singleResponseDue(t, today))).orElseThrow();
    }

    /**
     * Whether {@link #responseDue} moves with the day it is assessed on: while the authority awaits a clarification
     * (FOIA s1(3), the count restarts when it comes) or a fee (FOIA s10(2), the clock pauses until it is paid), the
     * date given is the one that would apply if the wait ended that day. Otherwise the date is fixed by the request's
     * history, whatever the day (so it can be kept, as statistics do, and compared with any later day).
     *
     * @param timeline the request; not null
     * @return true if the response date depends on the day of assessing
     */
    public boolean responseDueMovesWithTheDay(RequestTimeline timeline) {
        Objects.requireNonNull(timeline, "timeline");
        List<RequestTimeline> laws = timeline.mixed()
                ? timeline.regimes().stream().map(timeline::forRegime).toList() : List.of(timeline);
        return laws.stream().anyMatch(t -> t.profile().regime() != Regime.SAR
                && (ClarificationRestartsTheClock.countsToToday(t) || FeesNoticePausesTheClock.countsToToday(t)));
    }

    /**
     * A deadline of a request answered under more than one law (FOIA s39(1), EIR reg 5(1): some parts re-routed):
     * each law's parts have their own clock, and the deadline is the earliest of those laws' that set one, so that
     * no part is answered late and the requester is never told a later day than some law allows. The working gives
     * every law's date and rule, then the earliest's own working. A request under one law gets its law's deadline.
     *
     * @param timeline the request
     * @param rule     the deadline under one law, given that law's timeline ({@link RequestTimeline#forRegime}),
     *                 if that law sets one
     * @return the deadline, if some law sets one
     */
    private Optional<Deadline> eachLaw(RequestTimeline timeline, Function<RequestTimeline, Optional<Deadline>> rule) {
        if (!timeline.mixed()) {
            return rule.apply(timeline);
        }
        Deadline earliest = null;
        Regime earliestUnder = null;
        List<String> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Regime regime : timeline.regimes()) {
            Optional<Deadline> under = rule.apply(timeline.forRegime(regime));
            if (under.isEmpty()) {
                steps.add(regime + " sets no such date.");
                continue;
            }
            Deadline due = under.get();
            steps.add("Under " + regime + ": " + Explanation.day(due.due()) + " (" + due.explanation().rule() + ").");
            due.explanation().warnings().forEach(w -> warnings.add(regime + ": " + w));
            if (earliest == null || due.due().isBefore(earliest.due())) {
                earliest = due;
                earliestUnder = regime;
            }
        }
        if (earliest == null) {
            return Optional.empty();
        }
        steps.add(0, "This request is answered under more than one law: " + describeParts(timeline) + ". Each has"
                + " its own " + earliest.kind().description() + "; the earliest applies.");
        steps.add("The earliest is " + earliestUnder + "'s, " + Explanation.day(earliest.due()) + ". Its working:");
        steps.addAll(earliest.explanation().steps());
        Explanation e = earliest.explanation();
        return Optional.of(new Deadline(earliest.kind(), earliest.due(), earliest.basis(), earliest.provisional(),
                earliest.uncertainByOneDay(), new Explanation(e.rule(), e.source(), steps, e.holidaysSkipped(),
                        warnings, e.calendarVersion())));
    }

    private static String describeParts(RequestTimeline timeline) {
        List<String> out = new ArrayList<>();
        for (Regime regime : timeline.regimes()) {
            List<String> labels = timeline.partsUnder(regime);
            out.add(regime == timeline.profile().regime() ? "the rest under " + regime
                    : (labels.size() == 1 ? "question " : "questions ") + String.join(", ", labels) + " under "
                            + regime);
        }
        java.util.Collections.reverse(out);
        return String.join("; ", out);
    }

    private Deadline singleResponseDue(RequestTimeline timeline, LocalDate today) {
        WorkingDayCalendar calendar = calendarFor(timeline.profile());
        if (timeline.profile().regime() == Regime.SAR) {
            return SubjectAccessMonth.due(timeline, calendar);
        }
        ResponseWorking w = new ResponseWorking(timeline, calendar, today);
        RESPONSE_RULES.forEach(rule -> rule.apply(w));
        w.step("Result: " + Explanation.day(w.due) + ".");
        if (calendar.isProvisional(w.due)) {
            w.warn(w.due.getYear() + "'s bank holidays are projected by rule: a holiday proclaimed later would move"
                    + " this date.");
        }
        Explanation explanation = new Explanation(w.rule, w.source, w.steps,
                calendar.holidaysSkipped(w.dateOfReceipt.plusDays(1), w.due), w.warnings, calendar.version());
        return new Deadline(DeadlineKind.RESPONSE, w.due, w.basis, calendar.isProvisional(w.due), w.uncertainByOneDay,
                explanation);
    }

    /**
     * Every deadline that applies to the request on a day, with where it stands.
     *
     * @param timeline the request; not null
     * @param today    the day to assess on; not null
     * @return the deadlines, response first
     */
    public List<DeadlineStatus> deadlines(RequestTimeline timeline, LocalDate today) {
        WorkingDayCalendar calendar = calendarFor(timeline.profile());
        ClockProfile profile = timeline.profile();
        List<DeadlineStatus> out = new ArrayList<>();
        Optional<LocalDate> responded = timeline.first(ClockEvent.ResponseIssued.class).map(ClockEvent::on);
        Deadline response = responseDue(timeline, today);
        boolean paused = responded.isEmpty() && isPaused(timeline);
        out.add(paused ? new DeadlineStatus(response, State.PAUSED, 0, Optional.empty())
                : status(response, responded, today, calendar));

        openClarification(timeline).ifPresent(sought -> out.add(
                status(Lapses.clarificationLapse(sought, calendar), Optional.empty(), today, calendar)));
        openFeesNotice(timeline).flatMap(notice -> Lapses.feeLapse(profile.regime(), notice, calendar))
                .ifPresent(lapse -> out.add(status(lapse, Optional.empty(), today, calendar)));

        if (responded.isPresent() && profile.regime() != Regime.SAR) {
            Optional<LocalDate> reviewRequested = timeline.first(ClockEvent.ReviewRequested.class)
                    .map(ClockEvent::on);
            out.add(status(reviewRequestWindow(timeline, responded.get()), reviewRequested, today, calendar));
            if (reviewRequested.isPresent()) {
                LocalDate requested = reviewRequested.get();
                Optional<LocalDate> completed = timeline.first(ClockEvent.ReviewCompleted.class).map(ClockEvent::on);
                out.add(status(reviewDue(timeline, requested), completed, today, calendar));
                eachLaw(timeline, t -> ReviewClocks.reviewIsStatutory(t.profile().regime()) ? Optional.empty()
                        : Optional.of(reviewMaximum(t.profile(), requested)))
                        .ifPresent(maximum -> out.add(status(maximum, completed, today, calendar)));
                Optional<LocalDate> complained = timeline.first(ClockEvent.ComplaintToRegulator.class)
                        .map(ClockEvent::on);
                completed.ifPresent(on -> out.add(status(regulatorComplaint(timeline, on), complained, today,
                        calendar)));
            }
        }
        timeline.last(ClockEvent.DecisionNoticeServed.class).ifPresent(notice -> out.addAll(
                afterDecisionNotice(timeline, notice, today, calendars.ofDivision(profile.nation()))));
        return List.copyOf(out);
    }

    /**
     * The appeal against a decision notice, and the steps it requires if it requires any: paused while an appeal is
     * pending (FOIA s50(6), FOISA s49(7)), met when they are recorded as taken. Counted on the working days of the
     * authority's part of the UK (the tribunal's rules count working days; the FOIA calendar's UK-wide holidays would
     * move an English appeal date for a Northern Irish holiday).
     */
    private static List<DeadlineStatus> afterDecisionNotice(RequestTimeline timeline,
            ClockEvent.DecisionNoticeServed notice, LocalDate today, WorkingDayCalendar calendar) {
        List<DeadlineStatus> out = new ArrayList<>();
        Deadline appeal = RegulatorClocks.appeal(timeline.profile(), notice.on(), calendar);
        Optional<LocalDate> appealed = timeline.events().stream()
                .filter(e -> e instanceof ClockEvent.AppealLodged && !e.on().isBefore(notice.on()))
                .map(ClockEvent::on).findFirst();
        out.add(status(appeal, appealed, today, calendar));
        notice.stepsBy().ifPresent(by -> {
            Deadline steps = RegulatorClocks.steps(timeline.profile(), notice.on(), by, appeal.due(), calendar);
            Optional<LocalDate> taken = timeline.events().stream()
                    .filter(e -> e instanceof ClockEvent.DecisionNoticeComplied && !e.on().isBefore(notice.on()))
                    .map(ClockEvent::on).findFirst();
            out.add(taken.isEmpty() && appealed.isPresent()
                    ? new DeadlineStatus(steps, State.PAUSED, 0, Optional.empty())
                    : status(steps, taken, today, calendar));
        });
        return out;
    }

    /**
     * {@link #deadlines(RequestTimeline, LocalDate)} with today taken from a clock, in UK time.
     *
     * @param timeline the request; not null
     * @param clock    the clock; not null
     * @return the deadlines
     */
    public List<DeadlineStatus> deadlines(RequestTimeline timeline, Clock clock) {
        return deadlines(timeline, LocalDate.now(clock.withZone(UK)));
    }

    /**
     * The last day for the requester to ask for an internal review of a response sent on a day. Under FOISA the
     * window may start later (see the three-argument form); without the time for compliance this assumes the
     * response came late and says so in the working.
     *
     * @param profile    the authority's profile; not null
     * @param responseOn the day the response was sent; not null
     * @return the deadline
     */
    public Deadline reviewRequestWindow(ClockProfile profile, LocalDate responseOn) {
        return ReviewClocks.reviewRequestWindow(profile, responseOn, calendarFor(profile));
    }

    /**
     * The last day for the requester to ask for an internal review, knowing when the time for compliance expired:
     * under FOISA s20(5) the 40 working days run from that expiry when the response came within it.
     *
     * @param profile       the request's profile; not null
     * @param responseOn    the day the response was sent; not null
     * @param complianceDue the last day of the time for compliance; not null
     * @return the deadline
     */
    public Deadline reviewRequestWindow(ClockProfile profile, LocalDate responseOn, LocalDate complianceDue) {
        return ReviewClocks.reviewRequestWindow(profile, responseOn, Optional.of(complianceDue),
                calendarFor(profile));
    }

    /**
     * The last day for the requester to ask for an internal review of a request's response sent on a day, from its
     * own clock: under FOISA s20(5) from the expiry of its time for compliance when the response came within it;
     * for a request answered under two laws, the earliest of each law's windows (see {@link #responseDue}).
     *
     * @param timeline   the request; not null
     * @param responseOn the day the response was (or will be) sent; not null
     * @return the deadline
     */
    public Deadline reviewRequestWindow(RequestTimeline timeline, LocalDate responseOn) {
        return eachLaw(timeline, t -> Optional.of(reviewRequestWindow(t.profile(), responseOn,
                singleResponseDue(t, responseOn).due()))).orElseThrow();
    }

    /**
     * When a request's internal review, requested on a day, is due: {@link #reviewDue(ClockProfile, LocalDate)}
     * under its law; for a request answered under two laws, the earliest of each law's.
     *
     * @param timeline    the request; not null
     * @param requestedOn the day the review was requested; not null
     * @return the deadline
     */
    public Deadline reviewDue(RequestTimeline timeline, LocalDate requestedOn) {
        return eachLaw(timeline, t -> Optional.of(reviewDue(t.profile(), requestedOn))).orElseThrow();
    }

    /**
     * When the requester is expected to have gone to the regulator after a request's final response: under its law;
     * for a request answered under two laws, the earliest of each law's.
     *
     * @param timeline        the request; not null
     * @param finalResponseOn the day of the final response (normally the review outcome); not null
     * @return the deadline
     */
    public Deadline regulatorComplaint(RequestTimeline timeline, LocalDate finalResponseOn) {
        return eachLaw(timeline, t -> Optional.of(regulatorComplaint(t.profile(), finalResponseOn)))
                .orElseThrow();
    }

    /**
     * How long a request's internal review may take: {@link #reviewLimits(ClockProfile)} under its law; for a
     * request answered under two laws, the shorter target and the shorter maximum of its laws', statutory if either
     * law's limit is.
     *
     * @param timeline the request; not null
     * @return the target and the maximum
     */
    public static ReviewLimits reviewLimits(RequestTimeline timeline) {
        ReviewLimits out = null;
        for (Regime regime : timeline.regimes()) {
            ReviewLimits under = reviewLimits(timeline.profile().underRegime(regime));
            out = out == null ? under : new ReviewLimits(
                    WorkingDays.of(Math.min(out.target().count(), under.target().count())),
                    WorkingDays.of(Math.min(out.maximum().count(), under.maximum().count())),
                    out.statutory() || under.statutory());
        }
        return out;
    }

    /**
     * The longest an internal review may take under a profile, in working days: the statutory limit where there is
     * one (EIR reg 11(4): 40; FOISA s21(1) and EISR reg 16(4): 20), otherwise the authority's policy maximum (FOIA,
     * s45 Code part 5); and the authority's target within it.
     *
     * @param profile the request's profile; not null
     * @return the target and the maximum
     */
    public static ReviewLimits reviewLimits(ClockProfile profile) {
        java.util.OptionalInt limit = ReviewClocks.reviewLimit(profile.regime());
        int maximum = limit.orElse(profile.policy().reviewMaximum().count());
        return new ReviewLimits(WorkingDays.of(Math.min(profile.policy().reviewTarget().count(), maximum)),
                WorkingDays.of(maximum), limit.isPresent());
    }

    /**
     * How long an internal review may take.
     *
     * @param target    the authority's aim
     * @param maximum   the longest it may take
     * @param statutory true if a statute sets the maximum (EIR, FOISA, EISR), false if it is practice (FOIA)
     */
    public record ReviewLimits(WorkingDays target, WorkingDays maximum, boolean statutory) {
    }

    /**
     * The authority's own target for an internal review requested on a day: its policy, never beyond a statute.
     *
     * @param profile     the request's profile; not null
     * @param requestedOn the day the review was requested; not null
     * @return the target
     */
    public Deadline reviewTarget(ClockProfile profile, LocalDate requestedOn) {
        return ReviewClocks.reviewTarget(profile, requestedOn, calendarFor(profile));
    }

    /**
     * When an internal review requested on a day is due: the statutory limit where a statute sets one (EIR reg
     * 11(4), FOISA s21(1), EISR reg 16(4)), otherwise the authority's target (FOIA: the s45 Code).
     *
     * @param profile     the authority's profile; not null
     * @param requestedOn the day the review was requested; not null
     * @return the deadline
     */
    public Deadline reviewDue(ClockProfile profile, LocalDate requestedOn) {
        return ReviewClocks.reviewDue(profile, requestedOn, calendarFor(profile));
    }

    /**
     * The longest an internal review requested on a day may take.
     *
     * @param profile     the authority's profile; not null
     * @param requestedOn the day the review was requested; not null
     * @return the deadline
     */
    public Deadline reviewMaximum(ClockProfile profile, LocalDate requestedOn) {
        return ReviewClocks.reviewMaximum(profile, requestedOn, calendarFor(profile));
    }

    /**
     * When the requester is expected to have complained to the regulator after a final response.
     *
     * @param profile         the authority's profile; not null
     * @param finalResponseOn the day of the final response (normally the review outcome); not null
     * @return the deadline
     */
    public Deadline regulatorComplaint(ClockProfile profile, LocalDate finalResponseOn) {
        return ReviewClocks.regulatorComplaint(profile, finalResponseOn, calendarFor(profile));
    }

    /**
     * The last day to appeal the Commissioner's decision notice: to the First-tier Tribunal within 28 days of the day
     * it was sent (FOIA s57; GRC Rules 2009, rule 22(1)(b)), or to the Court of Session within 42 days after it was
     * intimated (FOISA s56; Rules of the Court of Session, rule 41.20(1)(b)).
     *
     * @param profile  the request's profile; not null
     * @param servedOn the day the notice was sent; not null
     * @return the deadline
     */
    public Deadline appealDue(ClockProfile profile, LocalDate servedOn) {
        return RegulatorClocks.appeal(profile, servedOn, calendars.ofDivision(profile.nation()));
    }

    private static DeadlineStatus status(Deadline deadline, Optional<LocalDate> settledOn, LocalDate today,
            WorkingDayCalendar calendar) {
        LocalDate due = deadline.due();
        if (settledOn.isPresent()) {
            LocalDate on = settledOn.get();
            return on.isAfter(due)
                    ? new DeadlineStatus(deadline, State.MISSED, calendar.workingDaysBetween(due, on), settledOn)
                    : new DeadlineStatus(deadline, State.MET, 0, settledOn);
        }
        if (!today.isAfter(due)) {
            return new DeadlineStatus(deadline, State.RUNNING, 0, settledOn);
        }
        if (deadline.kind().party() != DeadlineKind.Party.AUTHORITY) {
            return new DeadlineStatus(deadline, State.CLOSED, 0, settledOn);
        }
        return new DeadlineStatus(deadline, State.MISSED, calendar.workingDaysBetween(due, today),
                settledOn);
    }

    private static boolean isPaused(RequestTimeline timeline) {
        return openClarification(timeline).isPresent() || openFeesNotice(timeline).isPresent();
    }

    private static Optional<LocalDate> openClarification(RequestTimeline timeline) {
        return timeline.awaiting(ClockEvent.ClarificationSought.class, ClockEvent.ClarificationReceived.class);
    }

    /** Only FOIA and FOISA pause for a fee (see {@link FeesNoticePausesTheClock}). */
    private static Optional<LocalDate> openFeesNotice(RequestTimeline timeline) {
        Regime regime = timeline.profile().regime();
        return regime == Regime.FOIA || regime == Regime.FOISA
                ? timeline.awaiting(ClockEvent.FeesNoticeGiven.class, ClockEvent.FeeReceived.class)
                : Optional.empty();
    }
}
