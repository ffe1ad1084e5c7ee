package uk.foi.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foi.web.api.FoiApi;
import uk.foi.web.api.Wire;

/**
 * The authority's own settings, as its admins set them: the laws it answers under, the time limits and policy days
 * its clock counts with, its cost limit, reference numbers and the contacts its letters give; and the command that
 * moves its open requests onto them. A client of foi-api's {@code /authorities/{id}}; every member of staff may look,
 * only admins change.
 * <p>
 * A change applies to requests received from then on: each open request keeps the settings it was received under (so
 * its dates never move behind its caseworker's back) until an admin applies the settings to it, which records why in
 * each request's audit trail.
 */
@Controller("/settings/authority")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuthoritySettingsPages {

    /** The laws, as the page names them. */
    static final Map<String, String> REGIMES = CommandForms.options(
            "FOIA", "The Freedom of Information Act 2000",
            "EIR", "The Environmental Information Regulations 2004",
            "FOISA", "The Freedom of Information (Scotland) Act 2002",
            "EISR", "The Environmental Information (Scotland) Regulations 2004");
    /** The law an authority subject to one is usually subject to as well (environmental information). */
    static final Map<String, String> COUNTERPART = Map.of("FOIA", "EIR", "EIR", "FOIA", "FOISA", "EISR",
            "EISR", "FOISA");
    /**
     * The time limits of the Freedom of Information (Time for Compliance with Request) Regulations 2004 (SI 2004/3364)
     * that apply to a whole authority. Schools (reg 3, counted in school days) are left out: they need a school-day
     * calendar, which foi-api does not take yet.
     */
    static final Map<String, String> AUTHORITY_TYPES = CommandForms.options(
            "STANDARD", "20 working days, as for most authorities (FOIA s10(1))",
            "ARCHIVES", "30 working days: a public records body deciding on closed information (SI 2004/3364 reg 4)",
            "ARMED_FORCES", "Up to 60 working days, as the Commissioner specifies: armed forces operations"
                    + " (SI 2004/3364 reg 5)",
            "OVERSEAS", "Up to 60 working days, as the Commissioner specifies: information held outside the UK"
                    + " (SI 2004/3364 reg 6)");
    /** Whose bank holidays the clock skips. */
    static final Map<String, String> NATIONS = CommandForms.options("ENGLAND_AND_WALES", "England and Wales",
            "SCOTLAND", "Scotland", "NORTHERN_IRELAND", "Northern Ireland");
    /** When a request that arrives on a day that is not a working day is received. */
    static final Map<String, String> RECEIPT_RULES = CommandForms.options(
            "LITERAL", "On the day it arrives, whatever the day (the Commissioner's reading of FOIA s10(1))",
            "NEXT_WORKING_DAY", "On the next working day, when it arrives at a weekend or on a bank holiday");
    /** The appropriate limits of the Fees Regulations. */
    static final Map<String, String> COST_LIMITS = CommandForms.options(
            "CENTRAL_GOVERNMENT", "£600: government departments, Parliament, the devolved legislatures and the armed"
                    + " forces (SI 2004/3244 reg 3(2))",
            "OTHER_AUTHORITY", "£450: every other authority under FOIA (SI 2004/3244 reg 3(3))",
            "SCOTTISH_AUTHORITY", "£600: a Scottish public authority (SSI 2004/467 reg 5)");
    /** The text fields of the form, which foi-api may name in its problems. */
    static final Set<String> FIELDS = Set.of("name", "regime", "regimes", "authorityType", "nation", "receiptRule",
            "reviewRequestWindow", "reviewTarget", "reviewMaximum", "regulatorWindow", "costLimit", "referenceFormat",
            "foiEmail", "complaintsAddress", "signatory");
    private static final Pattern HUMAN_PERIOD = Pattern.compile("(?i)\\s*(\\d{1,3})\\s*(day|week|month|year)s?\\s*");
    private static final Pattern ISO_PERIOD = Pattern.compile("P(\\d+)([DWMY])");

    private final FoiApi api;
    private final Frame frame;

    AuthoritySettingsPages(FoiApi api, Frame frame) {
        this.api = api;
        this.frame = frame;
    }

    /**
     * @param request the browser's request
     * @param done    what was just done, for the success banner
     * @return the settings: a form for admins, a summary for everyone else
     */
    @Get
    public HttpResponse<?> settings(HttpRequest<?> request, @Nullable @QueryValue String done) {
        Session.User user = frame.user(request);
        Wire.Authority a = api.get(user.token(), path(user), Wire.Authority.class).orThrow();
        return page(user, values(a), List.of(), done == null ? null : switch (done) {
            case "saved" -> "The settings have been saved. Requests received from now on are handled under them;"
                    + " open requests keep theirs until you apply these to them.";
            default -> null;
        }, null, HttpStatus.OK);
    }

    /**
     * Saves the settings.
     *
     * @param request the browser's request
     * @param form    the fields of {@link #FIELDS}, and {@code both} when the authority is subject to the counterpart
     * @return back to the page, or the page with foi-api's reasons next to their fields
     */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, form.getOrDefault(f, "").strip()));
        values.put("both", form.containsKey("both") ? "yes" : "");
        List<Pages.FormError> errors = new ArrayList<>();
        for (String f : List.of("name", "referenceFormat", "foiEmail", "complaintsAddress", "signatory")) {
            if (values.get(f).isEmpty()) {
                errors.add(new Pages.FormError(f, "Enter the " + LABELS.get(f).toLowerCase(java.util.Locale.UK)));
            }
        }
        for (var choice : Map.of("regime", "Select the law the authority mainly answers under", "costLimit",
                "Select the cost limit", "authorityType", "Select the time limit", "nation", "Select whose bank"
                        + " holidays the clock skips", "receiptRule", "Select when a request is received").entrySet()) {
            if (values.get(choice.getKey()).isEmpty()) {
                errors.add(new Pages.FormError(choice.getKey(), choice.getValue()));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (String f : List.of("reviewRequestWindow", "reviewTarget", "reviewMaximum")) {
            String v = values.get(f);
            if (!v.matches("\\d{1,3}")) {
                errors.add(new Pages.FormError(f, LABELS.get(f) + " must be a whole number of working days, such as"
                        + " 20"));
            } else {
                body.put(f, Integer.parseInt(v));
            }
        }
        String window = iso(values.get("regulatorWindow"));
        if (window == null) {
            errors.add(new Pages.FormError("regulatorWindow", "Enter the window as a number of days, weeks or months,"
                    + " such as 6 weeks"));
        }
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty()) {
            for (String f : List.of("name", "regime", "authorityType", "nation", "receiptRule", "costLimit",
                    "referenceFormat", "foiEmail", "complaintsAddress", "signatory")) {
                body.put(f, values.get(f));
            }
            body.put("regulatorWindow", window);
            String regime = values.get("regime");
            body.put("regimes", values.get("both").isEmpty() ? List.of(regime)
                    : List.of(regime, COUNTERPART.getOrDefault(regime, regime)));
            FoiApi.Reply<Map> reply = api.put(user.token(), path(user), body, Map.class);
            if (reply.ok()) {
                return HttpResponse.seeOther(URI.create("/settings/authority?done=saved"));
            }
            errors.addAll(RequestPages.problems(reply, Map.of("body.", ""), FIELDS));
            status = HttpStatus.valueOf(reply.status());
        }
        return page(user, values, errors, null, null, status);
    }

    /**
     * Moves the open requests onto the settings, each with its own event that says why.
     *
     * @param request the browser's request
     * @param form    the reason
     * @return the page with what moved and what was left, and why
     */
    @Post("/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> apply(HttpRequest<?> request, @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        String reason = form.getOrDefault("reason", "").strip();
        Wire.Authority a = api.get(user.token(), path(user), Wire.Authority.class).orThrow();
        Map<String, String> values = values(a);
        values.put("reason", reason);
        List<Pages.FormError> errors = new ArrayList<>();
        if (reason.isEmpty()) {
            errors.add(new Pages.FormError("reason", "Enter why the open requests move: it goes in each one's audit"
                    + " trail"));
            return page(user, values, errors, null, null, HttpStatus.BAD_REQUEST);
        }
        FoiApi.Reply<Wire.SettingsApplied> reply = api.post(user.token(), path(user) + "/apply-settings",
                Map.of("reason", reason), null, Wire.SettingsApplied.class);
        if (!reply.ok()) {
            errors.addAll(RequestPages.problems(reply, Map.of("body.", ""), Set.of("reason")));
            return page(user, values, errors, null, null, HttpStatus.valueOf(reply.status()));
        }
        values.remove("reason");
        return page(user, values, List.of(), null, reply.body(), HttpStatus.OK);
    }

    private HttpResponse<?> page(Session.User user, Map<String, String> values, List<Pages.FormError> errors,
            @Nullable String done, @Nullable Wire.SettingsApplied applied, HttpStatus status) {
        return HttpResponse.status(status).body(Frame.view("authority-settings", new Pages.AuthoritySettings(
                frame.chrome(user, "Your authority", "settings", errors), Pages.Form.of(values, errors), done,
                applied, user.is("admin"))));
    }

    /** How the page labels each field, also in its error messages. */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "Name"),
            Map.entry("referenceFormat", "Reference format"), Map.entry("foiEmail", "FOI email address"),
            Map.entry("complaintsAddress", "Address for complaints"), Map.entry("signatory", "Signatory"),
            Map.entry("reviewRequestWindow", "Time to ask for a review"),
            Map.entry("reviewTarget", "Time to complete a review"), Map.entry("reviewMaximum", "Longest a review may"
                    + " take"));

    /** The settings as the form shows them. */
    static Map<String, String> values(Wire.Authority a) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", a.name());
        v.put("regime", a.regime());
        v.put("both", a.regimes() != null && a.regimes().size() > 1 ? "yes" : "");
        v.put("authorityType", a.authorityType());
        v.put("nation", a.nation());
        v.put("receiptRule", a.receiptRule());
        v.put("reviewRequestWindow", String.valueOf(a.reviewRequestWindow()));
        v.put("reviewTarget", String.valueOf(a.reviewTarget()));
        v.put("reviewMaximum", String.valueOf(a.reviewMaximum()));
        v.put("regulatorWindow", human(a.regulatorWindow()));
        v.put("costLimit", a.costLimit());
        v.put("referenceFormat", a.referenceFormat());
        v.put("foiEmail", a.foiEmail());
        v.put("complaintsAddress", a.complaintsAddress());
        v.put("signatory", a.signatory());
        return v;
    }

    /** @return "6 weeks" for P6W (which foi-api gives as P42D), "3 months" for P3M; any other period as it is */
    static String human(String iso) {
        Matcher m = ISO_PERIOD.matcher(iso);
        if (!m.matches()) {
            return iso;
        }
        int n = Integer.parseInt(m.group(1));
        if (m.group(2).equals("D") && n > 0 && n % 7 == 0) {
            n /= 7; // java.time keeps P6W as P42D
            return n + " week" + (n == 1 ? "" : "s");
        }
        String unit = switch (m.group(2)) {
            case "D" -> "day";
            case "W" -> "week";
            case "M" -> "month";
            default -> "year";
        };
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** @return P6W for "6 weeks" (or for P6W itself); null if the text is neither */
    static @Nullable String iso(String text) {
        Matcher m = HUMAN_PERIOD.matcher(text);
        if (m.matches()) {
            return "P" + Integer.parseInt(m.group(1)) + Character.toUpperCase(m.group(2).charAt(0));
        }
        String upper = text.strip().toUpperCase(java.util.Locale.ROOT);
        return upper.matches("P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?") && upper.length() > 1 ? upper : null;
    }

    private static String path(Session.User user) {
        return "authorities/" + FoiApi.encode(user.authority());
    }
}
