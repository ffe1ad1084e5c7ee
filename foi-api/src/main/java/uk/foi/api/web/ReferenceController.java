package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.foi.api.application.RequestService;
import uk.foi.api.application.Roles;
import uk.foi.core.authority.Authority;
import uk.foi.core.request.FoiOffice;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.RequestTimeline;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.deadlines.calendar.WorkingDayCalendar;
import uk.foi.exemptions.Catalogue;
import uk.foi.exemptions.Citation;
import uk.foi.exemptions.CitationParser;
import uk.foi.exemptions.Provision;
import uk.foi.exemptions.refusal.DraftResponse;
import uk.foi.exemptions.refusal.Finding;
import uk.foi.exemptions.refusal.PartDecision;
import uk.foi.exemptions.refusal.RefusalCheck;

/**
 * Reference answers from the libraries, for the caller's authority: working-day arithmetic, a deadline preview, the
 * exemption catalogue, citation parsing and the section 17 check of a draft. Nothing is stored.
 */
@io.micronaut.serde.annotation.SerdeImport(Finding.class)
@Controller("/reference")
@Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
public class ReferenceController {

    private final RequestService service;
    private final StatutoryClock clock;
    private final Catalogue catalogue;
    private final RefusalCheck check;
    private final FoiOffice office;

    ReferenceController(RequestService service, StatutoryClock clock, Catalogue catalogue, RefusalCheck check,
            FoiOffice office) {
        this.service = service;
        this.clock = clock;
        this.catalogue = catalogue;
        this.check = check;
        this.office = office;
    }

    /**
     * @param from    the start (not counted)
     * @param days    working days to add
     * @param date    the day reached
     * @param skipped weekday non-working days passed over
     */
    @Serdeable
    public record WorkingDaysView(LocalDate from, int days, LocalDate date, List<Views.HolidayView> skipped) {
    }

    /**
     * @param auth the caller
     * @param from the start, not counted
     * @param days how many working days to add (FOIA s10(6): not weekends or any UK bank holiday)
     * @return the day reached and the holidays on the way
     */
    @Get("/working-days")
    public WorkingDaysView workingDays(Authentication auth, @QueryValue LocalDate from, @QueryValue int days) {
        if (days < 0 || days > 400) {
            throw ApiProblem.invalid("days", "from 0 to 400");
        }
        WorkingDayCalendar calendar = clock.calendarFor(profile(auth));
        LocalDate date;
        try {
            date = calendar.plusWorkingDays(from, days);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("from", e.getMessage());
        }
        return new WorkingDaysView(from, days, date, calendar.holidaysSkipped(from.plusDays(1), date).stream()
                .map(h -> new Views.HolidayView(h.date(), h.title())).toList());
    }

    /**
     * @param auth       the caller
     * @param receivedOn a date of receipt
     * @return the deadlines a request received that day would have, with their working
     */
    @Get("/deadline-preview")
    public List<Views.DeadlineView> preview(Authentication auth, @QueryValue LocalDate receivedOn) {
        try {
            return clock.deadlines(RequestTimeline.received("preview", profile(auth), receivedOn), office.today())
                    .stream().map(Views.DeadlineView::of).toList();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("receivedOn", e.getMessage());
        }
    }

    /**
     * One entry of the catalogue.
     *
     * @param key                its key
     * @param covers             the citations it covers
     * @param kind               exemption, exception, procedural ...
     * @param title              its title
     * @param status             absolute or qualified
     * @param harmTest           class or prejudice based
     * @param ncnd               where the duty to confirm or deny is excluded
     * @param publicInterestTest whether a public interest test applies
     * @param link               legislation.gov.uk
     * @param summary            what it covers, in our own words
     */
    @Serdeable
    public record ProvisionView(String key, List<String> covers, Provision.Kind kind, String title,
            Provision.Status status, Provision.HarmTest harmTest, @Nullable String ncnd, boolean publicInterestTest,
            String link, String summary) {
        static ProvisionView of(Provision p) {
            return new ProvisionView(p.key(), p.covers().stream().map(Citation::toString).toList(), p.kind(),
                    p.title(), p.status(), p.harmTest(), p.ncnd().map(Citation::toString).orElse(null),
                    p.publicInterestTest(), p.link().toString(), p.summary());
        }
    }

    /**
     * @param auth     the caller
     * @param citation a canonical citation to look up; all of the regime's provisions if absent
     * @return the provisions
     */
    @Get("/exemptions")
    public List<ProvisionView> exemptions(Authentication auth, @Nullable @QueryValue String citation) {
        if (citation == null) {
            return catalogue.of(profile(auth).regime()).stream().map(ProvisionView::of).toList();
        }
        try {
            return catalogue.lookUp(Citation.parse(citation)).stream().map(ProvisionView::of).toList();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("citation", e.getMessage());
        }
    }

