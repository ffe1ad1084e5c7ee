package uk.foi.api.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
// java.sql: the filters combine freely (any of ten, each optional) and the text search, the keyset's row comparison
// and the status array are PostgreSQL's own; a query built for the filters given is what lets PostgreSQL use the
// covering indexes for each combination, which one @Query with every filter optional would not (a generic plan).
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.Status;
import uk.foi.deadlines.Regime;

/**
 * Lists and searches requests from the projection, without replaying events: newest receipt first, or the next
 * statutory date first (a caseload), in pages that continue from an opaque cursor (keyset pagination, so a page is
 * as cheap at the end of the list as at the start). Statements run on Micronaut Data's {@link JdbcOperations}, in the
 * caller's transaction where there is one.
 */
@Singleton
@ReadOnly // its reads join the caller's transaction, or have one of their own
public class RequestSearch {

    /** The most a page may hold. */
    public static final int MAX_LIMIT = 100;

    private final JdbcOperations jdbc;

    RequestSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to look for; every filter is optional.
     *
     * @param statuses      any of these statuses
     * @param regime        this regime
     * @param assignee      assigned to this caseworker
     * @param team          owned by this team
     * @param dueBefore     the next deadline the authority must meet falls before this day
     * @param overdue       true: only requests with a deadline already passed; false: only those without
     * @param receivedFrom  received on or after
     * @param receivedTo    received on or before
     * @param text          words in the reference or the request (PostgreSQL web-search syntax)
     * @param today         the day "overdue" is judged on
     */
    public record Filter(List<Status> statuses, Optional<Regime> regime, Optional<String> assignee,
            Optional<String> team, Optional<LocalDate> dueBefore, Optional<Boolean> overdue,
            Optional<LocalDate> receivedFrom, Optional<LocalDate> receivedTo, Optional<String> text,
            LocalDate today) {
    }

    /** The order of a list. */
    public enum Sort {
        /** Newest receipt first. */
        RECEIVED,
        /** The soonest next statutory date first; requests with none running last. */
        DUE
    }

    /**
     * One request in a list.
     * <p>
     * {@code overdue} and {@code workingDaysLeft} are the domain's to judge, and the application fills them in
     * ({@link #judged}): whether {@code nextDue} has passed (foi-core {@code CaseloadDates.overdueOn}), and working
     * days from today to it on the request's calendar, negative when it has passed; null when no date is running.
     */
    @io.micronaut.serde.annotation.Serdeable
    public record Summary(UUID id, String reference, Regime regime, Status status, LocalDate receivedOn,
            String assignee, String team, LocalDate responseDue, LocalDate nextDue, boolean overdue, String outcome,
            LocalDate respondedOn, long version, Integer workingDaysLeft) {

        /**
         * @param late whether {@code nextDue} has passed
         * @param days working days to {@code nextDue}
         * @return this summary with them
         */
        public Summary judged(boolean late, Integer days) {
            return new Summary(id, reference, regime, status, receivedOn, assignee, team, responseDue, nextDue,
                    late, outcome, respondedOn, version, days);
        }
    }

    /**
     * A page.
     *
     * @param items the requests
     * @param next  the cursor of the next page, if there is one
     */
    public record Page(List<Summary> items, Optional<String> next) {
    }

    /**
     * Where a page starts: after this key and id in the list's order.
     *
     * @param sort the order it was given out for
     * @param key  the date of receipt, or (in {@link Sort#DUE}) the next statutory date, {@link #NONE_DUE} for none
     * @param id   the last request of the previous page
     */
    public record Cursor(Sort sort, LocalDate key, UUID id) {

        /** Where requests with no date running sort in a caseload: after every real date. */
        static final LocalDate NONE_DUE = LocalDate.of(9999, 12, 31);

