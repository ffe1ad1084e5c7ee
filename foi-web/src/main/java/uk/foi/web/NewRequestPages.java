package uk.foi.web;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foi.web.api.FoiApi;

/** Logging a request that came in by post, telephone or an inbox the service does not read. */
@Controller("/requests/new")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class NewRequestPages {

    /**
     * foi-api's requester fields on this form: {@code requester.name} is the name box; {@code requester} itself (no
     * address for correspondence, FOIA s8(1)(b)) is shown by the email box. In this order: a prefix is applied once.
     */
    static final Map<String, String> REQUESTER_FIELDS = new java.util.LinkedHashMap<>(Map.of("requester.", ""));

    static {
        REQUESTER_FIELDS.put("requester", "email");
    }

    private static final List<String> FIELDS = List.of("receivedOn", "channel", "regime", "text", "name", "email");

    private final FoiApi api;
    private final Frame frame;

    NewRequestPages(FoiApi api, Frame frame) {
        this.api = api;
        this.frame = frame;
    }

    /** @param request the browser's request @return the form */
    @Get
    public HttpResponse<?> form(HttpRequest<?> request) {
        Session.User user = frame.user(request);
        return page(user, Pages.Form.empty(), List.of(), HttpStatus.OK);
    }

    /**
     * @param request the browser's request
     * @param form    the form
     * @return to the new request's page, or the form again with its problems
     */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> receive(HttpRequest<?> request, @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, form.getOrDefault(f, "")));
        List<Pages.FormError> errors = new ArrayList<>();
        String received = values.get("receivedOn").trim();
        if (!received.isEmpty()) {
            try {
                LocalDate.parse(received);
            } catch (DateTimeParseException e) {
                errors.add(new Pages.FormError("receivedOn", "Enter the date received as year-month-day, for example "
                        + "2026-11-20"));
            }
        }
        if (values.get("text").isBlank()) {
            errors.add(new Pages.FormError("text", "Enter the request as the requester wrote it"));
        }
        if (values.get("name").isBlank()) {
            errors.add(new Pages.FormError("name", "Enter the requester's name (FOIA s8(1)(b) needs one)"));
        }
        if (errors.isEmpty()) {
            Map<String, Object> requester = new LinkedHashMap<>();
            requester.put("name", values.get("name").trim());
            requester.put("email", values.get("email").isBlank() ? null : values.get("email").trim());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("receivedOn", received.isEmpty() ? null : received);
            body.put("channel", values.get("channel"));
            body.put("regime", values.get("regime").isBlank() ? null : values.get("regime"));
            body.put("text", values.get("text"));
            body.put("requester", requester);
            FoiApi.Reply<Map> reply = api.post(user.token(), "requests", body, null, Map.class);
            if (reply.ok()) {
                return HttpResponse.seeOther(URI.create("/requests/" + reply.body().get("id") + "?done=logged"));
            }
            errors.addAll(RequestPages.problems(reply, REQUESTER_FIELDS, values.keySet()));
        }
        return page(user, Pages.Form.of(values, errors), errors, HttpStatus.BAD_REQUEST);
    }

    private HttpResponse<?> page(Session.User user, Pages.Form form, List<Pages.FormError> errors, HttpStatus status) {
        FoiApi.Reply<Map> authority = api.get(user.token(), "authorities/" + FoiApi.encode(user.authority()),
                Map.class);
        List<String> regimes = authority.ok() && authority.body().get("regimes") instanceof List<?> l
                ? l.stream().map(String::valueOf).toList() : List.of("FOIA", "EIR");
        return HttpResponse.status(status).body(Frame.view("new-request", new Pages.NewRequest(frame.chrome(user,
                "Log a request", "new", errors), form, regimes)));
    }
}
