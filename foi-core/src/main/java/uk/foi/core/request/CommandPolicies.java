package uk.foi.core.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.foi.deadlines.DeadlineKind;
import uk.foi.deadlines.DeadlineStatus;
import uk.foi.deadlines.Regime;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.Provision;
import uk.foi.exemptions.refusal.DraftResponse;
import uk.foi.exemptions.refusal.Finding;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.RefusalCheck;

/** The rules every command passes, in the order the office applies them. */
final class CommandPolicies {

    private CommandPolicies() {
    }

    /** @return the standard rules */
    static List<CommandPolicy> standard() {
        return List.of(new CommandFitsTheLifecycle(), new ActsAreNotDatedInTheFuture(),
                new ActsFollowTheStepBeforeThem(), new CommandsSayWhatTheyMean(),
                new DecisionsNamePartsOfTheRequest(), new HandlingMovesToTheCounterpartOnly(),
                new ExtensionsFollowTheRegime(),
                new ExtensionIsGivenInTime(), new RequestLapsesOnlyAfterThreeMonths(),
                new ResponseAnswersEveryPart(), new RefusalMeetsSection17(), new ReviewRedecidesWhatItChanges(),
                new DecisionNoticeStepsAreTheNoticesOwn(), new PublicationKeepsTheResponseWhole());
    }

    /**
     * The draft a response issued on a day would be, as the section 17 check reads it. The letters this toolkit
     * writes always describe the internal review, the right to complain to the Commissioner and, under the EIR, the
     * presumption in favour of disclosure; so those are stated by construction.
     *
     * @param request the request
     * @param on      the day of the response
     * @return the draft
     */
    static DraftResponse draft(FoiRequest request, LocalDate on) {
        return draft(request, on, request.profile().regime());
    }

    /**
     * The part of that draft answered under one law: a mixed request is a refusal notice under each law for its own
     * parts (FOIA s17 for the FOIA parts, EIR reg 14 for the EIR parts).
     *
     * @param request the request
     * @param on      the day of the response
     * @param regime  one of the laws it is answered under
     * @return the draft of that law's parts
     */
    static DraftResponse draft(FoiRequest request, LocalDate on, Regime regime) {
        List<PartDecision> decisions = request.allDecisions().stream()
                .filter(d -> !request.timeline().mixed() || request.regimeOf(d.label()) == regime).toList();
        return new DraftResponse(regime, on, decisions, true, true, regime.isEnvironmental());
    }

    /**
     * Which law an extension is taken under: the request's, or for a mixed request the one whose parts it extends:
     * a public interest extension names the exemptions it considers (FOIA s17(2)(b)) and extends the FOIA parts;
     * without them it is the EIR's reg 7(1) extension of the EIR parts.
     *
     * @param request the request
     * @param c       the extension
     * @return the law
     */
    static Regime extensionRegime(FoiRequest request, Command.ExtendDeadline c) {
        List<Regime> regimes = request.timeline().regimes();
        if (regimes.size() == 1) {
            return regimes.get(0);
        }
        return regimes.stream().filter(r -> r.isEnvironmental() == c.considering().isEmpty()).findFirst()
                .orElse(regimes.get(0));
    }

