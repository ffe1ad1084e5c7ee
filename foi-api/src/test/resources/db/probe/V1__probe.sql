-- A test-only migration proving Flyway runs against the real PostgreSQL; the service's own schema comes with foi-api.
CREATE TABLE probe (
    id      BIGSERIAL PRIMARY KEY,
    note    TEXT        NOT NULL,
    noted   DATE        NOT NULL
);
