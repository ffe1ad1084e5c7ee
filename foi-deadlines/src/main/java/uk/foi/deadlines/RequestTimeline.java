package uk.foi.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One request's dated events with the profile of the authority handling it: everything the clocks are computed from.
 * Immutable; events are kept in date order (stable for the same day).
 *
 * @param requestId an identifier the caller understands; not null or blank
 * @param profile   the authority's clock profile; not null
 * @param events    the events; exactly one {@link ClockEvent.RequestReceived}, no event before it
 */
public record RequestTimeline(String requestId, ClockProfile profile, List<ClockEvent> events) {

    /**
     * Validates and orders the events.
     *
     * @throws NullPointerException     if a component or an event is null
     * @throws IllegalArgumentException if the events do not make a possible history, saying why
     */
    public RequestTimeline {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(profile, "profile");
        if (requestId.isBlank()) {
            throw new IllegalArgumentException("requestId is blank");
        }
        List<ClockEvent> sorted = new ArrayList<>(events);
        sorted.forEach(e -> Objects.requireNonNull(e, "event"));
        sorted.sort(Comparator.comparing(ClockEvent::on));
        events = List.copyOf(sorted);
        validate(profile.regime(), events);
    }

    /**
     * A timeline of a request received on a day, with no other events yet.
     *
     * @param requestId the identifier; not null
     * @param profile   the profile; not null
     * @param received  the date of receipt; not null
     * @return the timeline
     */
    public static RequestTimeline received(String requestId, ClockProfile profile, LocalDate received) {
        return new RequestTimeline(requestId, profile, List.of(new ClockEvent.RequestReceived(received)));
    }

    /**
     * This timeline with one more event.
     *
     * @param event the event; not null
     * @return the new timeline
     * @throws IllegalArgumentException if the result is not a possible history
     */
    public RequestTimeline with(ClockEvent event) {
        List<ClockEvent> more = new ArrayList<>(events);
        more.add(Objects.requireNonNull(event, "event"));
        return new RequestTimeline(requestId, profile, more);
    }

    /**
     * The same events under another profile: a request re-routed between regimes, or handled under newer authority
     * settings. The date of receipt and every event keep their dates; only the rules counting from them change.
     *
     * @param other the profile; not null
     * @return the new timeline
     * @throws IllegalArgumentException if the events are not a possible history under it (an FOIA public interest
     *                                  extension under the EIR, say)
     */
    public RequestTimeline withProfile(ClockProfile other) {
        return new RequestTimeline(requestId, Objects.requireNonNull(other, "other"), events);
    }

    /** @return the day the request was received */
    public LocalDate receivedOn() {
        return first(ClockEvent.RequestReceived.class).orElseThrow().on();
    }

