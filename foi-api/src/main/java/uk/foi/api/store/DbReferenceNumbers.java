package uk.foi.api.store;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
import jakarta.inject.Singleton;
import uk.foi.core.reference.ReferenceNumbers;

/**
 * Reference numbers from the {@code reference_counter} table, in the intake's own transaction: the counter row stays
 * locked until the intake commits, and a rolled-back intake gives its number back, so numbers have no gaps. The cost
 * is that intakes for one authority and year take their numbers one at a time. Outside a transaction a number could
 * be taken and never used, so one is required.
 */
@Singleton
class DbReferenceNumbers implements ReferenceNumbers {

    private final RequestRows rows;

    DbReferenceNumbers(RequestRows rows) {
        this.rows = rows;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public long next(String authority, int year) {
        return rows.nextReference(authority, year);
    }
}
