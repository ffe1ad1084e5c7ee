package uk.foi.api.store;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * The authorities this deployment serves. Every request and command reads its authority, so lookups are cached for a
 * short time; a change made through another instance is seen within {@link #CACHE_FOR}.
 */
@Singleton
public class AuthorityStore {

    static final Duration CACHE_FOR = Duration.ofSeconds(30);

    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<Authority> authority, Instant until) {
    }

    AuthorityStore(TransactionOperations<Connection> tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param id the authority's id
     * @return the authority, if this deployment serves it
     */
    public Optional<Authority> find(AuthorityId id) {
        Instant now = clock.instant();
        Cached cached = cache.get(id.value());
        if (cached != null && cached.until().isAfter(now)) {
            return cached.authority();
        }
        Optional<Authority> found = tx.executeRead(status -> Sql.one(status.getConnection(),
                "SELECT * FROM authority WHERE id = ?", AuthorityStore::authority, id.value()));
        cache.put(id.value(), new Cached(found, now.plus(CACHE_FOR)));
        return found;
    }

    /**
     * Adds or replaces an authority.
     *
     * @param a the authority; a school's term dates are not stored here, so schools are refused
     * @return true if it was new
     * @throws IllegalArgumentException for a school
     */
    public boolean save(Authority a) {
        if (a.clock().authorityType() == AuthorityType.SCHOOL) {
            throw new IllegalArgumentException("schools need term dates, which this service does not store yet");
        }
        AuthorityPolicy policy = a.clock().policy();
        boolean created = tx.executeWrite(status -> {
            Connection c = status.getConnection();
            boolean exists = Sql.one(c, "SELECT 1 FROM authority WHERE id = ? FOR UPDATE", rs -> 1,
                    a.id().value()).isPresent();
            Sql.update(c, """
                    INSERT INTO authority (id, name, regime, authority_type, nation, receipt_rule,
                        review_request_window, review_target, review_maximum, regulator_window, cost_limit,
                        reference_format, foi_email, complaints_address, signatory, updated_at, regimes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, regime = excluded.regime,
                        authority_type = excluded.authority_type, nation = excluded.nation,
                        receipt_rule = excluded.receipt_rule, review_request_window = excluded.review_request_window,
                        review_target = excluded.review_target, review_maximum = excluded.review_maximum,
                        regulator_window = excluded.regulator_window, cost_limit = excluded.cost_limit,
                        reference_format = excluded.reference_format, foi_email = excluded.foi_email,
                        complaints_address = excluded.complaints_address, signatory = excluded.signatory,
                        updated_at = excluded.updated_at, regimes = excluded.regimes""",
                    a.id().value(), a.name(), a.regime().name(), a.clock().authorityType().name(),
                    a.clock().nation().name(), policy.receiptRule().name(), policy.reviewRequestWindow().count(),
                    policy.reviewTarget().count(), policy.reviewMaximum().count(),
                    policy.regulatorWindow().toString(), a.costLimit().name(), a.referenceFormat().toString(),
                    a.contact().foiEmail(), a.contact().complaintsAddress(), a.contact().signatory(),
                    clock.instant(), a.regimes().stream().map(Regime::name)
                            .collect(java.util.stream.Collectors.joining(",")));
            return !exists;
        });
        cache.remove(a.id().value());
        return created;
    }

    /** @return every authority, by id */
    public List<Authority> all() {
        return tx.executeRead(status -> Sql.query(status.getConnection(), "SELECT * FROM authority ORDER BY id",
                AuthorityStore::authority));
    }

    private static Authority authority(ResultSet rs) throws SQLException {
        AuthorityPolicy policy = new AuthorityPolicy(ReceiptRule.valueOf(rs.getString("receipt_rule")),
                WorkingDays.of(rs.getInt("review_request_window")), WorkingDays.of(rs.getInt("review_target")),
                WorkingDays.of(rs.getInt("review_maximum")), Period.parse(rs.getString("regulator_window")));
        ClockProfile profile = new ClockProfile(Regime.valueOf(rs.getString("regime")),
                AuthorityType.valueOf(rs.getString("authority_type")), Division.valueOf(rs.getString("nation")),
                policy, Optional.empty());
        Authority authority = new Authority(AuthorityId.of(rs.getString("id")), rs.getString("name"), profile,
                CostLimitTier.valueOf(rs.getString("cost_limit")), ReferenceFormat.of(rs.getString("reference_format")),
                new Authority.Contact(rs.getString("foi_email"), rs.getString("complaints_address"),
                        rs.getString("signatory")));
        String regimes = rs.getString("regimes");
        if (regimes == null) {
            return authority;
        }
        return authority.withRegimes(java.util.Arrays.stream(regimes.split(",")).map(Regime::valueOf)
                .collect(java.util.stream.Collectors.toSet()));
    }
}
