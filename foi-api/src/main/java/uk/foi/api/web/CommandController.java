package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import uk.foi.api.application.RequestService;
import uk.foi.api.application.Roles;
import uk.foi.core.authority.Authority;
import uk.foi.core.request.Command;
import uk.foi.core.request.DecisionNoticeResult;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.FoiRequest;
import uk.foi.core.request.RequestEvent;
import uk.foi.core.request.RequestText;
import uk.foi.core.request.ReviewResult;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.WorkingDays;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.refusal.PartDecision;

/**
 * The commands, as sub-resources of a request. Each answers 200 with the request after it and its new ETag; a command
 * foi-core refuses answers 422 with the reason (and the section 17 findings), and the refusal is kept in the audit
 * trail. Send {@code If-Match} with the ETag you decided on: a stale one answers 412 and changes nothing. The date
 * {@code on} is the day it happened, today if absent.
 */
@Controller("/requests/{id}")
@Secured({Roles.CASEWORKER, Roles.MANAGER})
public class CommandController {

    private final RequestService service;
    private final FoiOffice office;
    private final Catalogue catalogue;

    CommandController(RequestService service, FoiOffice office, Catalogue catalogue) {
        this.service = service;
        this.office = office;
        this.catalogue = catalogue;
    }

    /** @param on the day */
    @Serdeable
    public record On(@Nullable LocalDate on) {
    }

    /** @param on the day @param assignee the caseworker @param team the team */
    @Serdeable
    public record AssignBody(@Nullable LocalDate on, @NotBlank @Size(max = 200) String assignee,
            @NotBlank @Size(max = 200) String team) {
    }

    /** @param on the day @param question what the requester is asked (FOIA s1(3)) */
    @Serdeable
    public record QuestionBody(@Nullable LocalDate on, @NotBlank @Size(max = 20_000) String question) {
    }

    /** @param on the day it arrived @param text what it says @param parts the parts it explains; none: all */
    @Serdeable
    public record ClarificationBody(@Nullable LocalDate on,
            @NotBlank @Size(max = RequestText.MAX_LENGTH) String text, @Nullable List<@NotBlank String> parts) {
    }

    /** @param on the day @param amountPence the fee (FOIA s9) */
    @Serdeable
    public record FeesBody(@Nullable LocalDate on, @Min(1) @Max(100_000_000) long amountPence) {
    }

    /**
     * @param on                 the day the notice was sent
     * @param furtherWorkingDays how many working days more (FOIA s10(3); EIR reg 7(1))
     * @param considering        the qualified exemptions whose public interest test needs the time (s17(2)(b))
     */
    @Serdeable
    public record ExtensionBody(@Nullable LocalDate on, @Min(1) @Max(60) int furtherWorkingDays,
            @Nullable List<String> considering) {
    }

    /** @param on the day @param decisions what is decided for the part, one or more */
    @Serdeable
    public record DecideBody(@Nullable LocalDate on, @NotEmpty @Size(max = 20) List<@NotNull Decision> decisions) {
    }

    /** @param on the day @param reason why */
    @Serdeable
    public record ReasonBody(@Nullable LocalDate on, @NotBlank @Size(max = 20_000) String reason) {
    }

    /** @param on the day it arrived @param grounds what the requester complains of */
    @Serdeable
    public record ReviewRequestBody(@Nullable LocalDate on,
            @Nullable @Size(max = RequestText.MAX_LENGTH) String grounds) {
    }

    /**
     * @param on        the day the outcome was sent
     * @param result    upheld, overturned or partly upheld
     * @param summary   what the review found
     * @param decisions what the review decides instead for each part it changes, each naming its part in
     *                  {@code label}; none when it upholds the response
     */
    @Serdeable
    public record ReviewResultBody(@Nullable LocalDate on, @NotNull ReviewResult result,
            @NotBlank @Size(max = RequestText.MAX_LENGTH) String summary,
            @Nullable @Size(max = 100) List<@NotNull Decision> decisions) {
    }

    /** @param on the day the ICO told us @param icoReference the ICO's case reference */
    @Serdeable
    public record IcoComplaintBody(@Nullable LocalDate on, @NotBlank @Size(max = 100) String icoReference) {
    }

    /**
     * @param on              the day the notice was served
     * @param noticeReference the notice's reference
     * @param result          its result
     * @param stepsBy         the date by which it requires steps of the authority, if it requires any
     */
    @Serdeable
    public record DecisionNoticeBody(@Nullable LocalDate on, @NotBlank @Size(max = 100) String noticeReference,
            @NotNull DecisionNoticeResult result, @Nullable LocalDate stepsBy) {
    }