    /** The state machine: the command must be allowed in the request's status ({@link Lifecycle}). */
    static final class CommandFitsTheLifecycle implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            if (Lifecycle.next(request.status(), command.getClass()).isPresent()) {
                return Optional.empty();
            }
            String allowed = Lifecycle.allowedFrom(command.getClass()).stream().sorted().map(Status::name)
                    .collect(Collectors.joining(", "));
            return Optional.of(Refusal.because(command.name() + " is not possible while the request is "
                    + request.status() + (allowed.isEmpty() ? "" : "; it is possible while " + allowed)));
        }
    }

    /** A date of something that happened cannot be in the future. */
    static final class ActsAreNotDatedInTheFuture implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            return command.on().isAfter(context.today())
                    ? Optional.of(Refusal.because(command.name() + " is dated " + command.on()
                            + ", after today (" + context.today() + ")"))
                    : Optional.empty();
        }
    }

    /** An act cannot be dated before the step that made it possible (a review before the response, say). */
    static final class ActsFollowTheStepBeforeThem implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            return command.on().isBefore(request.statusSince())
                    ? Optional.of(Refusal.because(command.name() + " is dated " + command.on()
                            + ", before the request became " + request.status() + " on " + request.statusSince()))
                    : Optional.empty();
        }
    }

    /** Free-text fields that a command exists to record must be filled in. */
    static final class CommandsSayWhatTheyMean implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            String missing = null;
            if (command instanceof Command.Assign c && (c.assignee().isBlank() || c.team().isBlank())) {
                missing = "an assignee and a team";
            } else if (command instanceof Command.SeekClarification c && c.question().isBlank()) {
                missing = "the question put to the requester (FOIA s1(3))";
            } else if (command instanceof Command.ReceiveClarification c && c.text().isBlank()) {
                missing = "what the requester said";
            } else if (command instanceof Command.IssueFeesNotice c && c.amountPence() <= 0) {
                missing = "a fee above nothing (FOIA s9(1))";
            } else if (command instanceof Command.ReroutePart c && (c.reason().isBlank() || c.labels().isEmpty())) {
                missing = "the parts to re-route and the reason (it goes in the audit trail)";
            } else if (command instanceof Command.ChangeHandling c && c.reason().isBlank()) {
                missing = "the reason for handling it differently (it goes in the audit trail)";
            } else if (command instanceof Command.Publish c && c.text().isBlank()) {
                missing = "the request's wording as it is to be published";
            } else if (command instanceof Command.Unpublish c && c.reason().isBlank()) {
                missing = "the reason for taking it off the disclosure log (it goes in the audit trail)";
            } else if (command instanceof Command.LodgeIcoComplaint c && c.icoReference().isBlank()) {
                missing = "the Commissioner's case reference";
            } else if (command instanceof Command.RecordDecisionNotice c && c.noticeReference().isBlank()) {
                missing = "the decision notice's reference";
            } else if (command instanceof Command.ComplyWithDecisionNotice c && c.summary().isBlank()) {
                missing = "what was done to comply with the decision notice";
            } else if (command instanceof Command.AppealToTribunal c
                    && !c.appellant().equals("requester") && !c.appellant().equals("authority")) {
                missing = "the appellant: requester or authority";
            }
            return missing == null ? Optional.empty()
                    : Optional.of(Refusal.because(command.name() + " needs " + missing));
        }
    }

    /**
     * A request changes regime only to the counterpart that covers the same authority's other information: FOIA to
     * the EIR and back (FOIA s39(1), EIR reg 5(1)), FOISA to the EISR and back (FOISA s39(2), EISR reg 5(1)). A change
     * that changes nothing is refused, so the audit trail holds only real changes.
     */
    static final class HandlingMovesToTheCounterpartOnly implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            if (command instanceof Command.ReroutePart c) {
                return reroutePart(request, c);
            }
            if (!(command instanceof Command.ChangeHandling c)) {
                return Optional.empty();
            }
            Regime from = request.profile().regime();
            Regime to = c.handling().regime();
            if (to != from && from.counterpart().filter(to::equals).isEmpty()) {
                return Optional.of(Refusal.because("a request under " + from + " can be re-routed to "
                        + from.counterpart().map(Regime::name).orElse("no other regime") + " only, not " + to
                        + " (FOIA s39 / EIR reg 5; FOISA s39(2) / EISR reg 5)"));
            }
            if (c.handling().equals(request.profile())) {
                return Optional.of(Refusal.because("the request is already handled under these settings ("
                        + from + ")"));
            }
            return Optional.empty();
        }
    }

    /**
     * Parts go to the request's counterpart regime, or back to its own, and not so as to strand an extension: the
     * timeline that would result says why not (its parts exist: {@link DecisionsNamePartsOfTheRequest}).
     */
    private static Optional<Refusal> reroutePart(FoiRequest request, Command.ReroutePart c) {
        if (c.labels().stream().allMatch(label -> request.regimeOf(label) == c.regime())) {
            return Optional.of(Refusal.because("part" + (c.labels().size() > 1 ? "s " : " ")
                    + String.join(", ", c.labels()) + " already answered under " + c.regime()));
        }
        try {
            request.timeline().withPartsUnder(c.labels(), c.regime());
        } catch (IllegalArgumentException e) {
            return Optional.of(Refusal.because(e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * Decisions, a review's decisions, clarifications and re-routed parts attach to parts the request has (a decision
     * or review may also concern the whole request, {@link RequestText#WHOLE}).
     */
    static final class DecisionsNamePartsOfTheRequest implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            RequestText text = request.text();
            if (command instanceof Command.DecidePart c) {
                if (!text.names(c.label())) {
                    return noSuchPart(text, c.label(), true);
                }
                if (c.decisions().isEmpty()) {
                    return Optional.of(Refusal.because("DecidePart needs at least one decision for part "
                            + c.label()));
                }
                for (PartDecision d : c.decisions()) {
                    if (!d.label().equals(c.label())) {
                        return Optional.of(Refusal.because("a decision for part " + d.label()
                                + " was given under part " + c.label()));
                    }
                }
            }
            if (command instanceof Command.ReceiveClarification c) {
                for (String label : c.parts()) {
                    if (text.part(label).isEmpty()) {
                        return Optional.of(Refusal.because("the request has no part " + label));
                    }
                }
            }
            if (command instanceof Command.CompleteReview c) {
                for (PartDecision d : c.decisions()) {
                    if (!text.names(d.label())) {
                        return noSuchPart(text, d.label(), true);
                    }
                }
            }
            if (command instanceof Command.ReroutePart c) {
                for (String label : c.labels()) {
                    if (text.part(label).isEmpty()) {
                        return noSuchPart(text, label, false);
                    }
                }
            }
            return Optional.empty();
        }

        private static Optional<Refusal> noSuchPart(RequestText text, String label, boolean wholeToo) {
            return Optional.of(Refusal.because("the request has no part " + label + "; its parts are "
                    + text.parts().stream().map(RequestPart::label).collect(Collectors.joining(", "))
                    + (wholeToo ? " and " + RequestText.WHOLE + " for the whole request" : "")));
        }
    }

    /**
     * Which extension a regime allows: FOIA s10(3) for the public interest test, naming a qualified exemption
     * being considered (s17(2)(b)); EIR and EISR reg 7(1) for complex and voluminous requests, once. FOISA has no
     * extension (FOISA s10).
     */
    static final class ExtensionsFollowTheRegime implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            if (!(command instanceof Command.ExtendDeadline c)) {
                return Optional.empty();
            }
            Regime regime = extensionRegime(request, c);
            if (regime == Regime.FOIA) {
                if (c.considering().isEmpty()) {
                    return Optional.of(Refusal.because("a public interest extension must name the exemption"
                            + " being considered (FOIA s17(2)(b))"));
                }
                if (c.further().count() == 0) {
                    return Optional.of(Refusal.because("an extension needs at least one more working day"));
                }
                for (Citation cited : c.considering()) {
                    List<Provision> found = context.catalogue().lookUp(cited);
                    if (found.isEmpty()) {
                        return Optional.of(Refusal.because(cited + " is not an exemption in the catalogue"));
                    }
                    if (found.stream().noneMatch(Provision::publicInterestTest)) {
                        return Optional.of(Refusal.because(cited + " has no public interest test, so it gives no"
                                + " ground to extend (FOIA s10(3) applies to s2(1)(b) and s2(2)(b) only)"));
                    }
                }
                return Optional.empty();
            }
            if (regime.isEnvironmental()) {
                return request.timeline().first(uk.foi.deadlines.ClockEvent.ExtendedAsComplexAndVoluminous.class)
                        .isPresent()
                        ? Optional.of(Refusal.because("the complex-and-voluminous extension (reg 7(1)) is"
                                + " taken once: it is already 40 working days"))
                        : Optional.empty();
            }
            return Optional.of(Refusal.because(regime + " has no extension of the time for compliance"));
        }
    }

    /**
     * An extension must be notified within the time for compliance: FOIA s17(2) requires the public interest notice
     * within the s10(1) time; EIR and EISR reg 7(3) require the complex-and-voluminous notice within 20 working days.
     * So it cannot be given after the current response date.
     */
    static final class ExtensionIsGivenInTime implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            if (!(command instanceof Command.ExtendDeadline c)) {
                return Optional.empty();
            }
            Regime regime = extensionRegime(request, c);
            if (regime != Regime.FOIA && !regime.isEnvironmental()) {
                return Optional.empty();
            }
            LocalDate due = context.clock().responseDue(request.timeline().mixed()
                    ? request.timeline().forRegime(regime) : request.timeline(), c.on()).due();
            String rule = regime == Regime.FOIA ? "FOIA s17(2)" : regime + " reg 7(3)";
            return c.on().isAfter(due)
                    ? Optional.of(Refusal.because("the extension notice on " + c.on() + " comes after the response"
                            + " was due on " + due + "; " + rule + " requires it within the time for compliance"))
                    : Optional.empty();
        }
    }

    /**
     * A request lapses only when the requester's three months have run out: the fee under FOIA s9(2) and FOISA
     * s9(4); clarification by ICO guidance.
     */
    static final class RequestLapsesOnlyAfterThreeMonths implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            if (!(command instanceof Command.Lapse c)) {
                return Optional.empty();
            }
            Optional<DeadlineStatus> lapse = lapseDeadline(request, c.on(), context);
            if (lapse.isEmpty()) {
                return Optional.of(Refusal.because(request.profile().regime()
                        + " sets no period after which an unpaid fee lapses the request"));
            }
            LocalDate due = lapse.get().deadline().due();
            return c.on().isAfter(due) ? Optional.empty()
                    : Optional.of(Refusal.because("the request cannot lapse until after " + due + " ("
                            + lapse.get().deadline().kind().description() + ")"));
        }
    }

    /**
     * @param request a request waiting for the requester
     * @param on      the day to assess on
     * @param context the context
     * @return the lapse deadline running, if any
     */
    static Optional<DeadlineStatus> lapseDeadline(FoiRequest request, LocalDate on, CommandPolicy.Context context) {
        return context.clock().deadlines(request.timeline(), on).stream()
                .filter(d -> d.deadline().kind() == DeadlineKind.CLARIFICATION_LAPSE
                        || d.deadline().kind() == DeadlineKind.FEE_LAPSE)
                .findFirst();
    }

    /** A response answers every part: FOIA s1(1) gives a right to each thing asked for. */
    static final class ResponseAnswersEveryPart implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            if (!(command instanceof Command.IssueResponse)) {
                return Optional.empty();
            }
            List<String> undecided = request.undecidedParts();
            return undecided.isEmpty() ? Optional.empty()
                    : Optional.of(Refusal.because("no decision yet for part" + (undecided.size() > 1 ? "s " : " ")
                            + String.join(", ", undecided)));
        }
    }

    /**
     * A response that refuses anything must be a valid refusal notice: FOIA s17, EIR reg 14, FOISA s16. The
     * foi-exemptions check's errors block it; its warnings travel with the response.
     */
    static final class RefusalMeetsSection17 implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            if (!(command instanceof Command.IssueResponse c) || request.profile().regime() == Regime.SAR) {
                return Optional.empty();
            }
            return invalidNotice(context.section17().report(request, c.on()), "the response");
        }
    }

    /**
     * @param report the section 17 check's report
     * @param what   what was checked, such as "the response"
     * @return the refusal with every finding if the report has errors, else empty
     */
    private static Optional<Refusal> invalidNotice(RefusalCheck.Report report, String what) {
        if (!report.blocks()) {
            return Optional.empty();
        }
        List<String> findings = new ArrayList<>(text(report.errors()));
        findings.addAll(text(report.warnings()));
        return Optional.of(new Refusal(what + " is not a valid refusal notice: " + report.errors().size()
                + " error(s) from the section 17 check", findings));
    }

    /**
     * An internal review that changes the response says what it decides instead, part by part, and what it leaves
     * must still be a valid refusal notice: the review outcome is the authority's final word before the
     * Commissioner (FOIA s50(2)(a); EIR reg 11(4)-(5); FOISA s21(4)-(5)), so the section 17 check runs on the
     * response as the review leaves it. A review that upholds the response re-decides nothing.
     */
    static final class ReviewRedecidesWhatItChanges implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            if (!(command instanceof Command.CompleteReview c) || c.decisions().isEmpty()) {
                return Optional.empty();
            }
            if (c.result() == ReviewResult.UPHELD) {
                return Optional.of(Refusal.because("a review that upholds the response changes no part; record it"
                        + " as " + ReviewResult.OVERTURNED + " or " + ReviewResult.PARTLY_UPHELD
                        + " to re-decide parts"));
            }
            if (request.profile().regime() == Regime.SAR) {
                return Optional.empty();
            }
            return invalidNotice(context.section17().report(request.asReviewed(c.decisions()), c.on()),
                    "the response as the review leaves it");
        }
    }

    /**
     * The steps a decision notice requires, and their date, are the notice's: only a notice upholding the complaint
     * (wholly or partly) requires steps (FOIA s50(4), FOISA s49(6)(b)), they cannot be due before it was served, and
     * compliance is recorded only against a notice that required steps.
     */
    static final class DecisionNoticeStepsAreTheNoticesOwn implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            if (command instanceof Command.RecordDecisionNotice c && c.stepsBy().isPresent()) {
                if (c.result() == DecisionNoticeResult.COMPLAINT_NOT_UPHELD) {
                    return Optional.of(Refusal.because("a decision notice that does not uphold the complaint"
                            + " requires no steps (FOIA s50(4))"));
                }
                if (c.stepsBy().get().isBefore(c.on())) {
                    return Optional.of(Refusal.because("the steps cannot be due (" + c.stepsBy().get()
                            + ") before the notice was served (" + c.on() + ")"));
                }
            }
            if (command instanceof Command.ComplyWithDecisionNotice && request.timeline()
                    .last(uk.foi.deadlines.ClockEvent.DecisionNoticeServed.class)
                    .flatMap(uk.foi.deadlines.ClockEvent.DecisionNoticeServed::stepsBy).isEmpty()) {
                return Optional.of(Refusal.because("the decision notice requires no steps of the authority"));
            }
            return Optional.empty();
        }
    }

    /**
     * @param findings findings
     * @return them as text
     */
    static List<String> text(List<Finding> findings) {
        return findings.stream().map(Finding::toString).toList();
    }

    /**
     * What the disclosure log publishes stays a whole response: the published wording keeps the request's parts, so
     * every answer is shown under its question; only a published response can be taken off; and a subject access
     * request is never published, being the requester's own personal data (UK GDPR art 15; FOIA s40(1)).
     */
    static final class PublicationKeepsTheResponseWhole implements CommandPolicy {
        @Override
        public Optional<Refusal> check(FoiRequest request, Command command, Context context) {
            if (command instanceof Command.Unpublish && request.publication().isEmpty()) {
                return Optional.of(Refusal.because("Unpublish needs a published response; this one is not on the"
                        + " disclosure log"));
            }
            if (!(command instanceof Command.Publish c) || c.text().isBlank()) {
                return Optional.empty();
            }
            if (request.profile().regime() == Regime.SAR) {
                return Optional.of(Refusal.because("a subject access request is the requester's own personal data"
                        + " and is never published (UK GDPR art 15; FOIA s40(1))"));
            }
            List<String> asked = request.text().parts().stream().map(RequestPart::label).toList();
            List<String> published = RequestText.parse(c.text()).parts().stream().map(RequestPart::label).toList();
            if (!asked.equals(published)) {
                return Optional.of(Refusal.because("the published wording must keep the request's parts, so each"
                        + " answer sits under its question: the request has " + describe(asked)
                        + "; the wording given has " + describe(published)));
            }
            return Optional.empty();
        }

        private static String describe(List<String> labels) {
            return labels.isEmpty() ? "no numbered parts" : "parts " + String.join(", ", labels);
        }
    }
}