    /**
     * The events of one type, in order.
     *
     * @param <E>  the type
     * @param type the event class; not null
     * @return the events
     */
    public <E extends ClockEvent> List<E> all(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The first event of one type.
     *
     * @param <E>  the type
     * @param type the event class; not null
     * @return the event, or empty
     */
    public <E extends ClockEvent> Optional<E> first(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * The last event of one type.
     *
     * @param <E>  the type
     * @param type the event class; not null
     * @return the event, or empty
     */
    public <E extends ClockEvent> Optional<E> last(Class<E> type) {
        List<E> all = all(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * The day the authority started waiting for something the requester has not yet supplied: the last {@code asked}
     * event with no {@code answered} event after it.
     *
     * @param asked    the event that starts the wait, such as {@link ClockEvent.ClarificationSought}; not null
     * @param answered the event that ends it, such as {@link ClockEvent.ClarificationReceived}; not null
     * @return the day the open wait began, or empty if nothing is awaited
     */
    public Optional<LocalDate> awaiting(Class<? extends ClockEvent> asked, Class<? extends ClockEvent> answered) {
        LocalDate open = null;
        for (ClockEvent event : events) {
            if (asked.isInstance(event)) {
                open = event.on();
            } else if (answered.isInstance(event)) {
                open = null;
            }
        }
        return Optional.ofNullable(open);
    }

    private static void validate(Regime regime, List<ClockEvent> events) {
        long received = events.stream().filter(ClockEvent.RequestReceived.class::isInstance).count();
        if (received != 1) {
            throw new IllegalArgumentException("a timeline needs exactly one RequestReceived event, not " + received);
        }
        LocalDate receivedOn = events.stream().filter(ClockEvent.RequestReceived.class::isInstance).findFirst()
                .orElseThrow().on();
        for (ClockEvent event : events) {
            if (event.on().isBefore(receivedOn)) {
                throw new IllegalArgumentException(name(event) + " on " + event.on()
                        + " is before the request was received on " + receivedOn);
            }
        }
        requireBefore(events, ClockEvent.ClarificationReceived.class::isInstance,
                ClockEvent.ClarificationSought.class::isInstance, "ClarificationReceived", "ClarificationSought");
        requireBefore(events, ClockEvent.FeeReceived.class::isInstance,
                ClockEvent.FeesNoticeGiven.class::isInstance, "FeeReceived", "FeesNoticeGiven");
        requireBefore(events, ClockEvent.ReviewRequested.class::isInstance,
                ClockEvent.ResponseIssued.class::isInstance, "ReviewRequested", "ResponseIssued");
        requireBefore(events, ClockEvent.ReviewCompleted.class::isInstance,
                ClockEvent.ReviewRequested.class::isInstance, "ReviewCompleted", "ReviewRequested");
        requireBefore(events, ClockEvent.AppealLodged.class::isInstance,
                ClockEvent.DecisionNoticeServed.class::isInstance, "AppealLodged", "DecisionNoticeServed");
        requireBefore(events, ClockEvent.DecisionNoticeComplied.class::isInstance,
                ClockEvent.DecisionNoticeServed.class::isInstance, "DecisionNoticeComplied", "DecisionNoticeServed");
        for (ClockEvent event : events) {
            if (event instanceof ClockEvent.ExtendedForPublicInterest && regime != Regime.FOIA) {
                throw new IllegalArgumentException("a public interest extension exists under FOIA s10(3) only, not "
                        + regime + (regime.isEnvironmental()
                        ? " (use ExtendedAsComplexAndVoluminous, reg 7)" : ""));
            }
            if (event instanceof ClockEvent.ExtendedAsComplexAndVoluminous && !regime.isEnvironmental()) {
                throw new IllegalArgumentException("the complex-and-voluminous extension exists under EIR and EISR"
                        + " reg 7 only, not " + regime);
            }
            if (event instanceof ClockEvent.SubjectAccessExtended && regime != Regime.SAR) {
                throw new IllegalArgumentException("SubjectAccessExtended applies to subject access only");
            }
            if (regime == Regime.SAR && (event instanceof ClockEvent.ClarificationSought
                    || event instanceof ClockEvent.FeesNoticeGiven)) {
                throw new IllegalArgumentException("subject access clock stops (identity, clarification, fee) are not"
                        + " modelled yet: record the SAR's receipt date as the day the missing information arrived");
            }
        }
    }

    /** Each event matching {@code later} needs an earlier-or-same-day unmatched event matching {@code earlier}. */
    private static void requireBefore(List<ClockEvent> events, Predicate<ClockEvent> later,
            Predicate<ClockEvent> earlier, String laterName, String earlierName) {
        int open = 0;
        for (ClockEvent event : events) {
            if (earlier.test(event)) {
                open++;
            } else if (later.test(event)) {
                if (open == 0) {
                    throw new IllegalArgumentException(laterName + " on " + event.on() + " has no " + earlierName
                            + " before it");
                }
                open--;
            }
        }
    }

    private static String name(ClockEvent event) {
        return event.getClass().getSimpleName();
    }
}
