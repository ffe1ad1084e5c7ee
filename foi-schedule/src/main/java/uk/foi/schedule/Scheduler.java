package uk.foi.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import uk.foi.core.request.DeadlineInForce;
import uk.foi.core.request.Recorded;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.RequestState;
import uk.foi.core.request.Status;
import uk.foi.deadlines.CalendarChange;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.deadlines.MovedDeadline;
import uk.foi.deadlines.RequestTimeline;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.UkCalendars;
import uk.foi.deadlines.calendar.BankHolidays;
import uk.foi.events.EventTypes;
import uk.foi.events.deadline.AlertKind;

/**
 * Keeps one request's schedule: applies its events, says which alerts are due on a day, and recomputes its dates when
 * the bank-holiday calendar changes. Pure: no Kafka, no clock; the caller passes today.
 */
public final class Scheduler {

    private final AlertPlan plan;
    private final Supplier<BankHolidays> holidays;
    private volatile Clocked clocked;

    /** The statutory clock built from one set of holidays: rebuilt only when the holidays change. */
    private record Clocked(BankHolidays holidays, StatutoryClock clock) {
    }

    /**
     * @param plan     when staff hear of deadlines
     * @param holidays the bank holidays in force, for the working days between warnings
     */
    public Scheduler(AlertPlan plan, Supplier<BankHolidays> holidays) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    private StatutoryClock clock() {
        BankHolidays now = holidays.get();
        Clocked c = clocked;
        if (c == null || c.holidays() != now) {
            c = new Clocked(now, new StatutoryClock(UkCalendars.of(now)));
            clocked = c;
        }
        return c.clock();
    }

    /**
     * The outcome of a step: the schedule after it (empty if there is nothing to keep) and the alerts to emit now.
     *
     * @param schedule the schedule after the step
     * @param emitted  what to emit, in order
     * @param ignored  true if the input was a duplicate or older than what was already applied
     * @param problem  why the step could not do what was asked (a recomputation without the request's clock), for
     *                 the caller to log; empty when it could
     */
    public record Step(Optional<Schedule> schedule, List<Alert> emitted, boolean ignored, Optional<String> problem) {

        /**
         * A step with no problem.
         *
         * @param schedule the schedule after the step
         * @param emitted  what to emit, in order
         * @param ignored  true if the input was a duplicate or older than what was already applied
         */
        public Step(Optional<Schedule> schedule, List<Alert> emitted, boolean ignored) {
            this(schedule, emitted, ignored, Optional.empty());
        }
    }

    /**
     * Applies a request event. An event whose sequence number is not above the last one applied is a duplicate or
     * arrived late, and changes nothing: every event carries the whole state after it, so a newer one already said
     * everything an older one could. For the same reason a gap in the sequence (an event lost or delayed upstream)
     * does no harm here: the newer event's deadlines and clock are the whole truth, and an older one arriving later
     * is dropped.
     *
     * @param before   the schedule so far, if any
     * @param recorded the decoded event with the state after it
     * @param today    the UK date now
     * @return the step
     */
    public Step onEvent(Optional<Schedule> before, Recorded recorded, LocalDate today) {
        RequestEvent event = recorded.event();
        if (before.isPresent() && event.sequence() <= before.get().sequence()) {
            return new Step(before, List.of(), true);
        }
        RequestState state = recorded.state();
        List<UUID> sent = new ArrayList<>(before.map(Schedule::sent).orElse(List.of()));
        List<Alert> now = new ArrayList<>();
        List<DeadlineInForce> old = before.map(Schedule::deadlines).orElse(List.of());
        String why = "after " + EventTypes.of(event.getClass()) + " recorded for " + event.on();
        for (DeadlineInForce d : state.deadlines()) {
            Optional<DeadlineInForce> was = old.stream().filter(o -> o.kind() == d.kind()).findFirst();
            if (was.isEmpty() && d.due().isBefore(today)) {
                closedOnArrival(d, state.status()).ifPresent(kind -> now.add(Alert.at(kind, d.kind(), d.due(),
                        today, 0)));
            }
            if (!AlertPlan.live(d, state.status())) {
                continue;
            }
            if (was.isPresent() && was.get().state() != DeadlineStatus.State.PAUSED && !was.get().due().equals(d.due())) {
                now.add(new Alert(AlertKind.DEADLINE_MOVED, d.kind(), d.due(), today, 0,
                        Optional.of(was.get().due()), Optional.of(why)));
            }
            if (d.kind() == uk.foi.deadlines.DeadlineKind.REVIEW_REQUEST_WINDOW && was.isEmpty()) {
                now.add(Alert.at(AlertKind.COMPLAINT_WINDOW_OPENED, d.kind(), d.due(), today, 0));
            }
        }
        String requestId = event.requestId().toString();
        now.removeIf(a -> sent.contains(a.id(requestId)));
        now.forEach(a -> sent.add(a.id(requestId)));
        Schedule next = new Schedule(requestId, event.meta().authority().value(), state.reference(), state.regime(),
                state.status(), state.assignee(), state.team(), event.sequence(), state.deadlines(), List.of(), sent,
                state.status().terminal() ? Optional.empty() : state.clock());
        return new Step(Optional.of(replan(next, today)), now, false);
    }

