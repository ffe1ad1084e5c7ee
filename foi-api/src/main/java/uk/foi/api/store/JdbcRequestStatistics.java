package uk.foi.api.store;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.request.OverallOutcome;
import uk.foi.core.request.RequestId;
import uk.foi.core.request.ReviewResult;
import uk.foi.core.statistics.StatisticsFacts;
import uk.foi.deadlines.Regime;

/** {@link RequestStatistics} in PostgreSQL, on Micronaut Data JDBC. */
@Singleton
class JdbcRequestStatistics implements RequestStatistics {

    /** The regime column's value for the request as a whole. */
    static final String WHOLE = "ALL";

    /**
     * A request's facts as stored.
     *
     * @param requestId         the request
     * @param regime            the law, or {@link #WHOLE}
     * @param authorityId       its authority
     * @param receivedOn        when it was received
     * @param standing          where it stands
     * @param answer            how its response met the time limits
     * @param outcome           its outcome
     * @param citations         the provisions cited, one per line
     * @param review            its review's result
     * @param reviewCompletedOn when the review was completed
     * @param dueWhileOpen      an open request's response date, where it does not move with the day
     * @param whole             whether the row counts in the authority's figures
     * @param underLaw          whether it counts in its law's figures
     */
    @Introspected
    record Row(UUID requestId, String regime, String authorityId, LocalDate receivedOn, String standing,
            @Nullable String answer, @Nullable String outcome, String citations, @Nullable String review,
            @Nullable LocalDate reviewCompletedOn, @Nullable LocalDate dueWhileOpen, boolean whole,
            boolean underLaw) {
    }

    /** @param name a projection's name */
    @MappedEntity("projection")
    record Projection(@Id String name) {
    }

    /** The statements. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends GenericRepository<Projection, String> {

        @Query("DELETE FROM request_statistic WHERE request_id = :requestId AND regime NOT IN (:kept)")
        void deleteOthers(UUID requestId, List<String> kept);

        @Query("INSERT INTO request_statistic (request_id, regime, authority_id, received_on, standing, answer, outcome,"
                + " citations, review, review_completed_on, due_while_open, whole, under_law) VALUES (:requestId,"
                + " :regime, :authorityId, :receivedOn, :standing, :answer, :outcome, :citations, :review,"
                + " :reviewCompletedOn, :dueWhileOpen, :whole, :underLaw)")
        void insert(UUID requestId, String regime, String authorityId, LocalDate receivedOn, String standing,
                @Nullable String answer, @Nullable String outcome, String citations, @Nullable String review,
                @Nullable LocalDate reviewCompletedOn, @Nullable LocalDate dueWhileOpen, boolean whole,
                boolean underLaw);

        @Query("INSERT INTO request_statistic (request_id, regime, authority_id, received_on, standing, answer, outcome,"
                + " citations, review, review_completed_on, due_while_open, whole, under_law) VALUES (:requestId,"
                + " :regime, :authorityId, :receivedOn, :standing, :answer, :outcome, :citations, :review,"
                + " :reviewCompletedOn, :dueWhileOpen, :whole, :underLaw)"
                + " ON CONFLICT (request_id, regime) DO UPDATE SET authority_id = EXCLUDED.authority_id,"
                + " received_on = EXCLUDED.received_on, standing = EXCLUDED.standing, answer = EXCLUDED.answer,"
                + " outcome = EXCLUDED.outcome, citations = EXCLUDED.citations, review = EXCLUDED.review,"
                + " review_completed_on = EXCLUDED.review_completed_on, due_while_open = EXCLUDED.due_while_open,"
                + " whole = EXCLUDED.whole, under_law = EXCLUDED.under_law"
                // a row whose facts did not change is left as it is: no new row version, no index entries
                + " WHERE (request_statistic.authority_id, request_statistic.received_on, request_statistic.standing,"
                + " request_statistic.answer, request_statistic.outcome, request_statistic.citations,"
                + " request_statistic.review, request_statistic.review_completed_on, request_statistic.due_while_open,"
                + " request_statistic.whole, request_statistic.under_law) IS DISTINCT FROM (EXCLUDED.authority_id,"
                + " EXCLUDED.received_on, EXCLUDED.standing, EXCLUDED.answer, EXCLUDED.outcome, EXCLUDED.citations,"
                + " EXCLUDED.review, EXCLUDED.review_completed_on, EXCLUDED.due_while_open, EXCLUDED.whole,"
                + " EXCLUDED.under_law)")
        void put(UUID requestId, String regime, String authorityId, LocalDate receivedOn, String standing,
                @Nullable String answer, @Nullable String outcome, String citations, @Nullable String review,
                @Nullable LocalDate reviewCompletedOn, @Nullable LocalDate dueWhileOpen, boolean whole,
                boolean underLaw);

        @Query("SELECT request_id, regime, authority_id, received_on, standing, answer, outcome, citations, review,"
                + " review_completed_on, due_while_open, whole, under_law FROM request_statistic"
                + " WHERE authority_id = :authorityId AND received_on BETWEEN :from AND :to UNION"
                + " SELECT request_id, regime, authority_id, received_on, standing, answer, outcome, citations, review,"
                + " review_completed_on, due_while_open, whole, under_law FROM request_statistic"
                + " WHERE authority_id = :authorityId AND review_completed_on BETWEEN :from AND :to")
        List<Row> ofQuarter(String authorityId, LocalDate from, LocalDate to);

        @Query("SELECT count(*) FROM (SELECT 1 FROM request_statistic WHERE authority_id = :authorityId"
                + " AND regime = :regime AND under_law AND received_on <= :to LIMIT 1) one")
        long countUpTo(String authorityId, String regime, LocalDate to);

        @Query("SELECT count(*) FROM projection WHERE name = 'statistics' AND built_at IS NOT NULL")
        long countBuilt();

        @Query("UPDATE projection SET built_at = :at WHERE name = 'statistics'")
        void built(Instant at);
    }

    /** {@link Rows#insert} or {@link Rows#put}, which take the same columns. */
    @FunctionalInterface
    private interface Statement {
        void run(UUID requestId, String regime, String authorityId, LocalDate receivedOn, String standing,
                String answer, String outcome, String citations, String review, LocalDate reviewCompletedOn,
                LocalDate dueWhileOpen, boolean whole, boolean underLaw);
    }

