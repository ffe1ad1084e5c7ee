package uk.foi.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import uk.foi.web.api.FoiApi;
import uk.foi.web.api.Wire;

/** The public disclosure log, for anyone: no sign-in, and foi-api's public feed is all it reads. */
@Controller("/disclosure-log")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DisclosureLogPages {

    private final FoiApi api;
    private final Frame frame;
    private final WebSettings settings;

    DisclosureLogPages(FoiApi api, Frame frame, WebSettings settings) {
        this.api = api;
        this.frame = frame;
        this.settings = settings;
    }

    /**
     * @param request the browser's request
     * @param q       words to search for
     * @param cursor  where the page starts
     * @return the page
     */
    @Get
    public ModelAndView<Map<String, Object>> log(HttpRequest<?> request, @Nullable @QueryValue String q,
            @Nullable @QueryValue String cursor) {
        Map<String, Object> query = authority();
        query.put("q", q);
        query.put("limit", 20);
        query.put("cursor", cursor);
        Wire.LogPage page = api.get(null, FoiApi.path("disclosure-log", query), Wire.LogPage.class).orThrow();
        Map<String, Object> next = FoiApi.query();
        next.put("q", q);
        next.put("cursor", page.next());
        return Frame.view("disclosure-log", new Pages.DisclosureLog(frame.chrome(frame.maybeUser(request),
                "Disclosure log", "log", List.of()), q == null ? "" : q, page.items(),
                page.next() == null ? null : "/" + FoiApi.path("disclosure-log", next)));
    }

    /**
     * @param request   the browser's request
     * @param reference the authority's reference
     * @return the published response
     */
    @Get("/{reference}")
    public ModelAndView<Map<String, Object>> entry(HttpRequest<?> request, @PathVariable String reference) {
        Wire.LogEntry e = api.get(null, FoiApi.path("disclosure-log/" + FoiApi.encode(reference), authority()),
                Wire.LogEntry.class).orThrow();
        String base = "/disclosure-log/" + FoiApi.encode(reference) + "/letter";
        return Frame.view("disclosure-entry", new Pages.DisclosureEntry(frame.chrome(frame.maybeUser(request),
                "Request " + e.reference(), "log", List.of()), e, base + ".html", base + ".pdf"));
    }

    /**
     * @param reference the authority's reference
     * @param format    html or pdf
     * @return the response letter as published, from foi-api
     */
    @Get("/{reference}/letter.{format}")
    @Produces({MediaType.TEXT_HTML, "application/pdf"})
    public HttpResponse<?> letter(@PathVariable String reference, @PathVariable String format) {
        boolean pdf = "pdf".equals(format);
        return api.document(null, FoiApi.path("disclosure-log/" + FoiApi.encode(reference) + "/letter",
                authority()), pdf ? "application/pdf" : MediaType.TEXT_HTML).toBrowser(pdf ? reference + ".pdf" : null);
    }

    /**
     * @param reference the authority's reference
     * @param document  a record released with the response
     * @return its redacted version, from foi-api
     */
    @Get("/{reference}/documents/{document}.pdf")
    @Produces("application/pdf")
    public HttpResponse<?> document(@PathVariable String reference, @PathVariable String document) {
        return api.document(null, FoiApi.path("disclosure-log/" + FoiApi.encode(reference) + "/documents/"
                + FoiApi.encode(document), authority()), "application/pdf").toBrowser(null);
    }

    private Map<String, Object> authority() {
        Map<String, Object> query = FoiApi.query();
        query.put("authority", settings.getPublicAuthority());
        return query;
    }
}