        /** @return the opaque form (the receipt order's has no prefix, so cursors given out before sorting stay valid) */
        public String encode() {
            String plain = (sort == Sort.DUE ? "due|" : "") + key + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * @param text an opaque cursor from a previous page
         * @return the cursor
         * @throws IllegalArgumentException if it is not one this service gave out
         */
        public static Cursor decode(String text) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                Sort sort = plain.startsWith("due|") ? Sort.DUE : Sort.RECEIVED;
                if (sort == Sort.DUE) {
                    plain = plain.substring("due|".length());
                }
                int bar = plain.indexOf('|');
                return new Cursor(sort, LocalDate.parse(plain.substring(0, bar)),
                        UUID.fromString(plain.substring(bar + 1)));
            } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("not a cursor this service gave out; start again without one");
            }
        }
    }

    /**
     * @param authority the caller's authority
     * @param filter    what to look for
     * @param sort      the order
     * @param after     where the page starts: a cursor given out for this order (the caller checks, as
     *                  {@code Paging.cursor} does)
     * @param limit     how many at most, 1 to {@link #MAX_LIMIT}
     * @return the page
     */
    public Page search(AuthorityId authority, Filter filter, Sort sort, Optional<Cursor> after, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, reference, regime, status, received_on, assignee, team, response_due, next_due, outcome,
                    responded_on, version FROM request""");
        List<Object> params = new ArrayList<>();
        where(sql, params, authority, filter);
        String dueKey = "COALESCE(next_due, DATE '" + Cursor.NONE_DUE + "')";
        after.ifPresent(c -> {
            sql.append(sort == Sort.DUE ? " AND (" + dueKey + ", id) > (?, ?)" : " AND (received_on, id) < (?, ?)");
            params.add(c.key());
            params.add(c.id());
        });
        sql.append(sort == Sort.DUE ? " ORDER BY " + dueKey + ", id LIMIT ?" : " ORDER BY received_on DESC, id DESC LIMIT ?");
        params.add(limit + 1);
        List<Summary> rows = query(sql.toString(), params, RequestSearch::summary);
        boolean more = rows.size() > limit;
        List<Summary> items = more ? rows.subList(0, limit) : rows;
        Optional<String> next = more ? Optional.of(cursorAfter(sort, items.get(limit - 1)).encode()) : Optional.empty();
        return new Page(List.copyOf(items), next);
    }

    /**
     * How many requests match, by status, and how many of them are overdue: the caseload's counts.
     *
     * @param authority the caller's authority
     * @param filter    what to look for
     * @return the counts
     */
    public Counts counts(AuthorityId authority, Filter filter) {
        StringBuilder sql;
        // overdue as foi-core's CaseloadDates.overdueOn judges it: the next date has passed
        List<Object> params = new ArrayList<>(List.of(filter.today()));
        if (countedOnWrite(filter)) {
            // request_count (V15) holds how many requests are in each status with each next date, kept by a trigger
            sql = new StringBuilder("SELECT status, sum(requests), coalesce(sum(requests) FILTER (WHERE next_due < ?),"
                    + " 0) FROM request_count");
            where(sql, params, authority, filter);
            sql.append(" GROUP BY status HAVING sum(requests) > 0");
        } else {
            sql = new StringBuilder("SELECT status, count(*), count(*) FILTER (WHERE next_due < ?) FROM request");
            where(sql, params, authority, filter);
            sql.append(" GROUP BY status");
        }
        record Row(Status status, long count, long overdue) {
        }
        List<Row> rows = query(sql.toString(), params, rs -> new Row(Status.valueOf(rs.getString(1)),
                rs.getLong(2), rs.getLong(3)));
        java.util.Map<Status, Long> byStatus = new java.util.EnumMap<>(Status.class);
        rows.forEach(r -> byStatus.put(r.status(), r.count()));
        return new Counts(byStatus, rows.stream().mapToLong(Row::overdue).sum());
    }

    /**
     * @param filter what to look for
     * @return whether the counts kept on write answer it: they know each request's status and next date only
     */
    static boolean countedOnWrite(Filter filter) {
        return filter.regime().isEmpty() && filter.assignee().isEmpty() && filter.team().isEmpty()
                && filter.receivedFrom().isEmpty() && filter.receivedTo().isEmpty() && filter.text().isEmpty();
    }

    /**
     * @param byStatus how many in each status (statuses with none are absent)
     * @param overdue  how many have a deadline the authority had to meet already passed
     */
    public record Counts(java.util.Map<Status, Long> byStatus, long overdue) {
        /** Copies the map. */
        public Counts {
            byStatus = java.util.Map.copyOf(byStatus);
        }
    }

    private static void where(StringBuilder sql, List<Object> params, AuthorityId authority, Filter filter) {
        sql.append(" WHERE authority_id = ?");
        params.add(authority.value());
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND status = ANY (?)");
            params.add(filter.statuses().stream().map(Status::name).toArray(String[]::new));
        }
        filter.regime().ifPresent(r -> add(sql, params, " AND regime = ?", r.name()));
        filter.assignee().ifPresent(a -> add(sql, params, " AND assignee = ?", a));
        filter.team().ifPresent(t -> add(sql, params, " AND team = ?", t));
        filter.dueBefore().ifPresent(d -> add(sql, params, " AND next_due < ?", d));
        // overdue as foi-core's CaseloadDates.overdueOn judges it: the next date has passed
        filter.overdue().ifPresent(o -> add(sql, params, o ? " AND next_due < ?"
                : " AND (next_due IS NULL OR next_due >= ?)", filter.today()));
        filter.receivedFrom().ifPresent(d -> add(sql, params, " AND received_on >= ?", d));
        filter.receivedTo().ifPresent(d -> add(sql, params, " AND received_on <= ?", d));
        filter.text().ifPresent(t -> add(sql, params, " AND search @@ websearch_to_tsquery('english', ?)", t));
    }

    private static Cursor cursorAfter(Sort sort, Summary last) {
        return sort == Sort.DUE ? new Cursor(sort, last.nextDue() == null ? Cursor.NONE_DUE : last.nextDue(), last.id())
                : new Cursor(sort, last.receivedOn(), last.id());
    }

    private static void add(StringBuilder sql, List<Object> params, String clause, Object value) {
        sql.append(clause);
        params.add(value);
    }

    /** Maps the current row. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> params, RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        });
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof String[] values) {
                ps.setArray(i + 1, ps.getConnection().createArrayOf("text", values));
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /**
     * A deadline for the calendar feed.
     *
     * @param requestId the request
     * @param reference its reference
     * @param kind      what is due
     * @param due       the day
     * @param party     who must act
     * @param rule      the rule
     * @param assignee  the caseworker
     * @param team      the team
     */
    public record CalendarEntry(UUID requestId, String reference, String kind, LocalDate due, String party,
            String rule, String assignee, String team) {
    }

    /**
     * @param authority the authority
     * @param assignee  only this caseworker's requests, if given
     * @param team      only this team's requests, if given
     * @return the deadlines in force, soonest first
     */
    public List<CalendarEntry> deadlines(AuthorityId authority, Optional<String> assignee, Optional<String> team) {
        StringBuilder sql = new StringBuilder("""
                SELECT r.id, r.reference, d.kind, d.due, d.party, d.rule, r.assignee, r.team
                FROM request_deadline d JOIN request r ON r.id = d.request_id WHERE r.authority_id = ?""");
        List<Object> params = new ArrayList<>(List.of(authority.value()));
        assignee.ifPresent(a -> add(sql, params, " AND r.assignee = ?", a));
        team.ifPresent(t -> add(sql, params, " AND r.team = ?", t));
        sql.append(" ORDER BY d.due, r.reference LIMIT 5000");
        return query(sql.toString(), params, rs -> new CalendarEntry(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), date(rs, "due"), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8)));
    }

    /** A row as it is kept; {@link Summary#judged} adds what is judged on the day. */
    private static Summary summary(ResultSet rs) throws SQLException {
        return new Summary(rs.getObject("id", UUID.class), rs.getString("reference"),
                Regime.valueOf(rs.getString("regime")), Status.valueOf(rs.getString("status")),
                date(rs, "received_on"), rs.getString("assignee"), rs.getString("team"),
                date(rs, "response_due"), date(rs, "next_due"), false,
                rs.getString("outcome"), date(rs, "responded_on"), rs.getLong("version"), null);
    }
}
