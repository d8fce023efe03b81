package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.CallsException;
import dev.calls.ErrorCode;
import dev.calls.MediaType;
import dev.calls.jpa.JpaCallStore;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.JpaMeetingStore;
import dev.calls.jpa.JpaPresenceStore;
import dev.calls.jpa.JpaTransactions;
import dev.calls.jpa.RelayEventTransport;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.memory.InMemoryEventTransport;
import dev.calls.spi.EventTransport;
import dev.calls.spring.support.Acme;
import dev.calls.spring.support.BootAutoConfigurations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The JPA stores on the application's own DataSource and EntityManagerFactory, and when they stay away. */
class CallsJpaAutoConfigurationTest {
    private final String url = "jdbc:h2:mem:calls-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(BootAutoConfigurations.jpa())
            .withConfiguration(AutoConfigurations.of(CallsJpaAutoConfiguration.class, CallsAutoConfiguration.class))
            .withUserConfiguration(Acme.class)
            .withPropertyValues("spring.datasource.url=" + url, "spring.jpa.open-in-view=false");

    @Test
    void jpaPresentThenCallsAreStoredInTheApplicationsDatabase() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(JpaCalls.class).hasSingleBean(JpaCallStore.class)
                    .hasSingleBean(JpaPresenceStore.class).hasSingleBean(JpaMeetingStore.class)
                    .hasSingleBean(dev.calls.jpa.JpaAdminStore.class);
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob");
            Call call = calls.start(Acme.user("alice"), List.of("bob"), MediaType.VIDEO);
            calls.accept(call.id(), Acme.user("bob"));
            // the admin store reads the application's database
            assertThat(context.getBean(dev.calls.jpa.JpaAdminStore.class).liveCalls(Acme.TENANT, 10))
                    .extracting(Call::id).contains(call.id());
            assertThat(count(context.getBean(DataSource.class), "select count(*) from calls_call where id = '"
                    + call.id() + "' and state = 'active'")).isEqualTo(1);
        });
    }

    @Test
    void jpaPresentThenGuestPassesAreStoredAndTheSecretPropertySignsThem() {
        runner.withPropertyValues("calls.guests.secret=a-guest-pass-secret-of-at-least-32-bytes").run(context -> {
            assertThat(context).hasSingleBean(dev.calls.jpa.JpaGuestStore.class);
            Calls calls = context.getBean(Calls.class);
            java.time.Instant start = calls.clock().instant().plus(java.time.Duration.ofMinutes(5));
            dev.calls.meeting.Meeting m = calls.meetings().create(Acme.user("alice"), new dev.calls.meeting.MeetingRequest(
                    "Consultation", start, start.plus(java.time.Duration.ofHours(1)), List.of("bob"), MediaType.VIDEO,
                    true, false));
            dev.calls.guest.GuestInvite invite = calls.guests().invite(dev.calls.guest.GuestTarget.meeting(m.id()),
                    Acme.user("alice"), dev.calls.guest.GuestRequest.of("Ann Client", null), null);
            assertThat(count(context.getBean(DataSource.class), "select count(*) from calls_guest where id = '"
                    + invite.pass().id() + "'")).isEqualTo(1);
            assertThat(calls.guests().knock(invite.token(), null).status()).isEqualTo("waiting_for_host");
            // the same key on another node (or after a restart) reads the same pass
            Calls other = Calls.builder().userDirectory(context.getBean(dev.calls.spi.UserDirectory.class))
                    .meetingStore(context.getBean(dev.calls.spi.MeetingStore.class))
                    .guestStore(context.getBean(dev.calls.spi.GuestStore.class))
                    .guestSecret("a-guest-pass-secret-of-at-least-32-bytes").build();
            try {
                assertThat(other.guests().view(invite.token()).name()).isEqualTo("Ann Client");
            } finally {
                other.close();
            }
        });
    }

    @Test
    void jpaAbsentThenEngineKeepsCallsInMemory() {
        runner.withClassLoader(new FilteredClassLoader(JpaCalls.class)).run(context -> {
            assertThat(context).doesNotHaveBean(JpaCallStore.class).doesNotHaveBean(RelayEventTransport.class);
            assertKeptInMemory(context.getBean(Calls.class));
        });
    }

    @Test
    void noDataSourceThenEngineKeepsCallsInMemory() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CallsJpaAutoConfiguration.class, CallsAutoConfiguration.class))
                .withUserConfiguration(Acme.class)
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(JpaCalls.class);
                    assertKeptInMemory(context.getBean(Calls.class));
                });
    }

    @Test
    void schemaInitializeDefaultOnH2ThenScriptsCreateTheTables() {
        runner.run(context -> {
            DataSource ds = context.getBean(DataSource.class);
            assertThat(count(ds, "select count(*) from calls_schema_version")).isEqualTo(6);
            assertThat(count(ds, "select count(*) from calls_device")).isZero();
            assertThat(count(ds, "select count(*) from calls_guest")).isZero();
            assertThat(indexExists(ds, "CALLS_CALL_DEADLINE_IX")).isTrue();
            assertThat(indexExists(ds, "CALLS_CALL_STATS_IX")).isTrue();
            assertThat(context.getBean(JpaCalls.class).status().upToDate()).isTrue();
        });
    }

    @Test
    void schemaInitializeNeverThenNoTablesAreCreated() {
        runner.withPropertyValues("calls.schema.initialize=never", "calls.relay.enabled=false").run(context ->
                assertThat(tableExists(context.getBean(DataSource.class), "CALLS_CALL")).isFalse());
    }

    @Test
    void schemaInitializeAlwaysThenTablesAreCreated() {
        runner.withPropertyValues("calls.schema.initialize=always").run(context ->
                assertThat(context.getBean(JpaCalls.class).status().upToDate()).isTrue());
    }

    @Test
    void hibernateDdlAutoCreateDropThenCallsTablesBelongToTheScripts() throws Exception {
        runner.withPropertyValues("spring.jpa.hibernate.ddl-auto=create-drop", "calls.schema.initialize=never",
                "calls.relay.enabled=false").run(context ->
                        assertThat(tableExists(context.getBean(DataSource.class), "CALLS_CALL")).isFalse());
        runner.withPropertyValues("spring.jpa.hibernate.ddl-auto=create-drop").run(context -> {
            assertThat(indexExists(context.getBean(DataSource.class), "CALLS_CALL_DEADLINE_IX")).isTrue();
        });
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(tableExists(c, "CALLS_CALL")).as("create-drop left the calls tables").isTrue();
        }
    }

    @Test
    void relayEnabledByDefaultThenEventsOfAnotherNodeReachThisOne() {
        runner.withPropertyValues("calls.relay.poll-interval=20ms").run(context -> {
            assertThat(context).hasSingleBean(RelayEventTransport.class);
            Calls calls = context.getBean(Calls.class);
            List<dev.calls.event.CallEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            calls.events().subscribe(Acme.user("bob"), seen::add);
            // A second engine on the same database: another node, as far as the relay can tell.
            try (JpaCalls otherNode = JpaCalls.builder().dataSource(context.getBean(DataSource.class))
                    .entityManagerFactory(context.getBean(jakarta.persistence.EntityManagerFactory.class))
                    .transactions(context.getBean(JpaTransactions.class)).build();
                    Calls other = Calls.builder().userDirectory(context.getBean(dev.calls.spi.UserDirectory.class))
                            .callStore(otherNode.callStore()).presenceStore(otherNode.presenceStore()).build()) {
                Acme.online(other, "alice", "bob");
                Call call = other.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
                dev.calls.spring.support.Eventually.until("the other node's call to reach bob here",
                        () -> seen.stream().anyMatch(e -> call.id().equals(e.callId())));
            }
        });
    }

    @Test
    void relayDisabledThenNoRelayIsStarted() {
        runner.withPropertyValues("calls.relay.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(EventTransport.class));
    }

    @Test
    void hostStoreAndTransportBeansThenTheyWin() {
        InMemoryCallStore own = new InMemoryCallStore();
        runner.withBean(InMemoryCallStore.class, () -> own)
                .withBean(InMemoryEventTransport.class, InMemoryEventTransport::new)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(JpaCallStore.class).doesNotHaveBean(RelayEventTransport.class)
                            .hasSingleBean(JpaPresenceStore.class);
                    assertThat(own.find(ring(context.getBean(Calls.class)).id())).isPresent();
                });
    }

    @Test
    void hostJpaTransactionsBeanThenStoresRunOnIt() {
        runner.withUserConfiguration(CountingTransactions.class).run(context -> {
            assertThat(context).getBeans(JpaTransactions.class).containsOnlyKeys("countingTransactions");
            CountingTransactions.Counting tx = context.getBean(CountingTransactions.Counting.class);
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob");
            int before = tx.writes.get();
            calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
            assertThat(tx.writes.get()).isGreaterThan(before);
        });
    }

    @Test
    void hostJpaCallsBeanThenItsStoresAreUsed() {
        runner.withUserConfiguration(OwnJpaCalls.class).run(context -> {
            assertThat(context).getBeans(JpaCalls.class).hasSize(1).containsKey("ownJpaCalls");
            Call call = ring(context.getBean(Calls.class));
            assertThat(context.getBean("ownJpaCalls", JpaCalls.class).callStore().find(call.id())).isPresent();
        });
    }

    @Test
    void writeInsideHostTransactionThenItCommitsOnItsOwn() {
        runner.run(context -> {
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob");
            var template = new org.springframework.transaction.support.TransactionTemplate(
                    context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            Call call = template.execute(status -> {
                Call started = calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
                status.setRollbackOnly();
                return started;
            });
            assertThat(calls.get(call.id(), Acme.user("alice")).id()).isEqualTo(call.id());
        });
    }

    @Test
    void readInsideHostTransactionThenItUsesTheHostsEntityManager() {
        runner.run(context -> {
            JpaTransactions tx = context.getBean(JpaTransactions.class);
            jakarta.persistence.EntityManagerFactory emf = context.getBean(jakarta.persistence.EntityManagerFactory.class);
            var template = new org.springframework.transaction.support.TransactionTemplate(
                    context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            template.executeWithoutResult(status -> {
                Object host = org.springframework.orm.jpa.EntityManagerFactoryUtils
                        .getTransactionalEntityManager(emf).getDelegate();
                Object read = tx.read(em -> em.getDelegate());
                Object written = tx.write(em -> em.getDelegate());
                assertThat(read).isSameAs(host);
                assertThat(written).isNotSameAs(host);
            });
        });
    }

    @Test
    void databaseDownThenCallsReportStorageUnavailable() {
        runner.run(context -> {
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob");
            ((java.io.Closeable) context.getBean(DataSource.class)).close();
            assertThatThrownBy(() -> calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO))
                    .isInstanceOfSatisfying(CallsException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_UNAVAILABLE));
        });
    }

    @Test
    void hostEntityManagerFactoryWithoutCallsEntitiesThenStartupFailsSayingHowToAddThem() {
        runner.withUserConfiguration(OwnEntityManagerFactory.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("does not manage the calls entities")
                    .hasMessageContaining("dev.calls.jpa.entity");
        });
    }

    /** The host's own JpaTransactions, counting the writes it runs. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class CountingTransactions {
        @org.springframework.context.annotation.Bean
        Counting countingTransactions(jakarta.persistence.EntityManagerFactory emf,
                org.springframework.transaction.PlatformTransactionManager tm) {
            return new Counting(new SpringJpaTransactions(emf, tm));
        }

        static final class Counting implements JpaTransactions {
            final java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
            private final JpaTransactions delegate;

            Counting(JpaTransactions delegate) {
                this.delegate = delegate;
            }

            @Override
            public <T> T write(java.util.function.Function<jakarta.persistence.EntityManager, T> work) {
                writes.incrementAndGet();
                return delegate.write(work);
            }

            @Override
            public <T> T read(java.util.function.Function<jakarta.persistence.EntityManager, T> work) {
                return delegate.read(work);
            }
        }
    }

    /** The host's own JpaCalls, with a factory of its own. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class OwnJpaCalls {
        @org.springframework.context.annotation.Bean(destroyMethod = "close")
        JpaCalls ownJpaCalls(DataSource dataSource) {
            JpaCalls jpa = JpaCalls.builder().dataSource(dataSource).build();
            jpa.install();
            return jpa;
        }
    }

    /** A host factory that lists only the host's packages, not the calls entities. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class OwnEntityManagerFactory {
        @org.springframework.context.annotation.Bean
        org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource dataSource) {
            var factory = new org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean();
            factory.setDataSource(dataSource);
            factory.setPackagesToScan("dev.calls.spring.support");
            factory.setJpaVendorAdapter(new org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter());
            return factory;
        }
    }

    private static long count(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean tableExists(DataSource ds, String table) throws Exception {
        try (Connection c = ds.getConnection()) {
            return tableExists(c, table);
        }
    }

    private static boolean tableExists(Connection c, String table) throws Exception {
        try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private static boolean indexExists(DataSource ds, String index) throws Exception {
        return count(ds, "select count(*) from information_schema.indexes where index_name = '" + index + "'") > 0;
    }

    private static Call ring(Calls calls) {
        Acme.online(calls, "alice", "bob");
        return calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
    }

    /** The engine works without any table of the calls schema: its calls are in memory. */
    private static void assertKeptInMemory(Calls calls) {
        Call call = ring(calls);
        assertThat(calls.get(call.id(), Acme.user("bob")).state()).isEqualTo(dev.calls.CallState.RINGING);
    }
}
