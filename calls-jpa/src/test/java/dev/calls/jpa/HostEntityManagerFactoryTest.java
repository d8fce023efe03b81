package dev.calls.jpa;

import static dev.calls.jpa.support.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Call;
import dev.calls.event.EventType;
import dev.calls.jpa.internal.CallsPersistenceUnit;
import dev.calls.jpa.support.Samples;
import dev.calls.jpa.support.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.util.HashMap;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stores on a factory and transactions the host owns, as a Spring or Jakarta EE host would give them. */
class HostEntityManagerFactoryTest {
    private TestDatabase db;

    @BeforeEach
    void start() {
        db = TestDatabase.h2();
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private EntityManagerFactory hostFactory(List<String> classes) {
        PersistenceProvider provider = PersistenceProviderResolverHolder.getPersistenceProviderResolver()
                .getPersistenceProviders().get(0);
        return provider.createContainerEntityManagerFactory(new CallsPersistenceUnit(db.dataSource(),
                provider.getClass().getName(), classes, new Properties()), new HashMap<>());
    }

    /** The host's transactions, counting how the stores use them. */
    private static final class HostTransactions implements JpaTransactions {
        final ResourceLocalTransactions delegate;
        final AtomicInteger writes = new AtomicInteger();
        final AtomicInteger reads = new AtomicInteger();

        HostTransactions(EntityManagerFactory emf) {
            this.delegate = new ResourceLocalTransactions(emf);
        }

        @Override
        public <T> T write(Function<EntityManager, T> work) {
            writes.incrementAndGet();
            return delegate.write(work);
        }

        @Override
        public <T> T read(Function<EntityManager, T> work) {
            reads.incrementAndGet();
            return delegate.read(work);
        }
    }

    @Test
    void hostFactoryAndTransactionsThenTheStoresUseThemAndLeaveTheFactoryOpen() {
        EntityManagerFactory emf = hostFactory(JpaCalls.ENTITY_CLASSES.stream().map(Class::getName).toList());
        HostTransactions tx = new HostTransactions(emf);
        Call call = Samples.ringing("acme", "alice", T0, "bob");
        try (JpaCalls jpa = JpaCalls.builder().dataSource(db.dataSource()).entityManagerFactory(emf)
                .transactions(tx).build()) {
            jpa.install();
            jpa.callStore().create(call, List.of(Samples.event(EventType.CALL_RINGING, call, "alice", T0)));

            assertThat(jpa.callStore().find(call.id())).contains(call);
            assertThat(jpa.entityManagerFactory()).isSameAs(emf);
        }
        assertThat(tx.writes.get()).isEqualTo(1);
        assertThat(tx.reads.get()).isEqualTo(1);
        assertThat(emf.isOpen()).isTrue();
        emf.close();
    }

    @Test
    void hostFactoryWithoutTheCallsEntitiesThenRefusedNamingWhatToAdd() {
        EntityManagerFactory emf = hostFactory(List.of());
        try {
            assertThatThrownBy(() -> JpaCalls.builder().dataSource(db.dataSource()).entityManagerFactory(emf).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("JpaCalls.ENTITY_CLASSES");
        } finally {
            emf.close();
        }
    }
}
