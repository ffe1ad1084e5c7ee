package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import uk.foi.api.application.AuthorityService;
import uk.foi.api.application.Caller;
import uk.foi.api.application.RequestService;
import uk.foi.api.application.Roles;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.reference.ReferenceFormat;
import uk.foi.deadlines.AuthorityPolicy;
import uk.foi.deadlines.AuthorityType;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.ReceiptRule;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.WorkingDays;
import uk.foi.deadlines.calendar.Division;
import uk.foi.exemptions.cost.CostLimitTier;

/** The authority's settings: its regime, clock policy, cost limit, reference format and letter contacts. */
@Controller("/authorities/{id}")
public class AuthorityController {

    private final AuthorityService authorities;
    private final RequestService requests;
    private final uk.foi.core.request.FoiOffice office;

    AuthorityController(AuthorityService authorities, RequestService requests,
            uk.foi.core.request.FoiOffice office) {
        this.authorities = authorities;
        this.requests = requests;
        this.office = office;
    }

    /**
     * @param on     the day of the decision; today if absent
     * @param reason why the open requests move (it goes in each one's audit trail)
     */
    @Serdeable
    public record ApplyBody(@Nullable java.time.LocalDate on, @NotBlank @Size(max = 2_000) String reason) {
    }

    /**
     * Applies the authority's current settings to its open requests. A change to the settings applies to new requests
     * only: each request keeps the profile it was received under (recorded in its events), so its dates never move
     * behind its caseworker's back. This command moves them on purpose, one event per request.
     *
     * @param auth an admin of the authority
     * @param id   the authority's id
     * @param body the day and why
     * @return which requests moved, how many were already on the settings, and which were left and why
     */
    @io.micronaut.http.annotation.Post("/apply-settings")
    @Secured(Roles.ADMIN)
    public RequestService.SettingsApplied applySettings(Authentication auth, @PathVariable String id,
            @Valid @Body ApplyBody body) {
        Caller caller = AuthorityService.mine(Callers.of(auth), id);
        java.time.LocalDate on = body.on() == null ? office.today() : body.on();
        office.outsideCalendar(on).ifPresent(why -> {
            throw ApiProblem.invalid("on", why);
        });
        if (on.isAfter(office.today())) {
            throw ApiProblem.invalid("on", on + " is after today (" + office.today() + ")");
        }
        return requests.applySettings(caller, on, body.reason());
    }

    /**
     * An authority's settings. Absent policy fields take the defaults of the s45 Code of Practice.
     *
     * @param name                how letters name it
     * @param regime              FOIA, EIR, FOISA, EISR
     * @param authorityType       a special FOIA time limit (SI 2004/3364 / 2009/1369), STANDARD if absent
     * @param nation              its division, for bank holidays (ENGLAND_AND_WALES if absent)
     * @param receiptRule         LITERAL (default) or NEXT_WORKING_DAY for requests arriving on a non-working day
     * @param reviewRequestWindow working days to ask for an internal review (40)
     * @param reviewTarget        working days to complete one (20)
     * @param reviewMaximum       the most it may take (40)
     * @param regulatorWindow     how long after the final response a complaint to the Commissioner is expected (P6W)
     * @param costLimit           CENTRAL_GOVERNMENT, OTHER_AUTHORITY or SCOTTISH_AUTHORITY
     * @param referenceFormat     e.g. {@code 01.FOI.{yy}.{seq:6}}
     * @param foiEmail            where requests are sent
     * @param complaintsAddress   where review requests are sent
     * @param signatory           who signs responses
     * @param regimes             the regimes it is subject to: {@code regime} and, if it is also subject to it, that
     *                            regime's counterpart (FOIA with EIR, FOISA with EISR); both if absent
     */
    @Serdeable
    public record AuthorityBody(@NotBlank @Size(max = 200) String name, @NotNull Regime regime,
            @Nullable AuthorityType authorityType, @Nullable Division nation, @Nullable ReceiptRule receiptRule,
            @Nullable @Min(1) @Max(120) Integer reviewRequestWindow, @Nullable @Min(1) @Max(120) Integer reviewTarget,
            @Nullable @Min(1) @Max(120) Integer reviewMaximum, @Nullable @Size(max = 20) String regulatorWindow,
            @NotNull CostLimitTier costLimit, @NotBlank @Size(max = 60) String referenceFormat,
            @NotBlank @Email @Size(max = 320) String foiEmail, @NotBlank @Size(max = 1000) String complaintsAddress,
            @NotBlank @Size(max = 200) String signatory, @Nullable @Size(min = 1, max = 2) Set<@NotNull Regime> regimes) {
    }

