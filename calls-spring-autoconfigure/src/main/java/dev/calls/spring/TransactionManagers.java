package dev.calls.spring;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** Picks the transaction manager the calls stores run on. */
final class TransactionManagers {
    private TransactionManagers() {
    }

    /**
     * The application's manager when it drives this factory's entity managers (JPA for this factory, or JTA);
     * otherwise one of our own for the factory. A JDBC-only manager would leave the entity manager outside
     * any transaction, so it is not used.
     */
    static PlatformTransactionManager forJpa(EntityManagerFactory emf, PlatformTransactionManager candidate) {
        if (candidate instanceof JpaTransactionManager jpa && emf.equals(jpa.getEntityManagerFactory())) {
            return candidate;
        }
        if (candidate != null && isJta(candidate.getClass())) {
            return candidate;
        }
        JpaTransactionManager own = new JpaTransactionManager(emf);
        own.afterPropertiesSet();
        return own;
    }

    /** By name, so that JTA's API need not be on the class path. */
    private static boolean isJta(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.springframework.transaction.jta.JtaTransactionManager")) {
                return true;
            }
        }
        return false;
    }
}