    /** @param text letter text citing provisions ("Section 31(1)(a) and 40(2)") */
    @Serdeable
    public record ParseBody(@NotBlank @Size(max = 200_000) String text) {
    }

    /**
     * @param citations     what was found, canonical, with where and what the reader had to assume
     * @param problems      what looked like a citation but is not one
     * @param related       regulations of the Fees Regulations the text cites
     * @param readAs        the regime the text was read under where a citation does not say
     * @param readAsBecause what in the text decided that regime; empty when it was the authority's own
     */
    @Serdeable
    public record ParseView(List<Found> citations, List<Problem> problems, List<Related> related, Regime readAs,
                            String readAsBecause) {
        /**
         * @param citation canonical @param start offset @param end offset @param text as written
         * @param warnings what the reader assumed, such as a provision that cannot exist in the regime
         */
        @Serdeable
        public record Found(String citation, int start, int end, String text, List<String> warnings) {
        }

        /** @param provision canonical, as FEES reg4(3) @param instrument its title @param start offset
         *  @param end offset @param text as written */
        @Serdeable
        public record Related(String provision, String instrument, int start, int end, String text) {
        }

        /** @param start offset @param end offset @param text as written @param reason why not */
        @Serdeable
        public record Problem(int start, int end, String text, String reason) {
        }
    }

    /**
     * @param auth the caller
     * @param body the text
     * @return the citations in it, in canonical form
     */
    @Post("/citations/parse")
    public ParseView parse(Authentication auth, @Valid @Body ParseBody body) {
        CitationParser.Result result = CitationParser.forRegime(profile(auth).regime()).inLetters()
                .parse(body.text());
        return new ParseView(result.citations().stream().map(f -> new ParseView.Found(f.citation().toString(),
                f.start(), f.end(), f.text(), f.warnings())).toList(), result.problems().stream()
                .map(p -> new ParseView.Problem(p.start(), p.end(), p.text(), p.reason())).toList(),
                result.related().stream().map(r -> new ParseView.Related(r.canonical(), r.instrument().title(),
                        r.start(), r.end(), r.text())).toList(),
                result.reading().regime(), result.reading().basis());
    }

    /**
     * A draft response for the section 17 check.
     *
     * @param date                 the day it will be sent
     * @param internalReviewStated it describes the internal review procedure (s17(7)(a))
     * @param regulatorRightStated it states the right to complain to the Commissioner (s17(7)(b))
     * @param presumptionStated    it shows the presumption in favour of disclosure (EIR reg 12(2))
     * @param parts                the decisions, each with its label
     */
    @Serdeable
    public record DraftBody(@NotNull LocalDate date, boolean internalReviewStated, boolean regulatorRightStated,
            boolean presumptionStated, @NotEmpty @Size(max = 200) List<@NotNull Decision> parts,
            @Nullable Regime regime) {
    }

    /** @param errors what makes it not a valid refusal notice @param warnings what to check */
    @Serdeable
    public record CheckView(List<Finding> errors, List<Finding> warnings) {
    }

    /**
     * @param auth the caller
     * @param body the draft
     * @return its findings: errors block the response
     */
    @Post("/s17-check")
    public CheckView s17(Authentication auth, @Valid @Body DraftBody body) {
        Authority authority = service.authorityOf(Callers.of(auth));
        Regime regime = body.regime() == null ? authority.regime() : body.regime();
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (!authority.regimes().contains(regime)) {
            errors.add(new ApiProblem.FieldError("regime", regime + " is not a regime " + authority.name()
                    + " is subject to: " + authority.regimes()));
        }
        List<PartDecision> parts = new ArrayList<>();
        for (int i = 0; i < body.parts().size(); i++) {
            Decision d = body.parts().get(i);
            if (d.label() == null || d.label().isBlank()) {
                errors.add(new ApiProblem.FieldError("parts[" + i + "].label", "required"));
                continue;
            }
            PartDecision p = d.toDomain("parts[" + i + "]", d.label(), regime, authority, errors);
            if (p != null) {
                parts.add(p);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        RefusalCheck.Report report = check.check(new DraftResponse(regime, body.date(),
                parts, body.internalReviewStated(),
                body.regulatorRightStated(), body.presumptionStated()));
        return new CheckView(report.errors(), report.warnings());
    }

    private ClockProfile profile(Authentication auth) {
        return service.authorityOf(Callers.of(auth)).clock();
    }
}
