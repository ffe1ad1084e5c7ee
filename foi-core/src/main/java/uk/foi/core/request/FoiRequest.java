package uk.foi.core.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.foi.core.authority.AuthorityId;
import uk.foi.deadlines.ClockEvent;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.RequestTimeline;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.refusal.Outcome;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * An FOI request: the aggregate every command acts on. Immutable; its state is the fold of its events
 * ({@link #apply}), so the events alone rebuild it ({@link #replay}). It holds no personal data of the requester
 * (see {@link Requester}).
 *
 * @param id          the request's id
 * @param authority   the authority that holds it
 * @param profile     the profile it is handled under: recorded at receipt, changed only by
 *                    {@link RequestEvent.HandlingChanged}, never by a later change to the authority's settings
 * @param reference   the authority's reference
 * @param receivedOn  the date of receipt
 * @param channel     how it arrived
 * @param text        the request as asked, in parts, with clarifications
 * @param status      where it is in its life
 * @param statusSince the day of the event that put it there
 * @param decisions   what was decided, by part label, in the order decided
 * @param timeline    the dated events that drive its statutory clock
 * @param assignee    the caseworker, if assigned
 * @param team        the owning team, if assigned
 * @param response    the response, once issued
 * @param review      the internal review result, once completed
 * @param reviewDecisions what the internal review decided instead, by part label, for the parts it changed; the
 *                    original decisions stay in {@code decisions} (the response as sent), {@link #asReviewed()} gives
 *                    the response as the review left it
 * @param publication what the public disclosure log shows of it, once staff published it
 * @param version     the sequence number of its last event
 */
public record FoiRequest(RequestId id, AuthorityId authority, ClockProfile profile, String reference,
        LocalDate receivedOn, Channel channel, RequestText text, Status status, LocalDate statusSince,
        Map<String, List<PartDecision>> decisions, RequestTimeline timeline, Optional<String> assignee,
        Optional<String> team, Optional<IssuedResponse> response, Optional<ReviewResult> review,
        Map<String, List<PartDecision>> reviewDecisions, Optional<Publication> publication, long version) {

    private static final Map<Class<? extends RequestEvent>, Class<? extends Command>> COMMAND_OF = Map.ofEntries(
            Map.entry(RequestEvent.RequestAcknowledged.class, Command.Acknowledge.class),
            Map.entry(RequestEvent.RequestAssigned.class, Command.Assign.class),
            Map.entry(RequestEvent.ClarificationSought.class, Command.SeekClarification.class),
            Map.entry(RequestEvent.ClarificationReceived.class, Command.ReceiveClarification.class),
            Map.entry(RequestEvent.FeesNoticeIssued.class, Command.IssueFeesNotice.class),
            Map.entry(RequestEvent.FeePaid.class, Command.ReceiveFee.class),
            Map.entry(RequestEvent.DeadlineExtended.class, Command.ExtendDeadline.class),
            Map.entry(RequestEvent.PartDecided.class, Command.DecidePart.class),
            Map.entry(RequestEvent.ResponseIssued.class, Command.IssueResponse.class),
            Map.entry(RequestEvent.RequestWithdrawn.class, Command.Withdraw.class),
            Map.entry(RequestEvent.RequestLapsed.class, Command.Lapse.class),
            Map.entry(RequestEvent.ReviewRequested.class, Command.RequestReview.class),
            Map.entry(RequestEvent.ReviewCompleted.class, Command.CompleteReview.class),
            Map.entry(RequestEvent.IcoComplaintLodged.class, Command.LodgeIcoComplaint.class),
            Map.entry(RequestEvent.DecisionNoticeReceived.class, Command.RecordDecisionNotice.class),
            Map.entry(RequestEvent.TribunalAppealLodged.class, Command.AppealToTribunal.class),
            Map.entry(RequestEvent.DecisionNoticeComplied.class, Command.ComplyWithDecisionNotice.class),
            Map.entry(RequestEvent.RequestClosed.class, Command.Close.class),
            Map.entry(RequestEvent.HandlingChanged.class, Command.ChangeHandling.class),
            Map.entry(RequestEvent.PartsRerouted.class, Command.ReroutePart.class),
            Map.entry(RequestEvent.ResponsePublished.class, Command.Publish.class),
            Map.entry(RequestEvent.PublicationWithdrawn.class, Command.Unpublish.class));

    /**
     * The response as the public disclosure log shows it.
     *
     * @param on   the day it was (last) published
     * @param text the request's wording as published, personal data removed by staff
     */
    public record Publication(LocalDate on, String text) {
        /** @throws NullPointerException if a component is null */
        public Publication {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The response as issued.
     *
     * @param on       the day it was sent
     * @param outcome  the overall outcome
     * @param warnings the section 17 warnings it was issued with
     */
    public record IssuedResponse(LocalDate on, OverallOutcome outcome, List<String> warnings) {
        /** @throws NullPointerException if a component is null */
        public IssuedResponse {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(outcome, "outcome");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Copies the collections and checks nothing is null.
     *
     * @throws NullPointerException if a component is null
     */
    public FoiRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusSince, "statusSince");
        decisions = copyOf(decisions);
        reviewDecisions = copyOf(reviewDecisions);
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(publication, "publication");
    }

    /**
     * The request as its first event describes it, handled under the profile that event recorded.
     *
     * @param received the first event
     * @param legacy   the profile for an event written before receipt recorded one (the authority's settings of
     *                 the time, as well as they are known); put under the event's regime
     * @return the request
     */
    public static FoiRequest received(RequestEvent.RequestReceived received, ClockProfile legacy) {
        ClockProfile profile = received.handling().orElseGet(() -> legacy.underRegime(received.regime()));
        return new FoiRequest(received.requestId(), received.meta().authority(), profile, received.reference(),
                received.receivedOn(), received.channel(), received.text(), Status.RECEIVED, received.receivedOn(),
                Map.of(), RequestTimeline.received(received.requestId().toString(), profile, received.receivedOn()),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty(),
                received.sequence());
    }

    /**
     * Rebuilds a request from its history.
     *
     * @param profile the profile for a history whose receipt recorded none (see {@link #received})
     * @param events  every event, in sequence order, starting with {@link RequestEvent.RequestReceived}
     * @return the request
     * @throws IllegalArgumentException if the history does not start with the receipt or is out of sequence
     */
    public static FoiRequest replay(ClockProfile profile, List<? extends RequestEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof RequestEvent.RequestReceived first)) {
            throw new IllegalArgumentException("a request's history starts with RequestReceived");
        }
        FoiRequest request = received(first, profile);
        for (RequestEvent event : events.subList(1, events.size())) {
            request = request.apply(event);
        }
        return request;
    }

    /**
     * This request after an event. The status follows {@link Lifecycle}; the clock events go to the timeline.
     *
     * @param event the next event, with sequence {@code version() + 1}
     * @return the new request
     * @throws IllegalArgumentException if the event belongs to another request or is out of sequence, or if its
     *                                  dates make an impossible timeline (the message says why)
     */
    public FoiRequest apply(RequestEvent event) {
        if (!event.requestId().equals(id)) {
            throw new IllegalArgumentException("event for request " + event.requestId() + " applied to " + id);
        }
        if (event.sequence() != version + 1) {
            throw new IllegalArgumentException("event " + event.sequence() + " does not follow version " + version);
        }
        Next next = new Next(this);
        next.version = event.sequence();
        if (event instanceof RequestEvent.CommandRefused || event instanceof RequestEvent.RequestReceived) {
            return next.build();
        }
        LocalDate on = event.on();
        Class<? extends Command> command = COMMAND_OF.get(event.getClass());
        Status after = Lifecycle.next(status, command).orElseThrow(() -> new IllegalArgumentException(
                event.getClass().getSimpleName() + " cannot happen to a request that is " + status));
        if (after != status) {
            next.status = after;
            next.statusSince = on;
        }
        if (event instanceof RequestEvent.HandlingChanged e) {
            next.profile = e.handling();
            next.timeline = timeline.withProfile(e.handling());
        } else if (event instanceof RequestEvent.PartsRerouted e) {
            next.timeline = timeline.withPartsUnder(e.labels(), e.regime());
        } else if (event instanceof RequestEvent.RequestAssigned e) {
            next.assignee = Optional.of(e.assignee());
            next.team = Optional.of(e.team());
        } else if (event instanceof RequestEvent.ClarificationSought e) {
            next.timeline = timeline.with(new ClockEvent.ClarificationSought(e.on()));
        } else if (event instanceof RequestEvent.ClarificationReceived e) {
            next.timeline = timeline.with(new ClockEvent.ClarificationReceived(e.on()));
            next.text = text.clarifiedBy(new Clarification(e.on(), e.text()), e.parts());
        } else if (event instanceof RequestEvent.FeesNoticeIssued e) {
            next.timeline = timeline.with(new ClockEvent.FeesNoticeGiven(e.on()));
        } else if (event instanceof RequestEvent.FeePaid e) {
            next.timeline = timeline.with(new ClockEvent.FeeReceived(e.on()));
        } else if (event instanceof RequestEvent.DeadlineExtended e) {
            next.timeline = timeline.with(e.extension() == RequestEvent.Extension.PUBLIC_INTEREST
                    ? new ClockEvent.ExtendedForPublicInterest(e.on(), e.further())
                    : new ClockEvent.ExtendedAsComplexAndVoluminous(e.on()));
        } else if (event instanceof RequestEvent.PartDecided e) {
            next.decisions.put(e.label(), e.decisions());
        } else if (event instanceof RequestEvent.ResponseIssued e) {
            next.timeline = timeline.with(new ClockEvent.ResponseIssued(e.on()));
            next.response = Optional.of(new IssuedResponse(e.on(), e.outcome(), e.warnings()));
        } else if (event instanceof RequestEvent.ReviewRequested e) {
            next.timeline = timeline.with(new ClockEvent.ReviewRequested(e.on()));
        } else if (event instanceof RequestEvent.ReviewCompleted e) {
            next.timeline = timeline.with(new ClockEvent.ReviewCompleted(e.on()));
            next.review = Optional.of(e.result());
            next.reviewDecisions.clear();
            next.reviewDecisions.putAll(byLabel(e.decisions()));
        } else if (event instanceof RequestEvent.IcoComplaintLodged e) {
            next.timeline = timeline.with(new ClockEvent.ComplaintToRegulator(e.on()));
        } else if (event instanceof RequestEvent.DecisionNoticeReceived e) {
            next.timeline = timeline.with(new ClockEvent.DecisionNoticeServed(e.on(), e.stepsBy()));
        } else if (event instanceof RequestEvent.TribunalAppealLodged e) {
            next.timeline = timeline.with(new ClockEvent.AppealLodged(e.on()));
        } else if (event instanceof RequestEvent.DecisionNoticeComplied e) {
            next.timeline = timeline.with(new ClockEvent.DecisionNoticeComplied(e.on()));
        } else if (event instanceof RequestEvent.ResponsePublished e) {
            next.publication = Optional.of(new Publication(e.on(), e.text()));
        } else if (event instanceof RequestEvent.PublicationWithdrawn) {
            next.publication = Optional.empty();
        }
        return next.build();
    }

    /**
     * The request as the public sees it on the disclosure log: the published wording in place of the text as asked
     * (and its clarifications), every decision as made.
     *
     * @return the published request, if it is published
     */
    public Optional<FoiRequest> asPublished() {
        return publication.map(p -> {
            Next next = new Next(this);
            next.text = RequestText.parse(p.text());
            return next.build();
        });
    }

    /**
     * The response as the internal review left it: each part the review re-decided carries the review's decisions,
     * the others the original's. The same request when no review changed anything.
     *
     * @return the request with its decisions as reviewed
     */
    public FoiRequest asReviewed() {
        return asReviewed(reviewDecisions.values().stream().flatMap(List::stream).toList());
    }

    /**
     * The response as a review re-deciding some parts would leave it (to check it before the review is recorded).
     *
     * @param redecided the review's decisions, each carrying its part's label
     * @return the request with those parts' decisions replaced
     */
    public FoiRequest asReviewed(List<PartDecision> redecided) {
        if (redecided.isEmpty()) {
            return this;
        }
        Next next = new Next(this);
        next.decisions.putAll(byLabel(redecided));
        return next.build();
    }

    /**
     * The parts answered under one law, as a request of their own (FOIA s39(1), EIR reg 5(1): a request answered
     * under two laws is, for each law, a request for its parts): that law's clock ({@link RequestTimeline#forRegime}),
     * the decisions of its parts only (whole-request decisions go with the request's main law) and, if it was
     * answered, the outcome of those decisions. A request under one law is itself.
     *
     * @param regime one of the request's laws ({@code timeline().regimes()})
     * @return the request as that law's parts make it
     * @throws IllegalArgumentException if no part is answered under that law
     */
    public FoiRequest partsUnder(Regime regime) {
        if (!timeline.mixed() && regime == profile.regime()) {
            return this;
        }
        Next next = new Next(this);
        next.timeline = timeline.forRegime(regime);
        next.profile = next.timeline.profile();
        next.decisions.keySet().removeIf(label -> regimeOf(label) != regime);
        next.reviewDecisions.keySet().removeIf(label -> regimeOf(label) != regime);
        List<Outcome> outcomes = next.decisions.values().stream().flatMap(List::stream).map(PartDecision::outcome)
                .toList();
        if (!outcomes.isEmpty()) {
            next.response = response.map(r -> new IssuedResponse(r.on(), OverallOutcome.of(outcomes),
                    r.warnings()));
        }
        return next.build();
    }

    /** @return what the internal review decided instead, in the request's part order (whole-request last) */
    public List<PartDecision> reviewedDecisions() {
        return reviewedParts().stream().flatMap(label -> reviewDecisions.get(label).stream()).toList();
    }

    /** @return the labels of the parts the internal review re-decided, in the request's order */
    public List<String> reviewedParts() {
        List<String> out = new ArrayList<>();
        text.parts().stream().map(RequestPart::label).filter(reviewDecisions::containsKey).forEach(out::add);
        if (reviewDecisions.containsKey(RequestText.WHOLE)) {
            out.add(RequestText.WHOLE);
        }
        return out;
    }

    private static Map<String, List<PartDecision>> byLabel(List<PartDecision> decisions) {
        Map<String, List<PartDecision>> out = new LinkedHashMap<>();
        decisions.forEach(d -> out.computeIfAbsent(d.label(), l -> new ArrayList<>()).add(d));
        return out;
    }

    private static Map<String, List<PartDecision>> copyOf(Map<String, List<PartDecision>> decisions) {
        Map<String, List<PartDecision>> copy = new LinkedHashMap<>();
        decisions.forEach((label, list) -> copy.put(label, List.copyOf(list)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The law a part is answered under: its own if it was re-routed, else its enclosing part's, else the request's.
     *
     * @param label a part's label, or {@link RequestText#WHOLE}
     * @return the regime
     */
    public Regime regimeOf(String label) {
        return RequestText.WHOLE.equals(label) ? profile.regime() : timeline.regimeOf(label);
    }

    /**
     * Every decision, in the request's part order with the whole-request decisions last.
     *
     * @return the decisions
     */
    public List<PartDecision> allDecisions() {
        List<PartDecision> out = new ArrayList<>();
        text.parts().forEach(p -> out.addAll(decisions.getOrDefault(p.label(), List.of())));
        out.addAll(decisions.getOrDefault(RequestText.WHOLE, List.of()));
        return out;
    }

    /**
     * Every provision the decisions cite, in order of first use.
     *
     * @return the citations
     */
    public List<Citation> cited() {
        return allDecisions().stream().flatMap(d -> d.citations().stream()).distinct().toList();
    }

    /**
     * The top-level parts with no decision: a part counts as decided if it, or every part under it, has one.
     *
     * @return their labels, in order
     */
    public List<String> undecidedParts() {
        return text.topLevel().stream().map(RequestPart::label).filter(label -> !decided(label)).toList();
    }

    private boolean decided(String label) {
        if (decisions.containsKey(label)) {
            return true;
        }
        List<RequestPart> children = text.childrenOf(label);
        return !children.isEmpty() && children.stream().allMatch(c -> decided(c.label()));
    }

    /** A mutable copy for {@link #apply}; never escapes. */
    private static final class Next {
        private final FoiRequest from;
        private ClockProfile profile;
        private RequestText text;
        private Status status;
        private LocalDate statusSince;
        private final Map<String, List<PartDecision>> decisions;
        private RequestTimeline timeline;
        private Optional<String> assignee;
        private Optional<String> team;
        private Optional<IssuedResponse> response;
        private Optional<ReviewResult> review;
        private final Map<String, List<PartDecision>> reviewDecisions;
        private Optional<Publication> publication;
        private long version;

        Next(FoiRequest from) {
            this.from = from;
            this.profile = from.profile;
            this.text = from.text;
            this.status = from.status;
            this.statusSince = from.statusSince;
            this.decisions = new LinkedHashMap<>(from.decisions);
            this.timeline = from.timeline;
            this.assignee = from.assignee;
            this.team = from.team;
            this.response = from.response;
            this.review = from.review;
            this.reviewDecisions = new LinkedHashMap<>(from.reviewDecisions);
            this.publication = from.publication;
            this.version = from.version;
        }

        FoiRequest build() {
            return new FoiRequest(from.id, from.authority, profile, from.reference, from.receivedOn,
                    from.channel, text, status, statusSince, decisions, timeline, assignee, team, response, review,
                    reviewDecisions, publication, version);
        }
    }
}
