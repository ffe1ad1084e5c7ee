package uk.foi.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.foi.web.api.FoiApi;
import uk.foi.web.api.Wire;

/** The caseload: the user's requests or everyone's, the next statutory date first. */
@Controller("/caseload")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CaseloadController {

    /** Requests per page. */
    static final int PAGE = 25;

    private final FoiApi api;
    private final Frame frame;

    CaseloadController(FoiApi api, Frame frame) {
        this.api = api;
        this.frame = frame;
    }

    /**
     * @param request the browser's request
     * @param view    mine (the default for caseworkers) or all
     * @param status  one status
     * @param team    one team
     * @param q       words or a reference
     * @param cursor  where the page starts
     * @return the page
     */
    @Get
    public ModelAndView<Map<String, Object>> caseload(HttpRequest<?> request, @Nullable @QueryValue String view,
            @Nullable @QueryValue String status, @Nullable @QueryValue String team, @Nullable @QueryValue String q,
            @Nullable @QueryValue String cursor) {
        Session.User user = frame.user(request);
        String shown = "all".equals(view) || "mine".equals(view) ? view : user.is("caseworker") ? "mine" : "all";
        Map<String, Object> filters = FoiApi.query();
        filters.put("status", status);
        filters.put("team", team);
        filters.put("q", q);
        String assignee = shown.equals("mine") ? user.name() : null;
        Map<String, Object> query = with(filters, "assignee", assignee);
        query.put("sort", "due");
        query.put("limit", PAGE);
        query.put("cursor", cursor);
        Wire.Page page = api.get(user.token(), FoiApi.path("requests", query), Wire.Page.class).orThrow();
        Wire.Counts counts = api.get(user.token(), FoiApi.path("requests/counts", with(with(filters, "status", null),
                "assignee", assignee)), Wire.Counts.class).orThrow();
        Map<String, Object> here = with(filters, "view", shown);
        List<Pages.StatusCount> byStatus = new ArrayList<>();
        if (counts.total() > 0) {
            byStatus.add(new Pages.StatusCount("Any status", counts.total(), "/" + FoiApi.path("caseload",
                    with(here, "status", null)), blank(status).isBlank()));
            for (String s : Pages.Caseload.STATUSES) {
                long n = counts.byStatus().getOrDefault(s, 0L);
                if (n > 0) {
                    byStatus.add(new Pages.StatusCount(Phrases.words(s), n, "/" + FoiApi.path("caseload",
                            with(here, "status", s)), s.equals(status)));
                }
            }
        }
        String next = page.next() == null ? null : "/" + FoiApi.path("caseload", with(here, "cursor", page.next()));
        String first = cursor == null ? null : "/" + FoiApi.path("caseload", here);
        return Frame.view("caseload", new Pages.Caseload(frame.chrome(user, shown.equals("mine") ? "My requests"
                : "All requests", "caseload", List.of()), shown, blank(status), blank(team), blank(q), page.items(),
                next, first, counts.total(), counts.overdue(), byStatus, TeamSettingsPages.of(api, user)));
    }

    private static Map<String, Object> with(Map<String, Object> query, String name, @Nullable Object value) {
        Map<String, Object> copy = FoiApi.query();
        copy.putAll(query);
        copy.put(name, value);
        return copy;
    }

    private static String blank(@Nullable String s) {
        return s == null ? "" : s;
    }
}
