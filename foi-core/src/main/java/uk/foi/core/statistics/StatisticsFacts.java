package uk.foi.core.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.OverallOutcome;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.ReviewResult;
import uk.foi.core.request.Status;
import uk.foi.deadlines.ClockEvent;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.RequestTimeline;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.exemptions.Citation;

/**
 * What one request contributes to the quarterly statistics ({@link QuarterlyStatistics}), decided when the request
 * changes so that a quarter's figures are a sum of these rather than a replay of every request: where it stands, how
 * its response met the time limits (FOIA s10(1), 20 working days; the extensions of s10(3) and EIR reg 7(1)), the
 * outcome and the provisions cited, and the internal review it had. Only one thing depends on the day the figures are
 * computed on, whether a request still open is overdue ({@link #overdueOn}): its response date is kept when it cannot
 * move with the day, and otherwise the caller judges it from the request ({@link #overdue}).
 *
 * @param request           the request
 * @param authority         its authority
 * @param regime            the law these facts are under (the request's parts under it, FOIA s39 / EIR reg 5 for a
 *                          request answered under two); empty for the request as a whole
 * @param receivedOn        the day it was received
 * @param standing          where it stands
 * @param answer            how its response met the time limits, if it was answered
 * @param outcome           the response's overall outcome, if it was answered
 * @param citations         the provisions the response relied on, canonical, once per part citing them
 * @param review            the result of its internal review, if one was completed
 * @param reviewCompletedOn the day the last review was completed
 * @param dueWhileOpen      for a request still open, its response date where that does not move with the day
 *                          ({@link StatutoryClock#responseDueMovesWithTheDay}: the authority awaits neither a
 *                          clarification, FOIA s1(3), nor a fee, s10(2))
 */