    /** @param on the day the steps were taken @param summary what was done */
    @Serdeable
    public record ComplianceBody(@Nullable LocalDate on, @NotBlank @Size(max = 20_000) String summary) {
    }

    /** @param on the day @param appellant who appealed */
    @Serdeable
    public record AppealBody(@Nullable LocalDate on, @NotNull @Pattern(regexp = "requester|authority") String appellant) {
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the day
     * @return the request after it
     */
    @Post("/acknowledgement")
    public HttpResponse<Views.RequestView> acknowledge(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body On body) {
        return run(auth, id, ifMatch, new Command.Acknowledge(day(body.on())));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    who takes it
     * @return the request after it
     */
    @Post("/assignment")
    public HttpResponse<Views.RequestView> assign(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body AssignBody body) {
        return answer(service.assign(Callers.of(auth), RequestController.requestId(id), Optional.ofNullable(ifMatch),
                new Command.Assign(day(body.on()), body.assignee(), body.team())));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the question
     * @return the request after it; the clock stops (FOIA s1(3))
     */
    @Post("/clarification-request")
    public HttpResponse<Views.RequestView> seekClarification(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body QuestionBody body) {
        return run(auth, id, ifMatch, new Command.SeekClarification(day(body.on()), body.question()));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the clarification
     * @return the request after it; the 20 working days start again
     */
    @Post("/clarification")
    public HttpResponse<Views.RequestView> receiveClarification(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body ClarificationBody body) {
        return run(auth, id, ifMatch, new Command.ReceiveClarification(day(body.on()), body.text(),
                body.parts() == null ? List.of() : body.parts()));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the fee
     * @return the request after it; the clock pauses (FOIA s10(2))
     */
    @Post("/fees-notice")
    public HttpResponse<Views.RequestView> feesNotice(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body FeesBody body) {
        return run(auth, id, ifMatch, new Command.IssueFeesNotice(day(body.on()), body.amountPence()));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the day it was paid
     * @return the request after it
     */
    @Post("/fee-payment")
    public HttpResponse<Views.RequestView> feePaid(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body On body) {
        return run(auth, id, ifMatch, new Command.ReceiveFee(day(body.on())));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the extension
     * @return the request after it
     */
    @Post("/extension")
    public HttpResponse<Views.RequestView> extend(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body ExtensionBody body) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        List<Citation> considering = Decision.citations("considering", body.considering(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return run(auth, id, ifMatch, new Command.ExtendDeadline(day(body.on()),
                WorkingDays.of(body.furtherWorkingDays()), considering));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param label   the part ({@code 1}, {@code 2.a}; {@code *} for the whole request)
     * @param ifMatch the ETag the command was decided on
     * @param body    the decisions
     * @return the request after it
     */
    @Post("/parts/{label}/decision")
    public HttpResponse<Views.RequestView> decide(Authentication auth, @PathVariable String id,
            @PathVariable String label, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @Body DecideBody body) {
        LocalDate on = day(body.on());
        // The decisions are read against the request's own regime (a cost estimate is priced under it), so inside
        // the command's transaction; a wrong field answers 400 and nothing is written.
        return run(auth, id, ifMatch, (authority, request) -> new Command.DecidePart(on, label,
                decisions(body.decisions(), authority, request, (field, d, errors) -> {
                    if (d.label() != null && !d.label().equals(label)) {
                        errors.add(new ApiProblem.FieldError(field + ".label", "is " + d.label()
                                + " but the path decides part " + label + "; leave it out"));
                    }
                    return label;
                })));
    }

    /** Which part a decision of a body is for; null, with an error added, if it names none. */
    @FunctionalInterface
    private interface PartOf {
        @Nullable String label(String field, Decision d, List<ApiProblem.FieldError> errors);
    }

    /**
     * A body's decisions as the domain's, read against the request's own regime (a cost estimate is priced under
     * it); every wrong field answers 400 at once, naming it, and nothing is written.
     */
    private List<PartDecision> decisions(List<Decision> given, Authority authority, FoiRequest request,
            PartOf partOf) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        List<PartDecision> decisions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Decision d = given.get(i);
            String field = "decisions[" + i + "]";
            String label = partOf.label(field, d, errors);
            if (label == null) {
                continue;
            }
            PartDecision decision = d.toDomain(field, label, request.profile().regime(), authority, errors);
            if (decision != null) {
                d.refuseMisplacedRecords(field, decision, catalogue, errors);
                decisions.add(decision);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return decisions;
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the day it is sent
     * @return the request after it; 422 with the section 17 findings if the refusal notice would not comply
     */
    @Post("/response")
    public HttpResponse<Views.RequestView> respond(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body On body) {
        return run(auth, id, ifMatch, new Command.IssueResponse(day(body.on())));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    why
     * @return the request after it
     */
    @Post("/withdrawal")
    public HttpResponse<Views.RequestView> withdraw(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body ReasonBody body) {
        return run(auth, id, ifMatch, new Command.Withdraw(day(body.on()), body.reason()));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the day
     * @return the request after it
     */
    @Post("/lapse")
    public HttpResponse<Views.RequestView> lapse(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body On body) {
        return run(auth, id, ifMatch, new Command.Lapse(day(body.on())));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the complaint
     * @return the request after it, with the review deadlines
     */
    @Post("/review-request")
    public HttpResponse<Views.RequestView> requestReview(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body ReviewRequestBody body) {
        return run(auth, id, ifMatch, new Command.RequestReview(day(body.on()),
                body.grounds() == null ? "" : body.grounds()));
    }

    /**
     * @param auth    the caller, a manager
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the result
     * @return the request after it
     */
    @Post("/review-result")
    @Secured(Roles.MANAGER)
    public HttpResponse<Views.RequestView> completeReview(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body ReviewResultBody body) {
        LocalDate on = day(body.on());
        List<Decision> given = body.decisions() == null ? List.of() : body.decisions();
        return run(auth, id, ifMatch, (authority, request) -> new Command.CompleteReview(on, body.result(),
                body.summary(), decisions(given, authority, request, (field, d, errors) -> {
                    if (d.label() == null || d.label().isBlank()) {
                        errors.add(new ApiProblem.FieldError(field + ".label", "names the part the review re-decides"));
                        return null;
                    }
                    return d.label();
                })));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the ICO's reference
     * @return the request after it
     */
    @Post("/ico-complaint")
    public HttpResponse<Views.RequestView> icoComplaint(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body IcoComplaintBody body) {
        return run(auth, id, ifMatch, new Command.LodgeIcoComplaint(day(body.on()), body.icoReference()));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the notice
     * @return the request after it
     */
    @Post("/decision-notice")
    public HttpResponse<Views.RequestView> decisionNotice(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body DecisionNoticeBody body) {
        if (body.stepsBy() != null) {
            office.outsideCalendar(body.stepsBy()).ifPresent(why -> {
                throw ApiProblem.invalid("stepsBy", why);
            });
        }
        return run(auth, id, ifMatch, new Command.RecordDecisionNotice(day(body.on()), body.noticeReference(),
                body.result(), java.util.Optional.ofNullable(body.stepsBy())));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    what was done
     * @return the request after it, the notice's steps met
     */
    @Post("/compliance")
    public HttpResponse<Views.RequestView> comply(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body ComplianceBody body) {
        return run(auth, id, ifMatch, new Command.ComplyWithDecisionNotice(day(body.on()), body.summary()));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    who appealed
     * @return the request after it
     */
    @Post("/tribunal-appeal")
    public HttpResponse<Views.RequestView> appeal(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body AppealBody body) {
        return run(auth, id, ifMatch, new Command.AppealToTribunal(day(body.on()), body.appellant()));
    }

    /**
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    why
     * @return the request after it
     */
    @Post("/closure")
    public HttpResponse<Views.RequestView> close(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body ReasonBody body) {
        return run(auth, id, ifMatch, new Command.Close(day(body.on()), body.reason()));
    }

    /**
     * @param on   the day of publication
     * @param text the request's wording as the public will read it: personal data removed, its numbered parts kept
     */
    @Serdeable
    public record PublicationBody(@Nullable LocalDate on, @NotBlank @Size(max = RequestText.MAX_LENGTH) String text) {
    }

    /**
     * Publishes the response on the public disclosure log, with the request's wording as given here (see {@code GET
     * /requests/{id}/publication-draft} for a draft with what looks like personal data removed). Given again, it
     * replaces the published wording. Nothing reaches the log without this command.
     *
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the wording
     * @return the request after it
     */
    @Post("/publication")
    public HttpResponse<Views.RequestView> publish(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body PublicationBody body) {
        return run(auth, id, ifMatch, new Command.Publish(day(body.on()), body.text()));
    }

    /**
     * Takes the response off the public disclosure log.
     *
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    why
     * @return the request after it
     */
    @Post("/publication-withdrawal")
    public HttpResponse<Views.RequestView> unpublish(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body ReasonBody body) {
        return run(auth, id, ifMatch, new Command.Unpublish(day(body.on()), body.reason()));
    }

    /**
     * @param on     the day of the decision
     * @param regime the regime to handle the request under from now on
     * @param reason why (FOIA s39 for environmental information, say)
     */
    @Serdeable
    public record RegimeBody(@Nullable LocalDate on, @NotNull Regime regime,
            @NotBlank @Size(max = 2_000) String reason) {
    }

    /**
     * Re-routes the request between FOIA and the EIR (or FOISA and the EISR), keeping its date of receipt and
     * everything recorded; its deadlines are counted under the new regime from now on. The request keeps the profile
     * it was received under (nation, policy), so a later change to the authority's settings does not come with it.
     *
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the regime and why
     * @return the request after it
     */
    @Post("/regime")
    public HttpResponse<Views.RequestView> reroute(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body RegimeBody body) {
        LocalDate on = day(body.on());
        return run(auth, id, ifMatch, (authority, request) -> {
            requireSubjectTo(authority, body.regime());
            return new Command.ChangeHandling(on, authority.rerouted(request.profile(), body.regime()),
                    body.reason());
        });
    }

    /**
     * @param on     the day of the decision
     * @param labels the parts
     * @param regime the law to answer them under
     * @param reason why
     */
    @Serdeable
    public record PartRegimeBody(@Nullable LocalDate on, @NotEmpty @Size(max = 100) List<@NotBlank String> labels,
            @NotNull Regime regime, @NotBlank @Size(max = 2_000) String reason) {
    }

    /**
     * Answers some parts under the counterpart of the request's regime (a question about emissions in a FOIA request,
     * under the EIR: FOIA s39, EIR reg 5), or brings them back; the date of receipt stays, and those parts' deadline,
     * extension and refusal notice follow their law.
     *
     * @param auth    the caller
     * @param id      the request
     * @param ifMatch the ETag the command was decided on
     * @param body    the parts, the regime and why
     * @return the request after it
     */
    @Post("/part-regime")
    public HttpResponse<Views.RequestView> reroutePart(Authentication auth, @PathVariable String id,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch, @Valid @Body PartRegimeBody body) {
        LocalDate on = day(body.on());
        return run(auth, id, ifMatch, (authority, request) -> {
            requireSubjectTo(authority, body.regime());
            return new Command.ReroutePart(on, body.labels(), body.regime(), body.reason());
        });
    }

    /** A request or part goes only to a law the authority is subject to: 400 on {@code regime} otherwise. */
    private static void requireSubjectTo(Authority authority, Regime regime) {
        if (!authority.regimes().contains(regime)) {
            throw ApiProblem.invalid("regime", regime + " is not a regime " + authority.name() + " is subject to: "
                    + authority.regimes());
        }
    }

    private LocalDate day(LocalDate on) {
        if (on != null) {
            office.outsideCalendar(on).ifPresent(why -> {
                throw ApiProblem.invalid("on", why);
            });
        }
        return on == null ? office.today() : on;
    }

    private HttpResponse<Views.RequestView> run(Authentication auth, String id, String ifMatch, Command command) {
        return run(auth, id, ifMatch, (authority, request) -> command);
    }

    private HttpResponse<Views.RequestView> run(Authentication auth, String id, String ifMatch,
            BiFunction<Authority, FoiRequest, Command> command) {
        return answer(service.handle(Callers.of(auth), RequestController.requestId(id),
                Optional.ofNullable(ifMatch), command));
    }

    /**
     * @param handled a command's result
     * @return the request after it, with its ETag
     * @throws ApiProblem 422 if the command was refused, with why
     */
    static HttpResponse<Views.RequestView> answer(FoiOffice.Handled handled) {
        FoiRequest r = handled.request();
        if (handled.event() instanceof RequestEvent.CommandRefused refused) {
            throw ApiProblem.refused(refused.command(), refused.reason(),
                    refused.findings(), r.version());
        }
        return HttpResponse.ok(Views.request(r, handled.deadlines())).header(HttpHeaders.ETAG,
                RequestController.etag(r));
    }
}
