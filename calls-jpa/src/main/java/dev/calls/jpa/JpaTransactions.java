package dev.calls.jpa;

import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * How the JPA stores get an {@link EntityManager} and a transaction. The stores call {@link #write} once
 * per change (a call and its events, a presence batch) and {@link #read} for queries; they never begin or
 * commit transactions themselves. {@link ResourceLocalTransactions} is the default; a host that manages
 * transactions itself (Spring's {@code TransactionTemplate}, JTA) implements this interface instead.
 *
 * <p>Implementations must be thread-safe. Exceptions of the work, and {@link jakarta.persistence.PersistenceException}s
 * of the provider, must reach the caller unchanged: the stores translate them.
 */
public interface JpaTransactions {

    /**
     * Runs {@code work} in a new transaction of its own (never joined to a caller's transaction, so a lost
     * race or a storage failure cannot mark the caller's transaction rollback-only), commits it and returns
     * the result; rolls back if {@code work} or the commit throws.
     */
    <T> T write(Function<EntityManager, T> work);

    /**
     * Runs read-only {@code work}. It may run without a transaction; each query sees committed data.
     */
    <T> T read(Function<EntityManager, T> work);
}
