package uk.foi.web;

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
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.foi.web.api.FoiApi;
import uk.foi.web.api.Wire;

/**
 * The authority's letters, as its admins set them: the case officers letters name and who sign them, and the
 * authority's own wording of any template (its letterhead, its re-use notice, any sentence) over the standard one.
 * A client of foi-api's {@code /authorities/{id}/letters}; every member of staff may look, only admins change.
 */
@Controller("/settings/letters")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LetterSettingsPages {

    /** The files an authority most often changes, first on the page. */
    static final List<String> FIRST = List.of("heading.html", "heading.txt", "reuse.html", "reuse.txt",
            "signature.html", "signature.txt", "phrases.properties");

    /** What each file the authority most often changes is for, as the page explains it. */
    static final Map<String, String> PURPOSE = Map.of(
            "heading.txt", "The top of every letter sent as text or email: your letterhead, the requester's address,"
                    + " the date, the case officer and the greeting.",
            "heading.html", "The top of every letter as a web page and PDF: your letterhead, the requester's address,"
                    + " the date, the case officer and the greeting.",
            "signature.txt", "How every letter sent as text is signed.",
            "signature.html", "How every letter as a web page and PDF is signed.",
            "reuse.txt", "The re-use notice in a response that discloses information, sent as text.",
            "reuse.html", "The re-use notice in a response that discloses information, as a web page and PDF.",
            "phrases.properties", "The sentences letters choose by case, one per line as key=text. Give only the"
                    + " ones you word your own way.");

    private final FoiApi api;
    private final Frame frame;

    LetterSettingsPages(FoiApi api, Frame frame) {
        this.api = api;
        this.frame = frame;
    }

    /**
     * @param request the browser's request
     * @param done    what was just done, for the success banner
     * @return the case officers and the templates
     */
    @Get
    public HttpResponse<?> settings(HttpRequest<?> request, @Nullable @QueryValue String done) {
        return page(frame.user(request), Pages.Form.empty(), List.of(), done, HttpStatus.OK);
    }

    /**
     * Adds or changes a case officer.
     *
     * @param request the browser's request
     * @param form    userId, name, jobTitle, phone
     * @return back to the page, or the page with the problems
     */
    @Post("/case-officers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> putOfficer(HttpRequest<?> request, @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("userId", "name", "jobTitle", "phone")) {
            values.put(field, form.getOrDefault(field, "").strip());
        }
        List<Pages.FormError> errors = new ArrayList<>();
        if (values.get("userId").isEmpty()) {
            errors.add(new Pages.FormError("userId", "Enter the user ID requests are assigned to"));
        }
        if (values.get("name").isEmpty()) {
            errors.add(new Pages.FormError("name", "Enter the name letters give"));
        }
        if (values.get("jobTitle").isEmpty()) {
            errors.add(new Pages.FormError("jobTitle", "Enter the job title letters give"));
        }
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", values.get("name"));
            body.put("jobTitle", values.get("jobTitle"));
            body.put("phone", values.get("phone").isEmpty() ? null : values.get("phone"));
            FoiApi.Reply<Map> reply = api.put(user.token(), base(user) + "/case-officers/"
                    + FoiApi.encode(values.get("userId")), body, Map.class);
            if (reply.ok()) {
                return HttpResponse.seeOther(URI.create("/settings/letters?done=officer#case-officers"));
            }
            errors.addAll(RequestPages.problems(reply, Map.of(), Set.of("name", "jobTitle", "phone", "userId")));
            status = HttpStatus.valueOf(reply.status());
        }
        return page(user, Pages.Form.of(values, errors), errors, null, status);
    }

    /**
     * @param request the browser's request
     * @param userId  a case officer
     * @param form    the anti-forgery token
     * @return back to the page
     */
    @Post("/case-officers/{userId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> removeOfficer(HttpRequest<?> request, @PathVariable String userId,
            @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        api.delete(user.token(), base(user) + "/case-officers/" + FoiApi.encode(userId)).orThrow();
        return HttpResponse.seeOther(URI.create("/settings/letters?done=removed#case-officers"));
    }

    /**
     * @param request the browser's request
     * @param file    a template file
     * @return the page to change it, with its text: the authority's own, or the standard one to start from
     */
    @Get("/templates/{file}")
    public HttpResponse<?> template(HttpRequest<?> request, @PathVariable String file) {
        Session.User user = frame.user(request);
        return templatePage(user, file, null, List.of(), HttpStatus.OK);
    }

    /**
     * Saves the authority's own text of a template, or goes back to the standard one.
     *
     * @param request the browser's request
     * @param file    a template file
     * @param form    source, and action ("save" or "standard")
     * @return back to the settings, or the page with foi-api's reason next to the text
     */
    @Post("/templates/{file}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> saveTemplate(HttpRequest<?> request, @PathVariable String file,
            @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        String path = base(user) + "/templates/" + FoiApi.encode(file);
        if ("standard".equals(form.get("action"))) {
            FoiApi.Reply<Void> gone = api.delete(user.token(), path);
            if (!gone.ok() && gone.status() != 404) {
                gone.orThrow();
            }
            return HttpResponse.seeOther(URI.create("/settings/letters?done=standard#templates"));
        }
        String source = form.getOrDefault("source", "").replace("\r\n", "\n");
        List<Pages.FormError> errors = new ArrayList<>();
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (source.isBlank()) {
            errors.add(new Pages.FormError("source", "Enter the text, or use the standard text"));
        } else {
            FoiApi.Reply<Map> reply = api.put(user.token(), path, Map.of("source", source), Map.class);
            if (reply.ok()) {
                return HttpResponse.seeOther(URI.create("/settings/letters?done=template#templates"));
            }
            errors.addAll(RequestPages.problems(reply, Map.of(), Set.of("source")));
            status = HttpStatus.valueOf(reply.status());
        }
        return templatePage(user, file, source, errors, status);
    }

    private HttpResponse<?> page(Session.User user, Pages.Form form, List<Pages.FormError> errors,
            @Nullable String done, HttpStatus status) {
        List<Wire.CaseOfficer> officers = api.list(user.token(), base(user) + "/case-officers",
                Wire.CaseOfficer.class).orThrow();
        List<Wire.Template> templates = api.list(user.token(), base(user) + "/templates", Wire.Template.class)
                .orThrow().stream().sorted(java.util.Comparator.comparingInt(t -> FIRST.contains(t.file())
                        ? FIRST.indexOf(t.file()) : FIRST.size())).toList();
        String banner = done == null ? null : switch (done) {
            case "officer" -> "The case officer has been saved";
            case "removed" -> "The case officer has been removed";
            case "template" -> "Your wording has been saved: every letter uses it from now on";
            case "standard" -> "The standard wording is in use again";
            default -> null;
        };
        return HttpResponse.status(status).body(Frame.view("letter-settings", new Pages.LetterSettings(
                frame.chrome(user, "Letters", "settings", errors), officers, templates, form, banner,
                user.is("admin"))));
    }

    private HttpResponse<?> templatePage(Session.User user, String file, @Nullable String typed,
            List<Pages.FormError> errors, HttpStatus status) {
        Wire.Template t = api.get(user.token(), base(user) + "/templates/" + FoiApi.encode(file),
                Wire.Template.class).orThrow();
        String source = typed != null ? typed : t.source() == null ? "" : t.source();
        return HttpResponse.status(status).body(Frame.view("letter-template", new Pages.LetterTemplate(
                frame.chrome(user, "Change " + file, "settings", errors), t, PURPOSE.get(file),
                Pages.Form.of(Map.of("source", source), errors), user.is("admin"))));
    }

    private static String base(Session.User user) {
        return "authorities/" + FoiApi.encode(user.authority()) + "/letters";
    }
}