    private final Rows rows;

    JdbcRequestStatistics(Rows rows) {
        this.rows = rows;
    }

    /**
     * Writes the request's rows, each only where it changed (most commands, an assignment or an acknowledgement,
     * change none of them), and removes a row the request no longer has (a request re-routed to another law, or no
     * longer mixed).
     */
    @Override
    public void put(RequestId request, List<StatisticsFacts> facts, boolean fresh) {
        StatisticsFacts whole = facts.get(0);
        List<StatisticsFacts> laws = facts.subList(1, facts.size());
        // a new request's rows are inserted (intake's statement, which load.sh's pgbench runs too); a known
        // request's are upserted, and left as they are where nothing in them changed
        Statement how = fresh ? rows::insert : rows::put;
        List<String> kept;
        if (laws.size() == 1 && laws.get(0).equals(whole.under(laws.get(0).regime().orElseThrow()))) {
            // handled under one law: one row, counted in the authority's figures and in its law's
            write(laws.get(0), true, true, how);
            kept = List.of(laws.get(0).regime().orElseThrow().name());
        } else {
            write(whole, true, false, how);
            laws.forEach(f -> write(f, false, true, how));
            kept = java.util.stream.Stream.concat(java.util.stream.Stream.of(WHOLE),
                    laws.stream().map(f -> f.regime().orElseThrow().name())).toList();
        }
        if (!fresh) {
            rows.deleteOthers(request.value(), kept);
        }
    }

    private void write(StatisticsFacts f, boolean whole, boolean underLaw, Statement statement) {
        statement.run(f.request().value(), f.regime().map(Regime::name).orElse(WHOLE), f.authority().value(),
                f.receivedOn(), f.standing().name(), f.answer().map(Enum::name).orElse(null),
                f.outcome().map(Enum::name).orElse(null), String.join("\n", f.citations()),
                f.review().map(Enum::name).orElse(null), f.reviewCompletedOn().orElse(null),
                f.dueWhileOpen().orElse(null), whole, underLaw);
    }

    @Override
    public List<StatisticsFacts> ofQuarter(AuthorityId authority, LocalDate from, LocalDate to) {
        List<StatisticsFacts> out = new java.util.ArrayList<>();
        for (Row row : rows.ofQuarter(authority.value(), from, to)) {
            StatisticsFacts f = facts(row);
            if (row.whole()) {
                out.add(f.asWhole());
            }
            if (row.underLaw()) {
                out.add(f);
            }
        }
        return out;
    }

    @Override
    public Set<Regime> regimesUpTo(AuthorityId authority, LocalDate to) {
        Set<Regime> out = EnumSet.noneOf(Regime.class);
        for (Regime regime : Regime.values()) {
            if (rows.countUpTo(authority.value(), regime.name(), to) > 0) {
                out.add(regime);
            }
        }
        return out;
    }

    @Override
    public boolean isBuilt() {
        return rows.countBuilt() > 0;
    }

    @Override
    public void built(Instant at) {
        rows.built(at);
    }

    private static StatisticsFacts facts(Row r) {
        return new StatisticsFacts(new RequestId(r.requestId()), AuthorityId.of(r.authorityId()),
                WHOLE.equals(r.regime()) ? Optional.empty() : Optional.of(Regime.valueOf(r.regime())),
                r.receivedOn(), StatisticsFacts.Standing.valueOf(r.standing()),
                Optional.ofNullable(r.answer()).map(StatisticsFacts.Answer::valueOf),
                Optional.ofNullable(r.outcome()).map(OverallOutcome::valueOf),
                r.citations().isEmpty() ? List.of() : Arrays.asList(r.citations().split("\n")),
                Optional.ofNullable(r.review()).map(ReviewResult::valueOf),
                Optional.ofNullable(r.reviewCompletedOn()), Optional.ofNullable(r.dueWhileOpen()));
    }
}
