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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.foi.web.api.FoiApi;
import uk.foi.web.api.Wire;

/**
 * The settings pages: an index of them, and the authority's teams, which requests are assigned to. Once the authority
 * has any team, the assignment form offers its teams and foi-api takes no other. A client of foi-api's
 * {@code /authorities/{id}/teams}; every member of staff may look, only admins change.
 */
@Controller("/settings")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TeamSettingsPages {

    private final FoiApi api;
    private final Frame frame;

    TeamSettingsPages(FoiApi api, Frame frame) {
        this.api = api;
        this.frame = frame;
    }

    /**
     * @param request the browser's request
     * @return the settings there are
     */
    @Get
    public HttpResponse<?> index(HttpRequest<?> request) {
        Session.User user = frame.user(request);
        return HttpResponse.ok(Frame.view("settings", new Pages.SettingsIndex(frame.chrome(user, "Settings",
                "settings", List.of()), user.is("admin"))));
    }

    /**
     * @param request the browser's request
     * @param done    what was just done, for the success banner
     * @return the teams
     */
    @Get("/teams")
    public HttpResponse<?> teams(HttpRequest<?> request, @Nullable @QueryValue String done) {
        return page(frame.user(request), Pages.Form.empty(), List.of(), done == null ? null : switch (done) {
            case "saved" -> "The team has been saved";
            case "removed" -> "The team has been removed: requests assigned to it keep it";
            default -> null;
        }, HttpStatus.OK);
    }

    /**
     * Adds a team or renames one.
     *
     * @param request the browser's request
     * @param form    team (its id) and name
     * @return back to the page, or the page with the problems beside the fields
     */
    @Post("/teams")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> save(HttpRequest<?> request, @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("team", form.getOrDefault("team", "").strip());
        values.put("name", form.getOrDefault("name", "").strip());
        List<Pages.FormError> errors = new ArrayList<>();
        if (values.get("team").isEmpty()) {
            errors.add(new Pages.FormError("team", "Enter the team's ID, such as crime-data"));
        }
        if (values.get("name").isEmpty()) {
            errors.add(new Pages.FormError("name", "Enter the team's name, such as Crime data"));
        }
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty()) {
            FoiApi.Reply<Map> reply = api.put(user.token(), path(user) + "/" + FoiApi.encode(values.get("team")),
                    Map.of("name", values.get("name")), Map.class);
            if (reply.ok()) {
                return HttpResponse.seeOther(URI.create("/settings/teams?done=saved"));
            }
            errors.addAll(RequestPages.problems(reply, Map.of("body.", ""), Set.of("team", "name")));
            status = HttpStatus.valueOf(reply.status());
        }
        return page(user, Pages.Form.of(values, errors), errors, null, status);
    }

    /**
     * @param request the browser's request
     * @param team    a team's id
     * @param form    the anti-forgery token
     * @return back to the page
     */
    @Post("/teams/{team}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> remove(HttpRequest<?> request, @PathVariable String team, @Body Map<String, String> form) {
        Session.User user = frame.sender(request, form);
        api.delete(user.token(), path(user) + "/" + FoiApi.encode(team)).orThrow();
        return HttpResponse.seeOther(URI.create("/settings/teams?done=removed"));
    }

    /**
     * @param api  foi-api
     * @param user the signed-in user
     * @return the authority's teams, by id
     */
    static List<Wire.Team> of(FoiApi api, Session.User user) {
        return api.list(user.token(), path(user), Wire.Team.class).orThrow();
    }

    private HttpResponse<?> page(Session.User user, Pages.Form form, List<Pages.FormError> errors,
            @Nullable String done, HttpStatus status) {
        return HttpResponse.status(status).body(Frame.view("teams", new Pages.Teams(frame.chrome(user, "Teams",
                "settings", errors), of(api, user), form, done, user.is("admin"))));
    }

    private static String path(Session.User user) {
        return "authorities/" + FoiApi.encode(user.authority()) + "/teams";
    }
}
