package uk.foi.core.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import uk.foi.core.authority.Authority;
import uk.foi.core.reference.ReferenceNumbers;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.RefusalCheck;

/**
 * Where commands meet requests: it logs new requests, answers every command with an event (the one asked for, or
 * {@link RequestEvent.CommandRefused}) and says which deadlines are in force. Stateless and thread-safe; time comes
 * from the {@link Clock} it is given, and dates are UK dates.
 */
public final class FoiOffice {

    private final StatutoryClock statutoryClock;
    private final RefusalCheck refusalCheck;
    private final Catalogue catalogue;
    private final Clock clock;
    private final List<CommandPolicy> policies = CommandPolicies.standard();

    /**
     * @param statutoryClock computes the deadlines
     * @param refusalCheck   the section 17 check
     * @param catalogue      the exemption catalogue
     * @param clock          the source of now
     */
    public FoiOffice(StatutoryClock statutoryClock, RefusalCheck refusalCheck, Catalogue catalogue, Clock clock) {
        this.statutoryClock = Objects.requireNonNull(statutoryClock, "statutoryClock");
        this.refusalCheck = Objects.requireNonNull(refusalCheck, "refusalCheck");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The outcome of a command, with the request's deadlines after it, computed once: the event's state, the caseload's
     * dates and the answer to the caller all read them from here.
     *
     * @param request   the request after it (unchanged but for its version if refused)
     * @param recorded  the event with the state after it
     * @param deadlines the request's deadlines after it, today
     */
    public record Handled(FoiRequest request, Recorded recorded, List<DeadlineStatus> deadlines) {

        /** Copies the list. */
        public Handled {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(recorded, "recorded");
            deadlines = List.copyOf(deadlines);
        }

        /** @return the request's caseload dates after the command */
        public CaseloadDates caseloadDates() {
            return CaseloadDates.of(request.status(), deadlines);
        }

        /** @return the event */
        public RequestEvent event() {
            return recorded.event();
        }

        /** @return true if the command was refused */
        public boolean refused() {
            return recorded.event() instanceof RequestEvent.CommandRefused;
        }
    }

    /**
     * Logs a new request and gives it the authority's next reference.
     *
     * @param authority the authority it was sent to
     * @param intake    what arrived
     * @param numbers   where reference numbers come from
     * @return the new request and its {@link RequestEvent.RequestReceived}
     * @throws IllegalArgumentException if it is not a valid request: blank, dated in the future, or oral under FOIA
     *                                  or FOISA (s8(1)(a) needs writing)
     */
    public Handled receive(Authority authority, Intake intake, ReferenceNumbers numbers) {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(intake, "intake");
        LocalDate today = today();
        if (intake.receivedOn().isAfter(today)) {
            throw new IllegalArgumentException("receivedOn " + intake.receivedOn() + " is after today (" + today
                    + ")");
        }
        Regime regime = intake.regime().orElse(authority.regime());
        if (!authority.regimes().contains(regime)) {
            throw new IllegalArgumentException("regime " + regime + " is not one " + authority.name()
                    + " is subject to (" + authority.regimes() + ")");
        }
        if (!intake.channel().written() && (regime == Regime.FOIA || regime == Regime.FOISA)) {
            throw new IllegalArgumentException("a request by " + intake.channel() + " is oral; " + regime
                    + " s8(1)(a) needs a request in writing (the EIR and EISR accept oral requests)");
        }
        RequestText text = RequestText.parse(intake.text());
        RequestEvent.Metadata meta = RequestEvent.Metadata.of(intake.id(), authority.id(), 1, clock.instant());
        // The deadlines do not depend on the reference, so they are worked out before its number is taken: taking it
        // holds the authority's counter until the intake commits (references have no gaps), and whatever runs after
        // it runs one intake at a time.
        List<DeadlineStatus> deadlines = deadlines(FoiRequest.received(new RequestEvent.RequestReceived(meta, "",
                intake.receivedOn(), intake.channel(), regime, text, Optional.of(authority.profileFor(regime))),
                authority.clock()));
        String reference = authority.referenceFormat().format(intake.receivedOn(),
                numbers.next(authority.id().value(), intake.receivedOn().getYear()));
        RequestEvent.RequestReceived event = new RequestEvent.RequestReceived(meta, reference, intake.receivedOn(),
                intake.channel(), regime, text, Optional.of(authority.profileFor(regime)));
        FoiRequest request = FoiRequest.received(event, authority.clock());
        return new Handled(request, new Recorded(event, stateOf(request, deadlines)), deadlines);
    }

    /**
     * Carries out a command, or refuses it. Either way the answer is an event with the next sequence number.
     *
     * @param request the request as it is
     * @param command the command
     * @return the request after the event, and the event
     */
    public Handled handle(FoiRequest request, Command command) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(command, "command");
        CommandPolicy.Context context = new CommandPolicy.Context(today(), statutoryClock,
                new CommandPolicy.Section17(refusalCheck), catalogue);
        RequestEvent.Metadata meta = RequestEvent.Metadata.of(request.id(), request.authority(),
                request.version() + 1, clock.instant());
        for (CommandPolicy policy : policies) {
            Optional<Refusal> refusal = policy.check(request, command, context);
            if (refusal.isPresent()) {
                return refuse(request, command, meta, refusal.get());
            }
        }
        RequestEvent event = eventFor(request, command, meta, context);
        FoiRequest after;
        try {
            after = request.apply(event);
        } catch (IllegalArgumentException impossible) {
            // The timeline is the last word on whether the dates make a possible history.
            return refuse(request, command, meta, Refusal.because(impossible.getMessage()));
        }
        return handled(after, event);
    }

