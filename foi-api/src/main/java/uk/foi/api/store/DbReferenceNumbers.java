package uk.foi.api.store;

import java.sql.Connection;
import java.util.Objects;
import uk.foi.core.reference.ReferenceNumbers;

/**
 * Reference numbers from the {@code reference_counter} table, in the intake's own transaction: the counter row stays
 * locked until the intake commits, and a rolled-back intake gives its number back, so numbers have no gaps. The cost
 * is that intakes for one authority and year take their numbers one at a time.
 */
public final class DbReferenceNumbers implements ReferenceNumbers {

    private final Connection connection;

    /** @param connection the intake transaction's connection */
    public DbReferenceNumbers(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public long next(String authority, int year) {
        return Sql.one(connection, """
                INSERT INTO reference_counter (authority_id, year, last_value) VALUES (?, ?, 1)
                ON CONFLICT (authority_id, year) DO UPDATE SET last_value = reference_counter.last_value + 1
                RETURNING last_value""", rs -> rs.getLong(1), authority, year).orElseThrow();
    }
}
