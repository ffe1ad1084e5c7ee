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
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.foi.web.api.FoiApi;
import uk.foi.web.api.Wire;

/**
 * The figures for a quarter, as UK central government publishes its FOI statistics (Cabinet Office, "Freedom of
 * Information statistics": requests received, timeliness against the time limits, outcomes, exemptions relied on,
 * internal reviews), from foi-api's {@code /statistics/{quarter}}: charts drawn on the server with the numbers in
 * tables beside them, and the CSV to download.
 */
@Controller("/dashboard")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardPages {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    /** foi-core's {@code OverallOutcome}, in the Cabinet Office's order. */
    private static final List<String> OUTCOMES = List.of("GRANTED_IN_FULL", "PARTIALLY_WITHHELD", "WITHHELD_IN_FULL",
            "NEITHER_CONFIRMED_NOR_DENIED", "NOT_HELD", "COST_LIMIT", "VEXATIOUS_OR_REPEATED", "NOT_A_VALID_REQUEST");

    private final FoiApi api;
    private final Frame frame;
    private final Clock clock;

    DashboardPages(FoiApi api, Frame frame, Clock clock) {
        this.api = api;
        this.frame = frame;
        this.clock = clock;
    }

    /**
     * @param request the browser's request
     * @param quarter such as {@code 2026-Q4}; this quarter if absent
     * @return the page; 404 for a quarter that is not one
     */
    @Get
    public HttpResponse<?> dashboard(HttpRequest<?> request, @Nullable @QueryValue String quarter) {
        Session.User user = frame.user(request);
        String q = quarter == null || quarter.isBlank() ? of(LocalDate.now(clock)) : quarter.trim();
        Matcher m = QUARTER.matcher(q);
        if (!m.matches()) {
            throw new FoiApi.Failed(new FoiApi.Reply<>(404, null, null, null));
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        Wire.Statistics s = api.get(user.token(), "statistics/" + q, Wire.Statistics.class).orThrow();
        Wire.Timeliness t = s.timeliness();
        Map<String, Integer> timeliness = new LinkedHashMap<>();
        timeliness.put("In time", t.inTime());
        timeliness.put("Within an extension", t.withinExtension());
        timeliness.put("Late", t.late());
        timeliness.put("Open, not yet due", t.openNotYetDue());
        timeliness.put("Open and overdue", t.openOverdue());
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        OUTCOMES.forEach(o -> outcomes.put(Phrases.words(o), s.outcomes().getOrDefault(o, 0)));
        s.outcomes().forEach((o, n) -> outcomes.putIfAbsent(Phrases.words(o), n));
        Map<String, Integer> reviews = new LinkedHashMap<>();
        s.reviewsCompleted().forEach((r, n) -> reviews.put(Phrases.words(r), n));
        int answered = t.inTime() + t.withinExtension() + t.late();
        String previous = number == 1 ? (year - 1) + "-Q4" : year + "-Q" + (number - 1);
        String next = number == 4 ? (year + 1) + "-Q1" : year + "-Q" + (number + 1);
        return HttpResponse.ok(Frame.view("dashboard", new Pages.Dashboard(frame.chrome(user, "Figures for "
                + label(year, number), "dashboard", List.of()), label(year, number), s, answered,
                answered == 0 ? null : Math.round(100.0 * (t.inTime() + t.withinExtension()) / answered),
                Chart.of("timeliness", "How the requests received were answered", timeliness),
                Chart.of("outcomes", "Outcomes of the requests answered", outcomes),
                Chart.largest("exemptions", "Provisions most relied on", s.exemptionsUsed(), 10),
                reviews.isEmpty() ? null : Chart.of("reviews", "Internal reviews completed", reviews),
                "/dashboard?quarter=" + previous, "/dashboard?quarter=" + next, "/dashboard/" + q + ".csv")));
    }

    /**
     * @param request the browser's request
     * @param quarter such as {@code 2026-Q4}
     * @return the figures as CSV, from foi-api
     */
    @Get("/{quarter}.csv")
    @Produces("text/csv")
    public HttpResponse<?> csv(HttpRequest<?> request, @PathVariable String quarter) {
        Session.User user = frame.user(request);
        if (!QUARTER.matcher(quarter).matches()) {
            throw new FoiApi.Failed(new FoiApi.Reply<>(404, null, null, null));
        }
        return api.document(user.token(), "statistics/" + quarter, "text/csv")
                .toBrowser("foi-statistics-" + quarter + ".csv");
    }

    /** @param day a day @return its quarter, such as 2026-Q4 */
    static String of(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** @return "October to December 2026" */
    static String label(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return Phrases.sentence(first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK))
                + " to " + first.plusMonths(2).getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.UK) + " " + year;
    }
}