    /**
     * The deadlines that apply to a request today, each with its working.
     *
     * @param request the request
     * @return the deadlines, response first
     */
    public List<DeadlineStatus> deadlines(FoiRequest request) {
        return statutoryClock.deadlines(request.timeline(), today());
    }

    /**
     * The request's dates as a caseload sorts and filters on them: its open deadlines, the response date in force and
     * the next date the authority must meet ({@link CaseloadDates}).
     *
     * @param request the request
     * @return its caseload dates today
     */
    public CaseloadDates caseloadDates(FoiRequest request) {
        return CaseloadDates.of(request.status(), deadlines(request));
    }

    /** The outcome of a command: the request after it, its event, and its deadlines computed once. */
    private Handled handled(FoiRequest after, RequestEvent event) {
        List<DeadlineStatus> deadlines = deadlines(after);
        return new Handled(after, new Recorded(event, stateOf(after, deadlines)), deadlines);
    }

    /**
     * The request as events carry it.
     *
     * @param request the request
     * @return its state today
     */
    public RequestState stateOf(FoiRequest request) {
        return stateOf(request, deadlines(request));
    }

    private RequestState stateOf(FoiRequest request, List<DeadlineStatus> deadlines) {
        List<DeadlineInForce> inForce = request.status().terminal() ? List.of()
                : deadlines.stream().map(DeadlineInForce::of).toList();
        return new RequestState(request.reference(), request.profile().regime(), request.status(),
                request.assignee(), request.team(), request.response().map(FoiRequest.IssuedResponse::outcome),
                inForce, Optional.of(request.timeline()));
    }

    /**
     * Whether the statutory clock can count with a day: the calendars cover a fixed range (bank holidays are
     * published, or projected by rule, only so far), so a date outside it (a typing slip, a backlog from before
     * 2010) cannot be given a deadline and must be refused where it comes in.
     *
     * @param date the day
     * @return why it cannot be used, or empty if it can
     */
    public Optional<String> outsideCalendar(LocalDate date) {
        var calendar = statutoryClock.calendarFor(uk.foi.deadlines.ClockProfile.of(Regime.FOIA));
        return calendar.covers(date) ? Optional.empty() : Optional.of(date + " is outside the dates the statutory"
                + " clock can count with, " + calendar.first() + " to " + calendar.last());
    }

