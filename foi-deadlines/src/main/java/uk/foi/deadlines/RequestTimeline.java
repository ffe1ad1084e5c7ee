package uk.foi.deadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One request's dated events with the profile of the authority handling it: everything the clocks are computed from.
 * Immutable; events are kept in date order (stable for the same day).
 *
 * <p>A <em>mixed</em> request answers some parts under the profile's regime's counterpart: a FOIA request whose
 * question 2 asks for environmental information is answered under the EIR for that question (FOIA s39(1), EIR reg
 * 5(1)), and the other way round; FOISA and the EISR alike (FOISA s39(2)). Each regime's parts then have their own
 * clock ({@link #forRegime}): the same date of receipt and clarifications, but only the extension their law allows
 * (FOIA s10(3) for the FOIA parts, EIR reg 7(1) for the EIR parts) and only the pauses it has.
 *
 * @param requestId   an identifier the caller understands; not null or blank
 * @param profile     the authority's clock profile; not null
 * @param events      the events; exactly one {@link ClockEvent.RequestReceived}, no event before it
 * @param partRegimes the parts answered under the counterpart regime, by label (a sub-part follows its part unless
 *                    named itself); empty for a request answered under one law
 */
public record RequestTimeline(String requestId, ClockProfile profile, List<ClockEvent> events,
        Map<String, Regime> partRegimes) {

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
        partRegimes = Collections.unmodifiableMap(new TreeMap<>(partRegimes));
        for (Map.Entry<String, Regime> part : partRegimes.entrySet()) {
            if (profile.regime().counterpart().filter(part.getValue()::equals).isEmpty()) {
                throw new IllegalArgumentException("part " + part.getKey() + " can be answered under "
                        + profile.regime().counterpart().map(Regime::name).orElse("no other regime") + " only, not "
                        + part.getValue() + " (FOIA s39 / EIR reg 5; FOISA s39(2) / EISR reg 5)");
            }
        }
        Set<Regime> regimes = new LinkedHashSet<>();
        regimes.add(profile.regime());
        regimes.addAll(partRegimes.values());
        validate(regimes, events);
    }

    /**
     * A request answered under one law.
     *
     * @param requestId an identifier the caller understands; not null or blank
     * @param profile   the authority's clock profile; not null
     * @param events    the events
     */
    public RequestTimeline(String requestId, ClockProfile profile, List<ClockEvent> events) {
        this(requestId, profile, events, Map.of());
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
     * This timeline with some parts answered under a regime: the profile's counterpart, or the profile's own (which
     * brings them back).
     *
     * @param labels the parts' labels; not empty
     * @param regime the regime
     * @return the new timeline
     * @throws IllegalArgumentException if the regime is neither the profile's nor its counterpart, or an extension
     *                                  already taken would then belong to no part
     */
    public RequestTimeline withPartsUnder(List<String> labels, Regime regime) {
        Map<String, Regime> next = new TreeMap<>(partRegimes);
        for (String label : labels) {
            if (regime == profile.regime()) {
                next.remove(label);
            } else {
                next.put(label, regime);
            }
        }
        return new RequestTimeline(requestId, profile, events, next);
    }

    /**
     * The regime a part is answered under: its own, its nearest enclosing part's, or the profile's.
     *
     * @param label a part's label ({@code 2}, {@code 2.a})
     * @return the regime
     */
    public Regime regimeOf(String label) {
        String at = label;
        while (true) {
            Regime own = partRegimes.get(at);
            if (own != null) {
                return own;
            }
            int dot = at.lastIndexOf('.');
            if (dot < 0) {
                return profile.regime();
            }
            at = at.substring(0, dot);
        }
    }

    /** @return the regimes the request is answered under: the profile's first, then its counterpart if any part is */
    public List<Regime> regimes() {
        Set<Regime> out = new LinkedHashSet<>();
        out.add(profile.regime());
        out.addAll(partRegimes.values());
        return List.copyOf(out);
    }

    /** @return true if some parts are answered under another law than the rest */
    public boolean mixed() {
        return !partRegimes.isEmpty();
    }

    /**
     * The clock of the parts answered under one regime: the same events, under that regime, without an extension
     * that regime does not have (a FOIA public interest extension does not extend the EIR parts, nor an EIR reg 7
     * extension the FOIA ones).
     *
     * @param regime one of {@link #regimes()}
     * @return a timeline answered under that regime alone
     */
    public RequestTimeline forRegime(Regime regime) {
        if (!regimes().contains(regime)) {
            throw new IllegalArgumentException("no part of " + requestId + " is answered under " + regime);
        }
        List<ClockEvent> own = events.stream().filter(e -> allowedUnder(regime, e)).toList();
        return new RequestTimeline(requestId, profile.underRegime(regime), own, Map.of());
    }

    /** @return the labels of the parts answered under a regime other than the profile's, for that regime */
    public List<String> partsUnder(Regime regime) {
        return partRegimes.entrySet().stream().filter(e -> e.getValue() == regime).map(Map.Entry::getKey).toList();
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
        return new RequestTimeline(requestId, profile, more, partRegimes);
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
        Objects.requireNonNull(other, "other");
        Map<String, Regime> parts = new TreeMap<>(partRegimes);
        parts.values().removeIf(r -> r == other.regime());
        return new RequestTimeline(requestId, other, events, parts);
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

    /** True if an event can happen under a regime: each extension belongs to its own law. */
    private static boolean allowedUnder(Regime regime, ClockEvent event) {
        if (event instanceof ClockEvent.ExtendedForPublicInterest) {
            return regime == Regime.FOIA;
        }
        if (event instanceof ClockEvent.ExtendedAsComplexAndVoluminous) {
            return regime.isEnvironmental();
        }
        return true;
    }

    private static void validate(Set<Regime> regimes, List<ClockEvent> events) {
        Regime regime = regimes.iterator().next();
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
            if (event instanceof ClockEvent.ExtendedForPublicInterest && !regimes.contains(Regime.FOIA)) {
                throw new IllegalArgumentException("a public interest extension exists under FOIA s10(3) only, not "
                        + regime + (regime.isEnvironmental()
                        ? " (use ExtendedAsComplexAndVoluminous, reg 7)" : ""));
            }
            if (event instanceof ClockEvent.ExtendedAsComplexAndVoluminous
                    && regimes.stream().noneMatch(Regime::isEnvironmental)) {
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
