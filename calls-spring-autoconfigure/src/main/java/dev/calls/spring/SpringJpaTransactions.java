package dev.calls.spring;

import dev.calls.jpa.JpaTransactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link JpaTransactions} on the application's {@link PlatformTransactionManager} and its shared,
 * transaction-bound {@link EntityManager}.
 *
 * <p>Reads join the caller's transaction when there is one (so they see what it wrote), and otherwise run in
 * one entity manager without a transaction. Writes run in a transaction of their own
 * ({@code REQUIRES_NEW}), as the {@link JpaTransactions} contract asks: the engine pushes a change to devices
 * right after the store returns, which is only safe once it is committed, and a lost race must not mark the
 * host's transaction rollback-only.
 *
 * <p>Failures of the transaction machinery itself (no connection, a failed commit) become
 * {@link PersistenceException}s, which the stores report as {@code storage_unavailable}; exceptions of the work
 * pass unchanged. Thread-safe.
 */
public final class SpringJpaTransactions implements JpaTransactions {
    private final EntityManager entityManager;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;

    public SpringJpaTransactions(EntityManagerFactory emf, PlatformTransactionManager transactionManager) {
        Objects.requireNonNull(emf, "emf");
        Objects.requireNonNull(transactionManager, "transactionManager");
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(emf);
        this.writes = new TransactionTemplate(transactionManager);
        writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        writes.setName("calls.write");
        this.reads = new TransactionTemplate(transactionManager);
        reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        reads.setReadOnly(true);
        reads.setName("calls.read");
    }

    @Override
    public <T> T write(Function<EntityManager, T> work) {
        return run(writes, work);
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return run(reads, work);
    }

    private <T> T run(TransactionTemplate template, Function<EntityManager, T> work) {
        WorkFailure failure = new WorkFailure();
        try {
            return template.execute(status -> {
                try {
                    return work.apply(entityManager);
                } catch (RuntimeException | Error e) {
                    failure.thrown = e;
                    throw e;
                }
            });
        } catch (RuntimeException e) {
            if (e == failure.thrown || e instanceof PersistenceException) {
                throw e;
            }
            throw new PersistenceException("transaction failed: " + e.getMessage(), e);
        }
    }

    /** What the work itself threw, to tell it apart from failures of the transaction around it. */
    private static final class WorkFailure {
        Throwable thrown;
    }
}