public record StatisticsFacts(RequestId request, AuthorityId authority, Optional<Regime> regime, LocalDate receivedOn,
        Standing standing, Optional<Answer> answer, Optional<OverallOutcome> outcome, List<String> citations,
        Optional<ReviewResult> review, Optional<LocalDate> reviewCompletedOn, Optional<LocalDate> dueWhileOpen) {

    /** Where a request stands, for the figures. */
    public enum Standing {
        /** No clarification or fee came in time. */
        LAPSED,
        /** The requester withdrew it. */
        WITHDRAWN,
        /** Not answered yet. */
        IN_PROGRESS,
        /** Answered. */
        ANSWERED
    }

    /** How a response met the time limits. */
    public enum Answer {
        /** Within the time for compliance without any extension. */
        IN_TIME,
        /** After it, but within an extension the law permits. */
        WITHIN_EXTENSION,
        /** After the time limit. */
        LATE
    }

    /** Checks and copies. */
    public StatisticsFacts {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(outcome, "outcome");
        citations = List.copyOf(citations);
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(reviewCompletedOn, "reviewCompletedOn");
        Objects.requireNonNull(dueWhileOpen, "dueWhileOpen");
    }

    /**
     * @param law the law a request that is not mixed is handled under
     * @return these facts, as the facts under that law
     */
    public StatisticsFacts under(Regime law) {
        return withRegime(Optional.of(law));
    }

    /** @return these facts, as the facts of the request as a whole (a request that is not mixed) */
    public StatisticsFacts asWhole() {
        return withRegime(Optional.empty());
    }

    private StatisticsFacts withRegime(Optional<Regime> law) {
        return new StatisticsFacts(request, authority, law, receivedOn, standing, answer, outcome, citations, review,
                reviewCompletedOn, dueWhileOpen);
    }

    /**
     * @param today the day of computing
     * @return for a request still open whose response date does not move with the day, whether it has passed; empty
     *         where the request itself must say ({@link #overdue}), or the request is not open
     */
    public Optional<Boolean> overdueOn(LocalDate today) {
        return dueWhileOpen.map(due -> due.isBefore(today));
    }

    /**
     * The facts of a request as a whole, then under each law it is handled under (in the regimes' order): what
     * {@link QuarterlyStatistics#of} and {@link QuarterlyStatistics#byRegime} count.
     *
     * @param r     the request
     * @param clock the statutory clock
     * @return its facts
     */
    public static List<StatisticsFacts> allOf(FoiRequest r, StatutoryClock clock) {
        return allOf(r, List.of(), clock);
    }

    /**
     * The facts of a request, as {@link #allOf(FoiRequest, StatutoryClock)}, given the deadlines the office has just
     * computed for it (a command's {@code Handled.deadlines()}): the response date of an open request is taken from
     * them, so a command computes its deadlines once.
     *
     * @param r         the request
     * @param deadlines its deadlines today, as the office computed them; none to have the clock asked
     * @param clock     the statutory clock
     * @return its facts
     */
    public static List<StatisticsFacts> allOf(FoiRequest r, List<DeadlineStatus> deadlines, StatutoryClock clock) {
        Optional<LocalDate> responseDue = deadlines.stream()
                .filter(d -> d.deadline().kind() == DeadlineKind.RESPONSE).map(d -> d.deadline().due()).findFirst();
        List<StatisticsFacts> out = new ArrayList<>();
        StatisticsFacts whole = of(r, Optional.empty(), clock, responseDue);
        out.add(whole);
        if (!r.timeline().mixed()) {
            // under its one law a request is its whole self: the clock is not asked again
            out.add(whole.under(r.profile().regime()));
            return out;
        }
        r.timeline().regimes().stream().sorted()
                .forEach(regime -> out.add(of(r.partsUnder(regime), Optional.of(regime), clock)));
        return out;
    }

    /**
     * @param r      the request, or its parts under one law
     * @param regime that law, or empty for the request as a whole
     * @param clock  the statutory clock
     * @return its facts
     */
    public static StatisticsFacts of(FoiRequest r, Optional<Regime> regime, StatutoryClock clock) {
        return of(r, regime, clock, Optional.empty());
    }

    private static StatisticsFacts of(FoiRequest r, Optional<Regime> regime, StatutoryClock clock,
            Optional<LocalDate> responseDue) {
        Optional<LocalDate> reviewedOn = r.timeline().last(ClockEvent.ReviewCompleted.class).map(ClockEvent::on);
        Optional<ReviewResult> review = reviewedOn.flatMap(on -> r.review());
        Standing standing;
        if (r.status() == Status.LAPSED) {
            standing = Standing.LAPSED;
        } else if (r.status() == Status.WITHDRAWN) {
            standing = Standing.WITHDRAWN;
        } else if (r.response().isEmpty()) {
            standing = Standing.IN_PROGRESS;
        } else {
            standing = Standing.ANSWERED;
        }
        if (standing != Standing.ANSWERED) {
            RequestTimeline t = r.timeline();
            Optional<LocalDate> due = standing == Standing.IN_PROGRESS && !clock.responseDueMovesWithTheDay(t)
                    ? Optional.of(responseDue.orElseGet(() -> clock.responseDue(t, r.receivedOn()).due()))
                    : Optional.empty();
            return new StatisticsFacts(r.id(), r.authority(), regime, r.receivedOn(), standing, Optional.empty(),
                    Optional.empty(), List.of(), review, reviewedOn, due);
        }
        FoiRequest.IssuedResponse response = r.response().orElseThrow();
        LocalDate on = response.on();
        LocalDate due = clock.responseDue(r.timeline(), on).due();
        LocalDate unextended = clock.responseDue(withoutExtensions(r.timeline()), on).due();
        Answer answer = !on.isAfter(unextended) ? Answer.IN_TIME
                : !on.isAfter(due) ? Answer.WITHIN_EXTENSION : Answer.LATE;
        return new StatisticsFacts(r.id(), r.authority(), regime, r.receivedOn(), standing, Optional.of(answer),
                Optional.of(response.outcome()), r.cited().stream().map(Citation::toString).toList(), review,
                reviewedOn, Optional.empty());
    }

    /**
     * Whether a request still open is overdue on a day: the one figure that moves with the day of computing (a
     * paused clock moves its date too), so it is decided then, from the request itself.
     *
     * @param r     the request, or its parts under one law
     * @param clock the statutory clock
     * @param today the day of computing
     * @return true if its response is due before that day
     */
    public static boolean overdue(FoiRequest r, StatutoryClock clock, LocalDate today) {
        return clock.responseDue(r.timeline(), today).due().isBefore(today);
    }

    private static RequestTimeline withoutExtensions(RequestTimeline timeline) {
        List<ClockEvent> events = new ArrayList<>();
        for (ClockEvent e : timeline.events()) {
            if (!(e instanceof ClockEvent.ExtendedForPublicInterest)
                    && !(e instanceof ClockEvent.ExtendedAsComplexAndVoluminous)) {
                events.add(e);
            }
        }
        return new RequestTimeline(timeline.requestId(), timeline.profile(), events);
    }
}
