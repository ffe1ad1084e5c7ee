package uk.foi.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/**
 * A fresh, empty PostgreSQL database for one test class or run.
 *
 * @param jdbcUrl  its JDBC URL; not null
 * @param username the user; not null
 * @param password the password; not null
 */
public record TestDatabase(String jdbcUrl, String username, String password) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if any is null
     */
    public TestDatabase {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /**
     * Opens a connection.
     *
     * @return a new connection; the caller closes it
     * @throws SQLException if the database cannot be reached
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    /**
     * Micronaut's properties for the default data source.
     *
     * @return {@code datasources.default.*} settings
     */
    public Map<String, String> micronautProperties() {
        return Map.of(
                "datasources.default.url", jdbcUrl,
                "datasources.default.username", username,
                "datasources.default.password", password,
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES");
    }
}
