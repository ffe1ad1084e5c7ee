package uk.foi.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.foi.testsupport.TestDatabase;
import uk.foi.testsupport.TestPostgres;

/**
 * The PostgreSQL path end to end: a fresh database on the real server, a Flyway migration run by micronaut-flyway at
 * start-up, and a write and read through Micronaut Data JDBC.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRoundTripIT implements TestPropertyProvider {

    private final TestDatabase database = TestPostgres.freshDatabase();

    @Inject
    Probes probes;

    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database.micronautProperties());
        properties.put("flyway.datasources.default.enabled", "true");
        properties.put("flyway.datasources.default.locations", "classpath:db/probe");
        return properties;
    }

    @Test
    void migrationRanAndRowsRoundTrip() throws Exception {
        Probe saved = probes.save(new Probe(null, "received", LocalDate.parse("2023-05-02")));

        assertThat(saved.id()).isNotNull();
        assertThat(probes.findByNote("received")).singleElement()
                .satisfies(p -> assertThat(p.noted()).isEqualTo("2023-05-02"));
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT version, success FROM flyway_schema_history WHERE version = '1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean("success")).isTrue();
        }
    }

    @Test
    void eachTestClassGetsItsOwnFreshDatabase() throws Exception {
        TestDatabase other = TestPostgres.freshDatabase();

        assertThat(other.jdbcUrl()).isNotEqualTo(database.jdbcUrl());
        try (Connection connection = other.connect();
                ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'probe'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        System.err.println("PostgreSQL path under test: " + TestPostgres.kind());
    }
}
