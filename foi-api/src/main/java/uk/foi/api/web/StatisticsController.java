package uk.foi.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import uk.foi.api.application.QuarterStatistics;
import uk.foi.api.application.RequestService;
import uk.foi.api.application.Roles;
import uk.foi.core.authority.Authority;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.statistics.Quarter;
import uk.foi.core.statistics.QuarterlyStatistics;

/**
 * Quarterly statistics of the caller's authority, in the Cabinet Office's categories, as JSON or CSV (Accept
 * {@code text/csv} or {@code ?format=csv}).
 */
@Controller("/statistics")
@Secured({Roles.CASEWORKER, Roles.MANAGER, Roles.AUDITOR, Roles.ADMIN})
public class StatisticsController {

    private static final MediaType CSV = MediaType.of("text/csv");

    private final RequestService service;
    private final QuarterStatistics statistics;
    private final FoiOffice office;
    private final QuarterFigures figures;
    private final uk.foi.deadlines.LiveCalendars calendars;

    StatisticsController(RequestService service, QuarterStatistics statistics, FoiOffice office,
            QuarterFigures figures, uk.foi.deadlines.LiveCalendars calendars) {
        this.figures = figures;
        this.calendars = calendars;
        this.service = service;
        this.statistics = statistics;
        this.office = office;
    }

    /**
     * The figures.
     *
     * @param authority        the authority
     * @param quarter          e.g. 2023-Q4
     * @param computedOn       the day they were computed
     * @param received         requests received in the quarter
     * @param timeliness       in time, within an extension, late, open
     * @param outcomes         by overall outcome
     * @param lapsed           lapsed
     * @param withdrawn        withdrawn
     * @param inProgress       awaiting a response
     * @param exemptionsUsed   responses relying on each provision
     * @param reviewsCompleted internal reviews completed, by result
     * @param byRegime         the same figures for each regime the requests were handled under (FOIA, EIR...), a
     *                         request answered under two laws counting under each with that law's parts; absent
     *                         inside a regime's own figures
     */
    @Serdeable
    public record StatisticsView(String authority, String quarter, LocalDate computedOn, int received,
            Map<String, Integer> timeliness, Map<String, Integer> outcomes, int lapsed, int withdrawn, int inProgress,
            Map<String, Integer> exemptionsUsed, Map<String, Integer> reviewsCompleted,
            @Nullable Map<String, StatisticsView> byRegime) {
    }

    /**
     * @param request the HTTP request
     * @param auth    the caller
     * @param quarter e.g. {@code 2023-Q4}
     * @param format  json or csv, overriding Accept
     * @return the quarter's figures
     */
    @Get("/{quarter}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public HttpResponse<?> quarter(HttpRequest<?> request, Authentication auth, @PathVariable String quarter,
            @Nullable @QueryValue String format) {
        Authority authority = service.authorityOf(Callers.of(auth));
        Quarter q;
        try {
            q = Quarter.parse(quarter);
        } catch (RuntimeException e) {
            throw ApiProblem.invalid("quarter", "a quarter such as 2023-Q4: " + e.getMessage());
        }
        // Added up from each request's facts, kept on write (QuarterStatistics); still computed once for each state of
        // the requests, day and calendar, however many ask at once.
        LocalDate today = office.today();
        String state = service.stateUpTo(authority, q.lastDay());
        StatisticsView view = figures.get(new QuarterFigures.Key(authority.id().value(), q.toString(), today,
                calendars.version(), state, statistics.rebuilds()), () -> view(statistics.of(authority, q, today)));
        boolean csv = "csv".equals(format) || format == null && request.accept().stream()
                .anyMatch(t -> t.getName().equals("text/csv"));
        return csv ? HttpResponse.ok(csv(view)).contentType(CSV) : HttpResponse.ok(view);
    }

    static StatisticsView view(QuarterStatistics.Figures figures) {
        Map<String, StatisticsView> byRegime = new java.util.LinkedHashMap<>();
        figures.byRegime().forEach((regime, f) -> byRegime.put(regime.name(), view(f, null)));
        return view(figures.all(), byRegime);
    }

    private static StatisticsView view(QuarterlyStatistics s, @Nullable Map<String, StatisticsView> byRegime) {
        QuarterlyStatistics.Timeliness t = s.timeliness();
        Map<String, Integer> timeliness = new java.util.LinkedHashMap<>();
        timeliness.put("inTime", t.inTime());
        timeliness.put("withinExtension", t.withinExtension());
        timeliness.put("late", t.late());
        timeliness.put("openNotYetDue", t.openNotYetDue());
        timeliness.put("openOverdue", t.openOverdue());
        return new StatisticsView(s.authority().value(), s.quarter().toString(), s.computedOn(), s.received(),
                timeliness, names(s.outcomes()), s.lapsed(), s.withdrawn(), s.inProgress(),
                new TreeMap<>(s.exemptionsUsed()), names(s.reviewsCompleted()), byRegime);
    }

    private static Map<String, Integer> names(Map<? extends Enum<?>, Integer> counts) {
        Map<String, Integer> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k.name(), v));
        return out;
    }

    /**
     * One row per figure: {@code regime,measure,item,count}, so a spreadsheet can pivot it; the authority's figures
     * have the regime {@code ALL}, followed by each regime's.
     */
    static String csv(StatisticsView v) {
        StringBuilder out = new StringBuilder("authority,quarter,regime,measure,item,count\r\n");
        rows(out, v, "ALL");
        if (v.byRegime() != null) {
            v.byRegime().forEach((regime, figures) -> rows(out, figures, regime));
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, StatisticsView v, String regime) {
        String prefix = v.authority() + "," + v.quarter() + "," + regime + ",";
        out.append(prefix).append("received,,").append(v.received()).append("\r\n");
        v.timeliness().forEach((k, n) -> out.append(prefix).append("timeliness,").append(k).append(',').append(n)
                .append("\r\n"));
        v.outcomes().forEach((k, n) -> out.append(prefix).append("outcome,").append(k).append(',').append(n)
                .append("\r\n"));
        out.append(prefix).append("lapsed,,").append(v.lapsed()).append("\r\n");
        out.append(prefix).append("withdrawn,,").append(v.withdrawn()).append("\r\n");
        out.append(prefix).append("inProgress,,").append(v.inProgress()).append("\r\n");
        v.exemptionsUsed().forEach((k, n) -> out.append(prefix).append("exemption,\"").append(k.replace("\"", "\"\""))
                .append("\",").append(n).append("\r\n"));
        v.reviewsCompleted().forEach((k, n) -> out.append(prefix).append("review,").append(k).append(',').append(n)
                .append("\r\n"));
    }
}
