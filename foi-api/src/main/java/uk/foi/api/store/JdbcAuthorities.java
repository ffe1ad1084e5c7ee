package uk.foi.api.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import uk.foi.core.authority.Authority;
import uk.foi.core.authority.AuthorityId;
import uk.foi.core.reference.ReferenceFormat;
import uk.foi.deadlines.AuthorityPolicy;
import uk.foi.deadlines.AuthorityType;
import uk.foi.deadlines.ClockProfile;
import uk.foi.deadlines.ReceiptRule;
import uk.foi.deadlines.Regime;
import uk.foi.deadlines.WorkingDays;
import uk.foi.deadlines.calendar.Division;
import uk.foi.exemptions.cost.CostLimitTier;

/** {@link Authorities} in PostgreSQL (Micronaut Data JDBC), each lookup kept for {@link #CACHE_FOR}. */
@Singleton
class JdbcAuthorities implements Authorities {

    static final Duration CACHE_FOR = Duration.ofSeconds(30);

    /**
     * An authority as stored.
     *
     * @param id                  its id
     * @param name                its name
     * @param regime              its main regime
     * @param authorityType       its type
     * @param nation              the nation whose bank holidays it keeps
     * @param receiptRule         how a request's day of receipt is counted
     * @param reviewRequestWindow working days a requester has to ask for a review
     * @param reviewTarget        working days it aims to review in
     * @param reviewMaximum       working days a review may take at most
     * @param regulatorWindow     how long a requester has to go to the regulator, an ISO-8601 period
     * @param costLimit           its cost limit tier
     * @param referenceFormat     how its references are written
     * @param foiEmail            its FOI address
     * @param complaintsAddress   where reviews are asked for
     * @param signatory           who signs its letters
     * @param updatedAt           when it was last saved
     * @param regimes             its regimes, comma separated, main first; null for the main one and its counterpart
     */
    @MappedEntity("authority")
    record Row(@Id String id, String name, String regime, String authorityType, String nation, String receiptRule,
            int reviewRequestWindow, int reviewTarget, int reviewMaximum, String regulatorWindow, String costLimit,
            String referenceFormat, String foiEmail, String complaintsAddress, String signatory, Instant updatedAt,
            @Nullable String regimes) {
    }

    /** The statements. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Rows extends GenericRepository<Row, String> {

        Optional<Row> findById(String id);

        List<Row> findAllOrderById();

        /** @return true if the authority was new (xmax is 0 only for a row this statement inserted) */
        @Query("WITH saved AS (INSERT INTO authority (id, name, regime, authority_type, nation, receipt_rule,"
                + " review_request_window, review_target, review_maximum, regulator_window, cost_limit,"
                + " reference_format, foi_email, complaints_address, signatory, updated_at, regimes)"
                + " VALUES (:id, :name, :regime, :authorityType, :nation, :receiptRule, :reviewRequestWindow,"
                + " :reviewTarget, :reviewMaximum, :regulatorWindow, :costLimit, :referenceFormat, :foiEmail,"
                + " :complaintsAddress, :signatory, :updatedAt, :regimes)"
                + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, regime = excluded.regime,"
                + " authority_type = excluded.authority_type, nation = excluded.nation,"
                + " receipt_rule = excluded.receipt_rule, review_request_window = excluded.review_request_window,"
                + " review_target = excluded.review_target, review_maximum = excluded.review_maximum,"
                + " regulator_window = excluded.regulator_window, cost_limit = excluded.cost_limit,"
                + " reference_format = excluded.reference_format, foi_email = excluded.foi_email,"
                + " complaints_address = excluded.complaints_address, signatory = excluded.signatory,"
                + " updated_at = excluded.updated_at, regimes = excluded.regimes"
                + " RETURNING (xmax = 0) AS created) SELECT created FROM saved")
        boolean upsert(String id, String name, String regime, String authorityType, String nation,
                String receiptRule, int reviewRequestWindow, int reviewTarget, int reviewMaximum,
                String regulatorWindow, String costLimit, String referenceFormat, String foiEmail,
                String complaintsAddress, String signatory, Instant updatedAt, String regimes);
    }

    private record Cached(Optional<Authority> authority, Instant until) {
    }

    private final Rows rows;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    JdbcAuthorities(Rows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public Optional<Authority> find(AuthorityId id) {
        Instant now = clock.instant();
        Cached cached = cache.get(id.value());
        if (cached != null && cached.until().isAfter(now)) {
            return cached.authority();
        }
        Optional<Authority> found = rows.findById(id.value()).map(JdbcAuthorities::authority);
        cache.put(id.value(), new Cached(found, now.plus(CACHE_FOR)));
        return found;
    }

    @Override
    public boolean save(Authority a) {
        if (a.clock().authorityType() == AuthorityType.SCHOOL) {
            throw new IllegalArgumentException("schools need term dates, which this service does not store yet");
        }
        AuthorityPolicy policy = a.clock().policy();
        boolean created = rows.upsert(a.id().value(), a.name(), a.regime().name(), a.clock().authorityType().name(),
                a.clock().nation().name(), policy.receiptRule().name(), policy.reviewRequestWindow().count(),
                policy.reviewTarget().count(), policy.reviewMaximum().count(), policy.regulatorWindow().toString(),
                a.costLimit().name(), a.referenceFormat().toString(), a.contact().foiEmail(),
                a.contact().complaintsAddress(), a.contact().signatory(), clock.instant(),
                a.regimes().stream().map(Regime::name).collect(Collectors.joining(",")));
        cache.remove(a.id().value());
        return created;
    }

    @Override
    public List<Authority> all() {
        return rows.findAllOrderById().stream().map(JdbcAuthorities::authority).toList();
    }

    private static Authority authority(Row row) {
        AuthorityPolicy policy = new AuthorityPolicy(ReceiptRule.valueOf(row.receiptRule()),
                WorkingDays.of(row.reviewRequestWindow()), WorkingDays.of(row.reviewTarget()),
                WorkingDays.of(row.reviewMaximum()), Period.parse(row.regulatorWindow()));
        ClockProfile profile = new ClockProfile(Regime.valueOf(row.regime()),
                AuthorityType.valueOf(row.authorityType()), Division.valueOf(row.nation()), policy, Optional.empty());
        Authority authority = new Authority(AuthorityId.of(row.id()), row.name(), profile,
                CostLimitTier.valueOf(row.costLimit()), ReferenceFormat.of(row.referenceFormat()),
                new Authority.Contact(row.foiEmail(), row.complaintsAddress(), row.signatory()));
        if (row.regimes() == null) {
            return authority;
        }
        return authority.withRegimes(Arrays.stream(row.regimes().split(",")).map(Regime::valueOf)
                .collect(Collectors.toSet()));
    }
}
