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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foi.web.api.FoiApi;
import uk.foi.web.api.Wire;

/**
 * A request's page and every form on it. A form is sent to foi-api as the command it is, with the version the user
 * saw as If-Match; what the API refuses comes back on the same page, each problem next to the field it concerns.
 */
@Controller("/requests")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RequestPages {

    /** What the success banner says after each command, by the command's path. */
    private static final Map<String, String> DONE = Map.of("logged", "The request has been logged",
            "acknowledgement", "The acknowledgement has been recorded", "assignment", "The request has been assigned",
            "extension", "The deadline has been extended", "decision", "The decision has been saved",
            "response", "The response has been sent", "publication", "The response is on the disclosure log",
            "publication-withdrawal", "The response has been taken off the disclosure log",
            "clarification-confirmed", "The reply has been received as the clarification: the time for compliance"
                    + " runs again from the day it arrived",
            "letter-resent", "The letter will be sent again within a minute");

    /** The commands a form on the request page sends. */
    private static final List<String> COMMANDS = List.of("acknowledgement", "assignment", "extension", "response",
            "publication-withdrawal");

    private final FoiApi api;
    private final Frame frame;

    RequestPages(FoiApi api, Frame frame) {
        this.api = api;
        this.frame = frame;
    }

    /**
     * @param request the browser's request
     * @param id      the request's id
     * @param done    what was just done, for the success banner
     * @return the page
     */
    @Get("/{id}")
    public HttpResponse<?> request(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String done) {
        Session.User user = frame.user(request);
        return page(user, id, Pages.Form.empty(), "", List.of(), done == null ? null
                : DONE.getOrDefault(done, CommandForms.named(done).map(CommandForms::done).orElse(null)), HttpStatus.OK);
    }

    private HttpResponse<?> page(Session.User user, String id, Pages.Form form, String formName,
            List<Pages.FormError> errors, @Nullable String done, HttpStatus status) {
        String base = "requests/" + FoiApi.encode(id);
        Wire.Request r = api.get(user.token(), base, Wire.Request.class).orThrow();
        Wire.Requester requester = user.handlesCases()
                ? api.get(user.token(), base + "/requester", Wire.Requester.class).body() : null;
        Wire.Timeline timeline = api.get(user.token(), base + "/timeline", Wire.Timeline.class).orThrow();
        Wire.Check check = api.get(user.token(), base + "/response-check", Wire.Check.class).orThrow();
        List<Wire.Provision> provisions = user.handlesCases()
                ? api.list(user.token(), "reference/exemptions", Wire.Provision.class).orThrow() : List.of();
        List<Wire.Team> teams = user.handlesCases() ? TeamSettingsPages.of(api, user) : List.of();
        List<Wire.Message> correspondence = user.handlesCases() ? correspondence(user, base) : List.of();
        Map<String, String> values = new LinkedHashMap<>(decided(r));
        values.putAll(form.values());
        return HttpResponse.status(status).body(Frame.view("request", new Pages.Request(frame.chrome(user,
                "Request " + r.reference(), "caseload", errors), r, requester, timeline, check, provisions, teams,
                correspondence, new Pages.Form(values, form.errors()), formName, done)));
    }

    /**
     * The request's emails both ways, oldest first; a reply proposed as the clarification is read whole, since the
     * caseworker decides from its text whether it is one.
     */
    private List<Wire.Message> correspondence(Session.User user, String base) {
        List<Wire.Message> all = api.list(user.token(), base + "/correspondence", Wire.Message.class).orThrow();
        return all.stream().map(m -> !m.state().equals("CLARIFICATION_PROPOSED") ? m : api.get(user.token(),
                base + "/correspondence/" + FoiApi.encode(m.id()), Wire.Message.class).orThrow()).toList();
    }

    /**
     * Receives a reply the mailroom proposed as the clarification, or sends again a letter that could not be sent.
     *
     * @param request the browser's request
     * @param id      the request's id
     * @param cid     the message
     * @param action  clarification or resend
     * @param form    the form's fields (the CSRF token, the request's version)
     * @return back to the request's correspondence, or the page with why not
     */
    @Post("/{id}/correspondence/{cid}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> correspondence(HttpRequest<?> request, @PathVariable String id, @PathVariable String cid,
            @PathVariable String action, @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        if (!action.equals("clarification") && !action.equals("resend")) {
            throw new FoiApi.Failed(new FoiApi.Reply<>(404, null, null, null));
        }
        return send(user, id, action, "requests/" + FoiApi.encode(id) + "/correspondence/" + FoiApi.encode(cid) + "/"
                + action, Map.of(), action.equals("clarification") ? parseVersion(form.get("version")) : null,
                Map.of(), List.of(), Map.of(), action.equals("clarification") ? "clarification-confirmed"
                        : "letter-resent");
    }

    /**
     * @param request the browser's request
     * @param id      the request's id
     * @param cid     the message
     * @param n       the attachment's place
     * @param name    its file name, as the page's link gives it
     * @return the attachment, from foi-api, as a download
     */
    @Get("/{id}/correspondence/{cid}/attachments/{n}/{name}")
    public HttpResponse<?> attachment(HttpRequest<?> request, @PathVariable String id, @PathVariable String cid,
            @PathVariable int n, @PathVariable String name) {
        Session.User user = frame.user(request);
        return api.document(user.token(), "requests/" + FoiApi.encode(id) + "/correspondence/" + FoiApi.encode(cid)
                + "/attachments/" + n, "*/*").toBrowser(name.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /**
     * Each part's decision as its form's values, so that changing a decision starts from what was decided rather
     * than from an empty form. A part with several decisions shows its first.
     */
    static Map<String, String> decided(Wire.Request r) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Wire.Decision d : r.decisions()) {
            String key = "p" + partKey(d.label()) + "-";
            if (values.containsKey(key + "outcome")) {
                continue;
            }
            values.put(key + "outcome", d.outcome());
            values.put(key + "answer", d.answer() == null ? "" : d.answer());
            List<Wire.Ground> grounds = d.groundList();
            values.put(key + "rows", String.valueOf(Math.max(GROUND_ROWS, grounds.size())));
            for (int g = 0; g < Math.min(MAX_GROUND_ROWS, grounds.size()); g++) {
                Wire.Ground ground = grounds.get(g);
                String row = key + "g" + g + "-";
                values.put(row + "citation", ground.citation());
                values.put(row + "reasons", ground.reasons() == null ? "" : ground.reasons());
                values.put(row + "harm", ground.harm() == null ? "" : ground.harm());
                values.put(row + "ncndScope", ground.ncndScope() == null ? "" : ground.ncndScope());
                Wire.QualifiedOpinion opinion = ground.qualifiedOpinion();
                values.put(row + "qualifiedOpinion", opinion == null || opinion.person() == null ? ""
                        : opinion.person());
                values.put(row + "opinionGivenOn", opinion == null || opinion.givenOn() == null ? ""
                        : opinion.givenOn().toString());
                Wire.PublicInterest test = ground.publicInterest();
                if (test != null) {
                    String forDisclosure = String.join("\n", test.forDisclosure() == null ? List.of()
                            : test.forDisclosure());
                    values.put(row + "forDisclosure", forDisclosure);
                    values.put(row + "publicInterest", forDisclosure);
                    values.put(row + "forMaintaining", String.join("\n", test.forMaintaining() == null
                            ? List.of() : test.forMaintaining()));
                    values.put(row + "conclusion", test.conclusion() == null ? "" : test.conclusion());
                }
            }
        }
        return values;
    }

    /**
     * Acknowledge, assign, extend or send the response.
     *
     * @param request the browser's request
     * @param id      the request's id
     * @param command the command
     * @param form    the form's fields
     * @return back to the page: with a success banner, or with the problems
     */
    @Post("/{id}/{command}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> command(HttpRequest<?> request, @PathVariable String id, @PathVariable String command,
            @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        if (command.equals("publication")) {
            return publish(user, id, form);
        }
        java.util.Optional<CommandForms> lifecycle = CommandForms.named(command);
        if (lifecycle.isPresent()) {
            CommandForms f = lifecycle.get();
            List<Pages.FormError> errors = new ArrayList<>();
            Map<String, Object> body = f.body(form, errors);
            Map<String, String> shown = new LinkedHashMap<>();
            f.fields().forEach(field -> shown.put(f.id(field), form.getOrDefault(field.name(), "")));
            if (f.command().equals("review-result")) {
                reviewReleases(form, body, shown, errors);
            }
            return send(user, id, f.command(), "requests/" + FoiApi.encode(id) + "/" + f.command(), body,
                    parseVersion(form.get("version")), shown, errors, Map.of("", f.command() + "-"), f.command());
        }
        if (!COMMANDS.contains(command)) {
            throw new FoiApi.Failed(new FoiApi.Reply<>(404, null, null, null));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        List<Pages.FormError> errors = new ArrayList<>();
        switch (command) {
            case "assignment" -> {
                if (form.getOrDefault("assignee", "").isBlank()) {
                    errors.add(new Pages.FormError("assignee", "Enter the user name of the caseworker, for example"
                            + " cw.smith"));
                }
                body.put("assignee", form.getOrDefault("assignee", "").trim());
                body.put("team", form.getOrDefault("team", "").trim());
            }
            case "extension" -> {
                String days = form.getOrDefault("furtherWorkingDays", "").trim();
                if (!days.matches("\\d{1,3}")) {
                    errors.add(new Pages.FormError("furtherWorkingDays",
                            "Enter the number of further working days, for example 20"));
                } else {
                    body.put("furtherWorkingDays", Integer.parseInt(days));
                }
                body.put("considering", list(form.get("considering")));
            }
            case "publication-withdrawal" -> {
                if (form.getOrDefault("reason", "").isBlank()) {
                    errors.add(new Pages.FormError("reason", "Say why it is coming off the disclosure log"));
                }
                body.put("reason", form.getOrDefault("reason", "").trim());
            }
            default -> {
                // acknowledgement and response: the day is today
            }
        }
        Map<String, String> shown = new LinkedHashMap<>(form);
        shown.remove("csrf");
        shown.remove("version");
        return send(user, id, command, "requests/" + FoiApi.encode(id) + "/" + command, body,
                parseVersion(form.get("version")), shown, errors, Map.of(), command);
    }

    /**
     * @param request the browser's request
     * @param id      the request's id
     * @return the page that prepares the response for the disclosure log: the wording with what looks like personal
     *         data taken out, for staff to check and publish
     */
    @Get("/{id}/publication")
    public HttpResponse<?> publication(HttpRequest<?> request, @PathVariable String id) {
        return publicationPage(frame.user(request), id, Pages.Form.empty(), List.of(), HttpStatus.OK);
    }

    private HttpResponse<?> publish(Session.User user, String id, Map<String, String> form) {
        String text = form.getOrDefault("text", "").strip();
        List<Pages.FormError> errors = new ArrayList<>();
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (text.isEmpty()) {
            errors.add(new Pages.FormError("text", "Enter the wording to publish"));
        } else {
            FoiApi.Reply<Map> reply = api.post(user.token(), "requests/" + FoiApi.encode(id) + "/publication",
                    Map.of("text", text), parseVersion(form.get("version")), Map.class);
            if (reply.ok()) {
                return HttpResponse.seeOther(URI.create("/requests/" + FoiApi.encode(id)
                        + "?done=publication#disclosure-log"));
            }
            // A refusal (the parts do not match) concerns the wording: show it there.
            errors.addAll(problems(reply, Map.of(), java.util.Set.of("text")).stream()
                    .map(e -> reply.status() == 422 ? new Pages.FormError("text", e.message()) : e).toList());
            status = HttpStatus.valueOf(reply.status());
        }
        return publicationPage(user, id, Pages.Form.of(Map.of("text", form.getOrDefault("text", "")), errors), errors,
                status);
    }

    private HttpResponse<?> publicationPage(Session.User user, String id, Pages.Form form,
            List<Pages.FormError> errors, HttpStatus status) {
        String base = "requests/" + FoiApi.encode(id);
        Wire.Request r = api.get(user.token(), base, Wire.Request.class).orThrow();
        Wire.PublicationDraft draft = api.get(user.token(), base + "/publication-draft",
                Wire.PublicationDraft.class).orThrow();
        return HttpResponse.status(status).body(Frame.view("publication", new Pages.Publication(frame.chrome(user,
                "Publish " + r.reference() + " on the disclosure log", "caseload", errors), r, draft, form)));
    }

    /**
     * Decide a part.
     *
     * @param request the browser's request
     * @param id      the request's id
     * @param label   the part
     * @param form    the form's fields
     * @return back to the page
     */
    @Post("/{id}/parts/{label}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> decide(HttpRequest<?> request, @PathVariable String id, @PathVariable String label,
            @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        String key = "p" + partKey(label) + "-";
        int rows = groundRows(form.get("rows"));
        Map<String, String> shown = new LinkedHashMap<>();
        for (String field : List.of("outcome", "answer")) {
            shown.put(key + field, form.getOrDefault(field, ""));
        }
        for (int g = 0; g < rows; g++) {
            String row = "g" + g + "-";
            for (String field : GROUND_FIELDS) {
                shown.put(key + row + field, form.getOrDefault(row + field, ""));
            }
            shown.put(key + row + "publicInterest", form.getOrDefault(row + "forDisclosure", ""));
        }
        shown.put(key + "rows", String.valueOf(rows));
        if ("provision".equals(form.get("add"))) {
            // "Add another provision": the same form with one more, nothing sent (GOV.UK add-another pattern,
            // done on the server so that it works without JavaScript)
            List<Pages.FormError> full = new ArrayList<>();
            if (rows < MAX_GROUND_ROWS) {
                shown.put(key + "rows", String.valueOf(rows + 1));
                shown.put(key + "added", String.valueOf(rows));
            } else {
                full.add(new Pages.FormError(key + "g" + (rows - 1) + "-citation", "A decision can rely on at most "
                        + MAX_GROUND_ROWS + " provisions here; record any more as a second decision"));
            }
            return page(user, id, Pages.Form.of(shown, full), "decision", full, null,
                    full.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        }
        List<Pages.FormError> errors = new ArrayList<>();
        if (form.getOrDefault("outcome", "").isBlank()) {
            errors.add(new Pages.FormError(key + "outcome", "Choose the outcome for this question"));
        }
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("outcome", blankToNull(form.get("outcome")));
        decision.put("answer", blankToNull(form.get("answer")));
        Map<String, String> prefixes = new LinkedHashMap<>();
        List<Map<String, Object>> grounds = new ArrayList<>();
        for (int g = 0; g < rows; g++) {
            String row = "g" + g + "-";
            if (form.getOrDefault(row + "citation", "").isBlank()) {
                if (GROUND_FIELDS.stream().skip(1).anyMatch(f -> !form.getOrDefault(row + f, "").isBlank())) {
                    errors.add(new Pages.FormError(key + row + "citation", "Say which provision these reasons are"
                            + " for, or clear them"));
                }
                continue;
            }
            prefixes.put("decisions[0].grounds[" + grounds.size() + "].", key + row);
            grounds.add(ground(form, row));
        }
        decision.put("grounds", grounds);
        prefixes.put("decisions[0].", key);
        return send(user, id, "decision", "requests/" + FoiApi.encode(id) + "/parts/" + FoiApi.encode(label)
                + "/decision", Map.of("decisions", List.of(decision)), parseVersion(form.get("version")), shown, errors,
                prefixes, "decision");
    }

    /**
     * The parts an internal review releases, from the review-result form's ticks ({@code release-<part>}) and answers
     * ({@code answer-<part>}), as the review's decisions: each now disclosed, with what is given. A review that upholds
     * the original decision releases nothing.
     */
    static void reviewReleases(Map<String, String> form, Map<String, Object> body, Map<String, String> shown,
            List<Pages.FormError> errors) {
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (Map.Entry<String, String> e : form.entrySet()) {
            if (!e.getKey().startsWith("release-") || e.getValue().isBlank()) {
                continue;
            }
            String key = e.getKey().substring("release-".length());
            String answer = form.getOrDefault("answer-" + key, "").strip();
            shown.put("review-result-release-" + key, e.getValue());
            shown.put("review-result-answer-" + key, answer);
            if (answer.isEmpty()) {
                errors.add(new Pages.FormError("review-result-answer-" + key, "Say what is released for question "
                        + e.getValue()));
            }
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("label", e.getValue());
            decision.put("outcome", "DISCLOSED");
            decision.put("answer", answer);
            decisions.add(decision);
        }
        if (!decisions.isEmpty() && "UPHELD".equals(form.get("result"))) {
            errors.add(new Pages.FormError("review-result-release", "A review that upholds the decision releases"
                    + " nothing: choose 'Changed in part' or 'Reversed', or untick the questions"));
        }
        if (!decisions.isEmpty()) {
            body.put("decisions", decisions);
        }
    }

    /**
     * @param label a part's label ({@code 2.a})
     * @return it as the page's ids use it ({@code 2-a}: the part is {@code part-2-a}, its form's fields
     *         {@code p2-a-outcome} and so on)
     */
    public static String partKey(String label) {
        return label.replaceAll("[^A-Za-z0-9]", "-");
    }

    /** How many provisions the decision form offers at first: each with its own reasons, harm, test and NCND scope. */
    public static final int GROUND_ROWS = 3;
    /** How many it grows to with "Add another provision". */
    public static final int MAX_GROUND_ROWS = 12;

    /**
     * @param rows the form's row count, as sent or as shown
     * @return how many provisions the form has: at least {@link #GROUND_ROWS}, at most {@link #MAX_GROUND_ROWS}
     */
    public static int groundRows(@Nullable String rows) {
        try {
            return Math.max(GROUND_ROWS, Math.min(MAX_GROUND_ROWS, Integer.parseInt(rows == null ? "" : rows.strip())));
        } catch (NumberFormatException e) {
            return GROUND_ROWS;
        }
    }
    /** The fields of one provision on the decision form, named {@code g0-citation} and so on. */
    public static final List<String> GROUND_FIELDS = List.of("citation", "reasons", "harm", "ncndScope", "forDisclosure",
            "forMaintaining", "conclusion", "qualifiedOpinion", "opinionGivenOn");

    /** One provision of the decision form as the API's ground; a public interest test only if any of it is given. */
    static Map<String, Object> ground(Map<String, String> form, String row) {
        Map<String, Object> ground = new LinkedHashMap<>();
        ground.put("citation", form.get(row + "citation").strip());
        ground.put("reasons", blankToNull(form.get(row + "reasons")));
        ground.put("harm", blankToNull(form.get(row + "harm")));
        ground.put("ncndScope", blankToNull(form.get(row + "ncndScope")));
        String person = blankToNull(form.get(row + "qualifiedOpinion"));
        String givenOn = blankToNull(form.get(row + "opinionGivenOn"));
        if (person != null || givenOn != null) {
            Map<String, Object> opinion = new LinkedHashMap<>();
            opinion.put("person", person);
            opinion.put("givenOn", givenOn == null || !givenOn.matches("\\d{4}-\\d{2}-\\d{2}") ? null : givenOn);
            ground.put("qualifiedOpinion", opinion); // the API names what is missing or unreadable
        }
        List<String> forDisclosure = lines(form.get(row + "forDisclosure"));
        List<String> forMaintaining = lines(form.get(row + "forMaintaining"));
        String conclusion = blankToNull(form.get(row + "conclusion"));
        if (!forDisclosure.isEmpty() || !forMaintaining.isEmpty() || conclusion != null) {
            Map<String, Object> test = new LinkedHashMap<>();
            test.put("forDisclosure", forDisclosure);
            test.put("forMaintaining", forMaintaining);
            test.put("conclusion", conclusion == null ? "" : conclusion);
            ground.put("publicInterest", test);
        }
        return ground;
    }

    /** A text box with one factor per line, as a list without blank lines. */
    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * Sends a command and answers with the page again.
     *
     * @param prefixes how the API's field names map to the form's ids ({@code decisions[0].reasons} to
     *                 {@code p1-reasons})
     */
    private HttpResponse<?> send(Session.User user, String id, String formName, String path, Map<String, ?> body,
            @Nullable Long version, Map<String, String> values, List<Pages.FormError> found,
            Map<String, String> prefixes, String done) {
        List<Pages.FormError> errors = new ArrayList<>(found);
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty()) {
            FoiApi.Reply<Map> reply = api.post(user.token(), path, body, version, Map.class);
            if (reply.ok()) {
                return HttpResponse.seeOther(URI.create("/requests/" + FoiApi.encode(id) + "?done=" + done
                        + (done.equals("decision") || done.equals("response") ? "#send"
                                : done.startsWith("publication") ? "#disclosure-log"
                                : done.equals("letter-resent") ? "#correspondence" : "")));
            }
            errors.addAll(problems(reply, prefixes, values.keySet()));
            status = HttpStatus.valueOf(reply.status());
        }
        return page(user, id, Pages.Form.of(values, errors), formName, errors, null, status);
    }

    /** The API's refusal in words a caseworker can act on, each with the field it concerns when there is one. */
    static List<Pages.FormError> problems(FoiApi.Reply<?> reply, Map<String, String> prefixes,
            java.util.Set<String> fields) {
        Wire.Problem p = reply.problem();
        List<Pages.FormError> out = new ArrayList<>();
        if (reply.status() == 412 || reply.status() == 409) {
            out.add(new Pages.FormError("", "Someone else changed this request while you had it open. The page now"
                    + " shows their change: check it and try again."));
            return out;
        }
        if (p != null && p.errors() != null && !p.errors().isEmpty()) {
            for (Wire.FieldError e : p.errors()) {
                String field = e.field();
                for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
                    if (field.startsWith(prefix.getKey())) {
                        field = prefix.getValue() + field.substring(prefix.getKey().length());
                    }
                }
                field = field.replaceAll("[\\[.].*$", "");
                String id = fields.contains(field) ? field : "";
                out.add(new Pages.FormError(id, (id.isEmpty() ? e.field() + ": " : "") + e.message()));
            }
            return out;
        }
        if (p != null && p.detail() != null) {
            out.add(new Pages.FormError("", p.detail()));
        }
        if (p != null && p.findings() != null) {
            p.findings().forEach(f -> out.add(new Pages.FormError("", f)));
        }
        if (out.isEmpty()) {
            out.add(new Pages.FormError("", "foi-api refused this (" + reply.status() + ")"));
        }
        return out;
    }

    /**
     * @param request the browser's request
     * @param id      the request's id
     * @return the letter's page: the response as sent, or a preview of it
     */
    @Get("/{id}/letter")
    public HttpResponse<?> letter(HttpRequest<?> request, @PathVariable String id) {
        return letterPage(request, id, false);
    }

    /**
     * @param request the browser's request
     * @param id      the request's id
     * @return the internal review's outcome letter, once the review is completed
     */
    @Get("/{id}/review-letter")
    public HttpResponse<?> reviewLetter(HttpRequest<?> request, @PathVariable String id) {
        return letterPage(request, id, true);
    }

    private HttpResponse<?> letterPage(HttpRequest<?> request, String id, boolean review) {
        Session.User user = frame.user(request);
        Wire.Request r = api.get(user.token(), "requests/" + FoiApi.encode(id), Wire.Request.class).orThrow();
        String base = "/requests/" + FoiApi.encode(id) + (review ? "/review-letter" : "/letter");
        return HttpResponse.ok(Frame.view("letter", new Pages.Letter(frame.chrome(user,
                Pages.Letter.heading(r, review) + ": " + r.reference(), "caseload", List.of()), r, base + ".html",
                base + ".pdf", review)));
    }

    /**
     * @param request the browser's request
     * @param id      the request's id
     * @param format  html or pdf
     * @return the letter itself, from foi-api
     */
    @Get("/{id}/letter.{format}")
    @Produces({MediaType.TEXT_HTML, "application/pdf"})
    public HttpResponse<?> letterDocument(HttpRequest<?> request, @PathVariable String id,
            @PathVariable String format) {
        return letterFromApi(request, id, format, "response", "letter.pdf");
    }

    /**
     * One of the request's letters from foi-api; the response falls back to its preview until it is sent.
     *
     * @param kind foi-api's letter kind
     * @param file the PDF's file name
     */
    private HttpResponse<?> letterFromApi(HttpRequest<?> request, String id, String format, String kind,
            String file) {
        Session.User user = frame.user(request);
        String type = "pdf".equals(format) ? "application/pdf" : MediaType.TEXT_HTML;
        String base = "requests/" + FoiApi.encode(id) + "/letters/";
        FoiApi.Document d = api.document(user.token(), base + kind, type);
        if (d.status() == 409 && kind.equals("response")) {
            d = api.document(user.token(), base + "response-preview", type);
        }
        return d.toBrowser("pdf".equals(format) ? file : null);
    }

    /**
     * @param request the browser's request
     * @param id      the request's id
     * @param format  html or pdf
     * @return the internal review's outcome letter itself, from foi-api
     */
    @Get("/{id}/review-letter.{format}")
    @Produces({MediaType.TEXT_HTML, "application/pdf"})
    public HttpResponse<?> reviewLetterDocument(HttpRequest<?> request, @PathVariable String id,
            @PathVariable String format) {
        return letterFromApi(request, id, format, "review-outcome", "review-outcome.pdf");
    }

    private static List<String> list(@Nullable String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split("[,;\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static @Nullable Long parseVersion(@Nullable String version) {
        try {
            return version == null ? null : Long.parseLong(version);
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