    /**
     * Adds or replaces the caller's own authority.
     *
     * @param auth an admin of the authority
     * @param id   the authority's id
     * @param body its settings
     * @return 201 if new, 200 if replaced
     */
    @Put
    @Secured(Roles.ADMIN)
    public HttpResponse<AuthorityBody> put(Authentication auth, @PathVariable String id,
            @Valid @Body AuthorityBody body) {
        Caller caller = AuthorityService.mine(Callers.of(auth), id);
        Authority authority = authority(id, body);
        boolean created = authorities.save(caller, authority);
        AuthorityBody saved = view(authority);
        return created ? HttpResponse.created(saved) : HttpResponse.ok(saved);
    }

    /**
     * @param auth a user of the authority
     * @param id   the authority's id
     * @return its settings
     */
    @Get
    @Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
    public AuthorityBody get(Authentication auth, @PathVariable String id) {
        return view(authorities.settings(Callers.of(auth).within(id)));
    }

    private static AuthorityBody view(Authority a) {
        AuthorityPolicy p = a.clock().policy();
        return new AuthorityBody(a.name(), a.regime(), a.clock().authorityType(), a.clock().nation(),
                p.receiptRule(), p.reviewRequestWindow().count(), p.reviewTarget().count(), p.reviewMaximum().count(),
                p.regulatorWindow().toString(), a.costLimit(), a.referenceFormat().toString(),
                a.contact().foiEmail(), a.contact().complaintsAddress(), a.contact().signatory(), a.regimes());
    }

    /**
     * The authority the body describes, or a 400 naming every field at fault (each part is checked on its own, so a
     * form can show each reason next to its field).
     */
    private static Authority authority(String id, AuthorityBody body) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        AuthorityPolicy d = AuthorityPolicy.DEFAULT;
        Period window = body.regulatorWindow() == null ? d.regulatorWindow()
                : part("regulatorWindow", errors, () -> period(body.regulatorWindow()));
        AuthorityPolicy policy = window == null ? null : part("reviewTarget", errors, () -> new AuthorityPolicy(
                Optional.ofNullable(body.receiptRule()).orElse(d.receiptRule()),
                days(body.reviewRequestWindow(), d.reviewRequestWindow()), days(body.reviewTarget(), d.reviewTarget()),
                days(body.reviewMaximum(), d.reviewMaximum()), window));
        ClockProfile profile = policy == null ? null : part("authorityType", errors, () -> new ClockProfile(
                body.regime(), Optional.ofNullable(body.authorityType()).orElse(AuthorityType.STANDARD),
                Optional.ofNullable(body.nation()).orElse(Division.ENGLAND_AND_WALES), policy, Optional.empty()));
        ReferenceFormat format = part("referenceFormat", errors, () -> ReferenceFormat.of(body.referenceFormat()));
        Authority authority = profile == null || format == null ? null : part("costLimit", errors, () -> new Authority(
                AuthorityId.of(id), body.name(), profile, body.costLimit(), format, new Authority.Contact(
                        body.foiEmail(), body.complaintsAddress(), body.signatory())));
        Authority subject = authority == null || body.regimes() == null ? authority
                : part("regimes", errors, () -> authority.withRegimes(body.regimes()));
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return subject;
    }

    /** @return what make gives, or null with the reason it refused added to errors under the field */
    private static <T> T part(String field, List<ApiProblem.FieldError> errors, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            errors.add(new ApiProblem.FieldError(field, e.getMessage()));
            return null;
        }
    }

    private static WorkingDays days(Integer value, WorkingDays fallback) {
        return value == null ? fallback : WorkingDays.of(value);
    }

    private static Period period(String text) {
        Period period;
        try {
            period = Period.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 period such as P6W: " + text);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("must be a positive period, such as P6W: " + text);
        }
        return period;
    }
}
