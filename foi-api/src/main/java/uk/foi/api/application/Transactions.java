package uk.foi.api.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
// java.sql: Micronaut's programmatic transactions are typed by the connection they hold; this is the one place that
// names it. Everything else asks this class for a transaction and lets the repositories join it.
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Transactions on the service's database, opened by the application layer (never by a controller). The repositories
 * (Micronaut Data JDBC) join the transaction open on the calling thread, so whatever a unit of work writes commits or
 * rolls back together; an exception thrown out of one rolls it back.
 */
@Singleton
public class Transactions {

    private final TransactionOperations<Connection> tx;

    /** @param tx Micronaut's transactions on the data source */
    public Transactions(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /**
     * @param work what to do, reading only
     * @param <T>  its result
     * @return what it returned
     */
    public <T> T read(Supplier<T> work) {
        return tx.executeRead(status -> work.get());
    }

    /**
     * @param work what to do, in one transaction that commits when it returns
     * @param <T>  its result
     * @return what it returned
     */
    public <T> T write(Supplier<T> work) {
        return tx.executeWrite(status -> work.get());
    }

    /** @param work what to do, in one transaction that commits when it returns */
    public void run(Runnable work) {
        tx.executeWrite(status -> {
            work.run();
            return null;
        });
    }
}