    /**
     * A requester's window recorded only after it had closed (a response, or a review's outcome, entered late): the
     * window's opening and closing warnings would say nothing true, but staff should still hear that it closed. The
     * windows are the complaint window for an internal review (s45 Code of Practice, para 5.7: 40 working days) and
     * the Commissioner's (s50; the Commissioner's guidance expects a complaint within six weeks of the review).
     *
     * @return the "closed" alert for such a window, if the request is in the state the window belongs to
     */
    private static Optional<AlertKind> closedOnArrival(DeadlineInForce d, Status status) {
        return switch (d.kind()) {
            case REVIEW_REQUEST_WINDOW -> status == Status.RESPONDED
                    ? Optional.of(AlertKind.COMPLAINT_WINDOW_CLOSED) : Optional.empty();
            case REGULATOR_COMPLAINT -> status == Status.REVIEW_COMPLETED
                    ? Optional.of(AlertKind.ICO_WINDOW_CLOSED) : Optional.empty();
            case APPEAL -> status == Status.DECISION_NOTICE
                    ? Optional.of(AlertKind.APPEAL_WINDOW_CLOSED) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * Sends what is due on a day. An alert whose moment has passed is dropped rather than sent late ("due in 5 days"
     * after the date, "due today" the day after); of several warnings about one date that are all due (a request
     * logged late, or a notifier that was away), only the nearest is sent ("due in 1 day", not also "due in 5
     * days"); an overdue alert is sent once, as its latest weekly repeat, however long the notifier was away, and the
     * next repeat is scheduled.
     *
     * @param s     the schedule
     * @param today the UK date now
     * @return the step
     */
    public Step due(Schedule s, LocalDate today) {
        List<Alert> emitted = new ArrayList<>();
        List<Alert> pending = new ArrayList<>();
        List<UUID> sent = new ArrayList<>(s.sent());
        var calendar = clock().calendarFor(profileOf(s));
        for (Alert a : s.pending()) {
            if (a.fireOn().isAfter(today)) {
                pending.add(a);
                continue;
            }
            Alert send = a;
            if (a.kind().repeats()) {
                send = AlertPlan.latestRepeat(a, today, calendar);
                pending.add(AlertPlan.repeat(a, send.lead() + 1, calendar));
            } else if (stale(a, today)) {
                continue;
            } else if (supersededByANearerWarning(a, s.pending(), today)) {
                sent.add(a.id(s.requestId())); // never sent: the nearer warning says more, and says it now
                continue;
            }
            UUID id = send.id(s.requestId());
            if (!sent.contains(id)) {
                sent.add(id);
                emitted.add(send);
            }
        }
        return new Step(Optional.of(s.withAlerts(pending, sent)), emitted, false);
    }

    /**
     * Recomputes the request's dates after a change of bank holidays, and reports each date that moved.
     * The request's clock (its profile: regime, nation, authority type, school terms, policy; and its dated clock
     * events), as the last event carried it, is computed with the old and the new calendar; a date moves only if the
     * old computation reproduces the date the last event carried, so a date the schedule cannot explain is left as
     * it was rather than moved on a guess. A schedule without a clock (built from events written before events
     * carried one) cannot be recomputed: the step says so in {@link Step#problem()}, for the caller to log.
     *
     * @param s       the schedule
     * @param change  the old and new calendars
     * @param today   the UK date now
     * @return the step, with a {@link AlertKind#DEADLINE_MOVED} alert per date that moved
     */
    public Step recalendar(Schedule s, CalendarChange change, LocalDate today) {
        if (s.status().terminal()) {
            return new Step(Optional.of(s), List.of(), false);
        }
        if (s.clock().isEmpty()) {
            return new Step(Optional.of(s), List.of(), true, Optional.of("request " + s.requestId() + " ("
                    + s.reference() + ") has no clock in its last event, so its dates were not recomputed; the next"
                    + " event about it will carry one"));
        }
        List<MovedDeadline> moved = change.moved(List.of(s.clock().get()), today);
        List<DeadlineInForce> deadlines = new ArrayList<>(s.deadlines());
        List<Alert> emitted = new ArrayList<>();
        List<UUID> sent = new ArrayList<>(s.sent());
        for (MovedDeadline m : moved) {
            for (int i = 0; i < deadlines.size(); i++) {
                DeadlineInForce d = deadlines.get(i);
                if (d.kind() == m.kind() && d.due().equals(m.from())) {
                    deadlines.set(i, new DeadlineInForce(d.kind(), m.to(), d.state(), d.basis(), d.provisional(),
                            d.rule()));
                    if (AlertPlan.live(d, s.status())) {
                        Alert a = new Alert(AlertKind.DEADLINE_MOVED, d.kind(), m.to(), today, 0,
                                Optional.of(m.from()), Optional.of(m.reason()));
                        if (!sent.contains(a.id(s.requestId()))) {
                            sent.add(a.id(s.requestId()));
                            emitted.add(a);
                        }
                    }
                }
            }
        }
        if (emitted.isEmpty() && deadlines.equals(s.deadlines())) {
            return new Step(Optional.of(s), List.of(), false);
        }
        Schedule next = s.withDeadlines(deadlines).withAlerts(List.of(), sent);
        return new Step(Optional.of(replan(next, today)), emitted, false);
    }

    /**
     * The authority's live deadlines falling due from today to a number of working days ahead: a team's digest.
     *
     * @param s     the schedule
     * @param today the UK date now
     * @param days  how many working days ahead
     * @return the deadlines, by date
     */
    public List<DeadlineInForce> upcoming(Schedule s, LocalDate today, int days) {
        var calendar = clock().calendarFor(profileOf(s));
        LocalDate until = calendar.plusWorkingDays(today, days);
        return s.deadlines().stream()
                .filter(d -> d.kind().party() == uk.foi.deadlines.DeadlineKind.Party.AUTHORITY)
                .filter(d -> AlertPlan.live(d, s.status()))
                .filter(d -> !d.due().isBefore(today) && !d.due().isAfter(until))
                .sorted(java.util.Comparator.comparing(DeadlineInForce::due)).toList();
    }

    /** Plans every live deadline's alerts, less those already sent and those whose moment has gone. */
    private Schedule replan(Schedule s, LocalDate today) {
        Set<UUID> sent = new HashSet<>(s.sent());
        List<Alert> pending = new ArrayList<>();
        var calendar = clock().calendarFor(profileOf(s));
        for (DeadlineInForce d : s.deadlines()) {
            if (!AlertPlan.live(d, s.status())) {
                continue;
            }
            for (Alert a : plan.plan(d, calendar)) {
                if (a.kind().repeats()) {
                    Alert next = a;
                    while (sent.contains(next.id(s.requestId()))) {
                        next = AlertPlan.repeat(a, next.lead() + 1, calendar);
                    }
                    pending.add(next);
                } else if (!sent.contains(a.id(s.requestId())) && !(a.fireOn().isBefore(today) && stale(a, today))) {
                    pending.add(a);
                }
            }
        }
        return s.withAlerts(pending, s.sent());
    }

    /** The profile the request's working days are counted in: its own, or its regime's standard one. */
    private static ClockProfile profileOf(Schedule s) {
        return s.clock().map(RequestTimeline::profile).orElse(ClockProfile.of(s.regime()));
    }

    /** True if another warning of the same kind about the same date is also due today and is nearer the date. */
    private static boolean supersededByANearerWarning(Alert a, List<Alert> pending, LocalDate today) {
        return pending.stream().anyMatch(other -> other != a && other.kind() == a.kind()
                && other.deadline() == a.deadline() && other.due().equals(a.due())
                && !other.fireOn().isAfter(today) && other.fireOn().isAfter(a.fireOn()));
    }


    /** True for a warning whose moment has passed: "soon" or "closing" on or after the date, "today" after it. */
    private static boolean stale(Alert a, LocalDate today) {
        return switch (a.kind()) {
            case RESPONSE_DUE_SOON, REVIEW_DUE_SOON, COMPLAINT_WINDOW_CLOSING, ICO_WINDOW_CLOSING,
                    APPEAL_WINDOW_CLOSING, DECISION_NOTICE_STEPS_DUE_SOON -> !today.isBefore(a.due());
            case RESPONSE_DUE_TODAY, REVIEW_DUE_TODAY, DECISION_NOTICE_STEPS_DUE_TODAY -> today.isAfter(a.due());
            default -> false;
        };
    }
}
