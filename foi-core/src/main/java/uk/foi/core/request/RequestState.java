package uk.foi.core.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.RequestTimeline;

/**
 * What a request looks like after an event, as every event message carries it: enough for a consumer such as the
 * notifier to keep a schedule and route alerts without asking the API. No personal data.
 *
 * @param reference the authority's reference
 * @param regime    the regime
 * @param status    the status after the event
 * @param assignee  the caseworker, if assigned
 * @param team      the owning team, if assigned
 * @param outcome   the overall outcome, once responded
 * @param deadlines the deadlines in force after the event, response first
 * @param clock     what the deadlines were computed from: the authority's clock profile (regime, authority type,
 *                  nation, policy, school terms) and every dated clock event so far (receipt, clarification, fees,
 *                  extensions, response, review), so that a consumer can recompute the dates under another calendar
 *                  from the last event alone, without the request's history; empty in events written before it was
 *                  added
 */
public record RequestState(String reference, Regime regime, Status status, Optional<String> assignee,
        Optional<String> team, Optional<OverallOutcome> outcome, List<DeadlineInForce> deadlines,
        Optional<RequestTimeline> clock) {

    /** Copies the list and checks nothing is null. */
    public RequestState {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(outcome, "outcome");
        deadlines = List.copyOf(deadlines);
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * A state without its clock, as events written before the clock was carried.
     *
     * @param reference the authority's reference
     * @param regime    the regime
     * @param status    the status after the event
     * @param assignee  the caseworker, if assigned
     * @param team      the owning team, if assigned
     * @param outcome   the overall outcome, once responded
     * @param deadlines the deadlines in force after the event, response first
     */
    public RequestState(String reference, Regime regime, Status status, Optional<String> assignee,
            Optional<String> team, Optional<OverallOutcome> outcome, List<DeadlineInForce> deadlines) {
        this(reference, regime, status, assignee, team, outcome, deadlines, Optional.empty());
    }
}
