package uk.foi.api;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** Micronaut Data JDBC over the probe table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Probes extends CrudRepository<Probe, Long> {

    List<Probe> findByNote(String note);
}
