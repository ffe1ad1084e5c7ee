package uk.foi.core.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.foi.deadlines.WorkingDays;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * Something staff ask to happen to a request. {@link FoiOffice#handle} answers every command with an event: the
 * event it asked for, or {@link RequestEvent.CommandRefused} saying why not. Each command carries the day the act
 * happened ({@code on}), which may be earlier than the day it is recorded, never later.
 */
public sealed interface Command {

    /** @return the day the act happened */
    LocalDate on();

    /** @return the command's name as staff see it, such as {@code SeekClarification} */
    default String name() {
        return getClass().getSimpleName();
    }

    private static void require(Object... components) {
        for (Object c : components) {
            Objects.requireNonNull(c, "command field");
        }
    }

    /** @param on the day the acknowledgement was sent */
    record Acknowledge(LocalDate on) implements Command {
        /** @throws NullPointerException if a component is null */
        public Acknowledge {
            require(on);
        }
    }

    /**
     * @param on       the day of the assignment
     * @param assignee the caseworker's user name; not blank
     * @param team     the team that owns the request; not blank
     */
    record Assign(LocalDate on, String assignee, String team) implements Command {
        /** @throws NullPointerException if a component is null */
        public Assign {
            require(on, assignee, team);
        }
    }

    /**
     * @param on       the day the requester was asked (FOIA s1(3))
     * @param question what the requester was asked; not blank
     */
    record SeekClarification(LocalDate on, String question) implements Command {
        /** @throws NullPointerException if a component is null */
        public SeekClarification {
            require(on, question);
        }
    }

    /**
     * @param on    the day the clarification arrived
     * @param text  what it said; not blank
     * @param parts the labels of the parts it explains; empty for the whole request
     */
    record ReceiveClarification(LocalDate on, String text, List<String> parts) implements Command {
        /** @throws NullPointerException if a component is null */
        public ReceiveClarification {
            require(on, text);
            parts = List.copyOf(parts);
        }
    }

    /**
     * @param on          the day the fees notice was given (FOIA s9(1))
     * @param amountPence the fee in pence; positive
     */
    record IssueFeesNotice(LocalDate on, long amountPence) implements Command {
        /** @throws NullPointerException if a component is null */
        public IssueFeesNotice {
            require(on);
        }
    }

    /** @param on the day the fee was received */
    record ReceiveFee(LocalDate on) implements Command {
        /** @throws NullPointerException if a component is null */
        public ReceiveFee {
            require(on);
        }
    }

    /**
     * Extends the response date: for the public interest test under FOIA s10(3) (the notice must name the exemption,
     * s17(2)), or as complex and voluminous under EIR/EISR reg 7(1).
     *
     * @param on          the day the requester was told
     * @param further     how many more working days (FOIA only; the Code of Practice expects at most 20)
     * @param considering the exemptions whose public interest test needs the time (FOIA s17(2)(b))
     */
    record ExtendDeadline(LocalDate on, WorkingDays further, List<Citation> considering) implements Command {
        /** @throws NullPointerException if a component is null */
        public ExtendDeadline {
            require(on, further);
            considering = List.copyOf(considering);
        }
    }

    /**
     * Records what is decided for one part, replacing any earlier decision for it. A part may have several decisions,
     * such as information disclosed and a neither-confirm-nor-deny stance on anything further (seed 004).
     *
     * @param on        the day of the decision
     * @param label     the part's label or {@link RequestText#WHOLE}
     * @param decisions the decisions, each with this label; not empty
     */
    record DecidePart(LocalDate on, String label, List<PartDecision> decisions) implements Command {
        /** @throws NullPointerException if a component is null */
        public DecidePart {
            require(on, label);
            decisions = List.copyOf(decisions);
        }
    }

    /** @param on the day the response is sent */
    record IssueResponse(LocalDate on) implements Command {
        /** @throws NullPointerException if a component is null */
        public IssueResponse {
            require(on);
        }
    }

    /**
     * @param on     the day the requester withdrew
     * @param reason what the requester said, if anything; not null
     */
    record Withdraw(LocalDate on, String reason) implements Command {
        /** @throws NullPointerException if a component is null */
        public Withdraw {
            require(on, reason);
        }
    }

    /** @param on the day the request is treated as lapsed, after the three months ran out */
    record Lapse(LocalDate on) implements Command {
        /** @throws NullPointerException if a component is null */
        public Lapse {
            require(on);
        }
    }

    /**
     * @param on     the day the requester asked for an internal review
     * @param grounds what the requester disputes; not null
     */
    record RequestReview(LocalDate on, String grounds) implements Command {
        /** @throws NullPointerException if a component is null */
        public RequestReview {
            require(on, grounds);
        }
    }

    /**
     * Records the internal review's outcome. A review that changes the response re-decides the parts it changes: each
     * decision given replaces the original's for its part, and the section 17 check runs on the response as the
     * review leaves it (the review outcome is a refusal notice too where it withholds).
     *
     * @param on        the day the review outcome was sent
     * @param result    what the review decided
     * @param summary   the reviewer's conclusion in brief; not null
     * @param decisions the new decisions for the parts the review changed, each carrying its part's label; empty
     *                  when it upheld the response
     */
    record CompleteReview(LocalDate on, ReviewResult result, String summary, List<PartDecision> decisions)
            implements Command {
        /** @throws NullPointerException if a component is null */
        public CompleteReview {
            require(on, result, summary);
            decisions = List.copyOf(decisions);
        }

        /**
         * A review that re-decides no part.
         *
         * @param on      the day the review outcome was sent
         * @param result  what the review decided
         * @param summary the reviewer's conclusion in brief
         */
        public CompleteReview(LocalDate on, ReviewResult result, String summary) {
            this(on, result, summary, List.of());
        }
    }

    /**
     * @param on           the day the Commissioner told the authority of the complaint
     * @param icoReference the Commissioner's case reference; not blank
     */
    record LodgeIcoComplaint(LocalDate on, String icoReference) implements Command {
        /** @throws NullPointerException if a component is null */
        public LodgeIcoComplaint {
            require(on, icoReference);
        }
    }

    /**
     * @param on              the day the decision notice was served
     * @param noticeReference the notice's reference ({@code IC-123456-A1B2}); not blank
     * @param result          what it found
     * @param stepsBy         the date by which the notice requires steps of the authority, if it requires any (FOIA
     *                        s50(4), FOISA s49(6)(b)); the date is the notice's, never computed
     */
    record RecordDecisionNotice(LocalDate on, String noticeReference, DecisionNoticeResult result,
            Optional<LocalDate> stepsBy) implements Command {
        /** @throws NullPointerException if a component is null */
        public RecordDecisionNotice {
            require(on, noticeReference, result, stepsBy);
        }

        /**
         * A notice that requires no steps.
         *
         * @param on              the day the decision notice was served
         * @param noticeReference the notice's reference
         * @param result          what it found
         */
        public RecordDecisionNotice(LocalDate on, String noticeReference, DecisionNoticeResult result) {
            this(on, noticeReference, result, Optional.empty());
        }
    }

    /**
     * Records that the authority took the steps the decision notice required.
     *
     * @param on      the day they were taken
     * @param summary what was done; not blank
     */
    record ComplyWithDecisionNotice(LocalDate on, String summary) implements Command {
        /** @throws NullPointerException if a component is null */
        public ComplyWithDecisionNotice {
            require(on, summary);
        }
    }

    /**
     * @param on        the day the appeal was lodged with the First-tier Tribunal (FOIA s57) or, for FOISA and the
     *                  EISR, the Court of Session (FOISA s56)
     * @param appellant who appealed: {@code requester} or {@code authority}
     */
    record AppealToTribunal(LocalDate on, String appellant) implements Command {
        /** @throws NullPointerException if a component is null */
        public AppealToTribunal {
            require(on, appellant);
        }
    }

    /**
     * @param on     the day the case is closed
     * @param reason why; not null
     */
    record Close(LocalDate on, String reason) implements Command {
        /** @throws NullPointerException if a component is null */
        public Close {
            require(on, reason);
        }
    }

    /**
     * Handle the request under another profile from now on: re-route it between FOIA and the EIR (or FOISA and the
     * EISR), or apply the authority's newer settings to it. The date of receipt and everything recorded keep their
     * dates; the deadlines are counted again under the new rules.
     *
     * @param on       the day of the decision
     * @param handling the profile to handle it under; not null
     * @param reason   why; not blank (it goes in the audit trail)
     */
    record ChangeHandling(LocalDate on, uk.foi.deadlines.ClockProfile handling, String reason) implements Command {
        /** @throws NullPointerException if a component is null */
        public ChangeHandling {
            require(on, handling, reason);
        }
    }

    /**
     * Answers some parts under the counterpart of the request's regime (a FOIA request's question about emissions
     * under the EIR: FOIA s39(1), EIR reg 5(1); FOISA s39(2), EISR reg 5), or brings them back under the request's own.
     * The date of receipt stays; those parts' deadline, extension and refusal notice follow their law.
     *
     * @param on     the day of the decision
     * @param labels the parts; not empty
     * @param regime the law to answer them under: the request's regime or its counterpart
     * @param reason why; not blank (it goes in the audit trail)
     */
    record ReroutePart(LocalDate on, List<String> labels, uk.foi.deadlines.Regime regime, String reason)
            implements Command {
        /** @throws NullPointerException if a component is null */
        public ReroutePart {
            require(on, labels, regime, reason);
            labels = List.copyOf(labels);
        }
    }

    /**
     * Publishes the response on the public disclosure log. Nothing is published until staff give this command, with
     * the request's wording as it may be made public: personal data removed (UK GDPR art 5(1)(c); the disclosure log
     * is the authority's publication, not the requester's, s19 FOIA). Given again, it replaces the published wording.
     *
     * @param on   the day of publication
     * @param text the request's wording as published; it keeps the request's numbered parts, so each answer sits
     *             under its question
     */
    record Publish(LocalDate on, String text) implements Command {
        /** @throws NullPointerException if a component is null */
        public Publish {
            require(on, text);
        }
    }

    /**
     * Takes a published response off the disclosure log (personal data found after publication, say).
     *
     * @param on     the day
     * @param reason why; not blank (it goes in the audit trail)
     */
    record Unpublish(LocalDate on, String reason) implements Command {
        /** @throws NullPointerException if a component is null */
        public Unpublish {
            require(on, reason);
        }
    }
}
