package uk.foi.api;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A row of the test-only {@code probe} table. */
@MappedEntity("probe")
record Probe(@Id @GeneratedValue Long id, String note, LocalDate noted) {
}