    /**
     * How many working days are left before a date, as a caseload shows it ("3 working days left", "overdue by 2
     * working days"). Counted on the calendar of the request's regime: for FOIA and the EIR a working day is any day
     * but a weekend, Christmas Day, Good Friday or a bank holiday anywhere in the UK (FOIA s10(6), EIR reg 2(1));
     * for FOISA and the EISR, one in Scotland (FOISA s73, EISR reg 2(1)).
     *
     * @param regime the request's regime
     * @param due    the date
     * @return working days after today up to and including {@code due}; 0 if it is today; minus the working days
     *         since it passed when it has; empty if either day is outside the calendar's range
     */
    public OptionalInt workingDaysLeft(Regime regime, LocalDate due) {
        var calendar = statutoryClock.calendarFor(uk.foi.deadlines.ClockProfile.of(regime));
        LocalDate today = today();
        if (!calendar.covers(today) || !calendar.covers(due)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(due.isBefore(today) ? -calendar.workingDaysBetween(due, today)
                : calendar.workingDaysBetween(today, due));
    }

    /**
     * The section 17 check of the response the request's decisions would make if it were issued today: what the
     * response command will check, shown before it is sent (FOIA s17, EIR reg 14, FOISA s16).
     *
     * @param request the request
     * @return the findings; none for a subject access request, which no refusal-notice rule governs
     */
    public RefusalCheck.Report checkResponse(FoiRequest request) {
        if (request.profile().regime() == Regime.SAR) {
            return new RefusalCheck.Report(List.of());
        }
        return refusalCheck.check(CommandPolicies.draft(request, today()));
    }

    /** @return today in UK time */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(StatutoryClock.UK));
    }

    private Handled refuse(FoiRequest request, Command command, RequestEvent.Metadata meta, Refusal refusal) {
        RequestEvent event = new RequestEvent.CommandRefused(meta, command.name(), command.on(), request.status(),
                refusal.reason(), refusal.findings());
        FoiRequest after = request.apply(event);
        return handled(after, event);
    }

    private RequestEvent eventFor(FoiRequest request, Command command, RequestEvent.Metadata meta,
            CommandPolicy.Context context) {
        if (command instanceof Command.Acknowledge c) {
            return new RequestEvent.RequestAcknowledged(meta, c.on());
        } else if (command instanceof Command.Assign c) {
            return new RequestEvent.RequestAssigned(meta, c.on(), c.assignee(), c.team());
        } else if (command instanceof Command.SeekClarification c) {
            return new RequestEvent.ClarificationSought(meta, c.on(), c.question());
        } else if (command instanceof Command.ReceiveClarification c) {
            return new RequestEvent.ClarificationReceived(meta, c.on(), c.text(), c.parts());
        } else if (command instanceof Command.IssueFeesNotice c) {
            return new RequestEvent.FeesNoticeIssued(meta, c.on(), c.amountPence());
        } else if (command instanceof Command.ReceiveFee c) {
            return new RequestEvent.FeePaid(meta, c.on());
        } else if (command instanceof Command.ExtendDeadline c) {
            return new RequestEvent.DeadlineExtended(meta, c.on(),
                    CommandPolicies.extensionRegime(request, c) == Regime.FOIA
                    ? RequestEvent.Extension.PUBLIC_INTEREST : RequestEvent.Extension.COMPLEX_AND_VOLUMINOUS,
                    c.further(), c.considering());
        } else if (command instanceof Command.DecidePart c) {
            return new RequestEvent.PartDecided(meta, c.on(), c.label(), c.decisions());
        } else if (command instanceof Command.IssueResponse c) {
            List<String> warnings = request.profile().regime() == Regime.SAR ? List.of()
                    : CommandPolicies.text(context.section17().report(request, c.on()).warnings());
            OverallOutcome outcome = OverallOutcome.of(request.allDecisions().stream().map(PartDecision::outcome)
                    .toList());
            return new RequestEvent.ResponseIssued(meta, c.on(), outcome, request.cited(), warnings);
        } else if (command instanceof Command.Withdraw c) {
            return new RequestEvent.RequestWithdrawn(meta, c.on(), c.reason());
        } else if (command instanceof Command.Lapse c) {
            DeadlineKind kind = CommandPolicies.lapseDeadline(request, c.on(), context).orElseThrow().deadline()
                    .kind();
            return new RequestEvent.RequestLapsed(meta, c.on(), kind);
        } else if (command instanceof Command.RequestReview c) {
            LocalDate windowCloses = statutoryClock.reviewRequestWindow(request.timeline(),
                    request.response().orElseThrow().on()).due();
            return new RequestEvent.ReviewRequested(meta, c.on(), c.grounds(), !c.on().isAfter(windowCloses));
        } else if (command instanceof Command.CompleteReview c) {
            return new RequestEvent.ReviewCompleted(meta, c.on(), c.result(), c.summary(), c.decisions());
        } else if (command instanceof Command.LodgeIcoComplaint c) {
            return new RequestEvent.IcoComplaintLodged(meta, c.on(), c.icoReference());
        } else if (command instanceof Command.RecordDecisionNotice c) {
            return new RequestEvent.DecisionNoticeReceived(meta, c.on(), c.noticeReference(), c.result(),
                    c.stepsBy());
        } else if (command instanceof Command.ComplyWithDecisionNotice c) {
            return new RequestEvent.DecisionNoticeComplied(meta, c.on(), c.summary());
        } else if (command instanceof Command.AppealToTribunal c) {
            return new RequestEvent.TribunalAppealLodged(meta, c.on(), c.appellant());
        } else if (command instanceof Command.ReroutePart c) {
            return new RequestEvent.PartsRerouted(meta, c.on(), c.labels(), c.regime(), c.reason());
        } else if (command instanceof Command.ChangeHandling c) {
            return new RequestEvent.HandlingChanged(meta, c.on(), c.handling(), c.reason());
        } else if (command instanceof Command.Close c) {
            return new RequestEvent.RequestClosed(meta, c.on(), c.reason());
        } else if (command instanceof Command.Publish c) {
            return new RequestEvent.ResponsePublished(meta, c.on(), c.text());
        } else if (command instanceof Command.Unpublish c) {
            return new RequestEvent.PublicationWithdrawn(meta, c.on(), c.reason());
        }
        throw new IllegalStateException("no event for " + command.name());
    }
}
