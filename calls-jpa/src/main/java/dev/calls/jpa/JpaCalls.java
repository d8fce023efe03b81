package dev.calls.jpa;

import dev.calls.jpa.entity.CallEntity;
import dev.calls.jpa.entity.ClaimEntity;
import dev.calls.jpa.entity.EventEntity;
import dev.calls.jpa.entity.EventSequenceEntity;
import dev.calls.jpa.entity.MeetingEntity;
import dev.calls.jpa.entity.MeetingInviteeEntity;
import dev.calls.jpa.entity.ParticipantEntity;
import dev.calls.jpa.entity.PresenceEntity;
import dev.calls.jpa.internal.CallsPersistenceUnit;
import dev.calls.jpa.internal.EventLog;
import dev.calls.jpa.internal.PresenceUpsert;
import dev.calls.jpa.schema.SchemaInitialization;
import dev.calls.jpa.schema.SchemaInstaller;
import dev.calls.jpa.schema.SchemaStatus;
import dev.calls.spi.EventTransport;
import dev.calls.spi.Lifecycle;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The JPA stores of one database, built once and given to {@code Calls.builder()}:
 *
 * <pre>{@code
 * JpaCalls jpa = JpaCalls.builder().dataSource(dataSource).build();   // its own EntityManagerFactory
 * jpa.install();                                                       // or leave it to the operators
 * Calls calls = Calls.builder()
 *         .userDirectory(users)
 *         .callStore(jpa.callStore())
 *         .presenceStore(jpa.presenceStore())
 *         .meetingStore(jpa.meetingStore())
 *         .eventTransport(jpa.relay())                                 // when several nodes share the database
 *         .build();
 * }</pre>
 *
 * <p>With the host's own {@link EntityManagerFactory} (whose persistence unit lists {@link #ENTITY_CLASSES}),
 * pass it with {@link Builder#entityManagerFactory} and, for container-managed transactions, a
 * {@link JpaTransactions}. The {@link DataSource} is still needed for the schema scripts and for PostgreSQL
 * notifications. Thread-safe; {@link #close()} closes only the factory it built itself.
 */
public final class JpaCalls implements Lifecycle, AutoCloseable {
    /** Every entity of the calls tables: list them in the host's persistence unit. */
    public static final List<Class<?>> ENTITY_CLASSES = List.of(CallEntity.class, ParticipantEntity.class,
            EventEntity.class, EventSequenceEntity.class, PresenceEntity.class, MeetingEntity.class,
            MeetingInviteeEntity.class, ClaimEntity.class);

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final EntityManagerFactory emf;
    private final boolean ownsEmf;
    private final SchemaInstaller schema;
    private final JpaCallStore callStore;
    private final JpaPresenceStore presenceStore;
    private final JpaMeetingStore meetingStore;
    private final JpaTransactions tx;
    private final JpaSeenKeys seenKeys;
    private final JpaAdminStore adminStore;
    private final JpaDeviceStore deviceStore;
    private final JpaGuestStore guestStore;

    private JpaCalls(Builder b) {
        this.dataSource = b.dataSource;
        this.dialect = b.dialect != null ? b.dialect : SqlDialect.detect(b.dataSource);
        this.ownsEmf = b.emf == null;
        this.emf = ownsEmf ? createEntityManagerFactory(b.dataSource, b.properties) : managing(b.emf);
        this.tx = b.transactions != null ? b.transactions : new ResourceLocalTransactions(emf);
        this.schema = new SchemaInstaller(b.dataSource, new dev.calls.jpa.schema.SchemaScripts(dialect),
                b.lockWait, Clock.systemUTC());
        this.callStore = new JpaCallStore(tx, new EventLog(dialect), schema);
        this.presenceStore = new JpaPresenceStore(tx, PresenceUpsert.of(dialect));
        this.meetingStore = new JpaMeetingStore(tx);
        this.seenKeys = new JpaSeenKeys(tx, Clock.systemUTC(), JpaSeenKeys.DEFAULT_RETENTION);
        this.adminStore = new JpaAdminStore(tx, dialect);
        this.deviceStore = new JpaDeviceStore(tx);
        this.guestStore = new JpaGuestStore(tx);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The host's factory, if its persistence unit lists the calls entities; a clear refusal otherwise. */
    private static EntityManagerFactory managing(EntityManagerFactory emf) {
        for (Class<?> entity : ENTITY_CLASSES) {
            try {
                emf.getMetamodel().entity(entity);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the EntityManagerFactory does not manage " + entity.getName()
                        + "; list JpaCalls.ENTITY_CLASSES (package dev.calls.jpa.entity) in its persistence unit", e);
            }
        }
        return emf;
    }

    /**
     * An entity manager factory for the calls entities alone, on {@code dataSource}, from the first
     * persistence provider on the class path. It never generates schema: the scripts do.
     */
    public static EntityManagerFactory createEntityManagerFactory(DataSource dataSource, Map<String, ?> extra) {
        List<PersistenceProvider> providers = PersistenceProviderResolverHolder.getPersistenceProviderResolver()
                .getPersistenceProviders();
        if (providers.isEmpty()) {
            throw new IllegalStateException("no Jakarta Persistence provider on the class path (add Hibernate 6)");
        }
        Properties props = new Properties();
        props.put("jakarta.persistence.schema-generation.database.action", "none");
        // Hibernate sends the participant and event rows of one change in one JDBC batch; others ignore these.
        props.put("hibernate.jdbc.batch_size", "50");
        props.put("hibernate.order_updates", "true");
        props.put("hibernate.jdbc.batch_versioned_data", "true");
        extra.forEach(props::put);
        PersistenceProvider provider = providers.get(0);
        CallsPersistenceUnit unit = new CallsPersistenceUnit(dataSource, provider.getClass().getName(),
                ENTITY_CLASSES.stream().map(Class::getName).toList(), props);
        EntityManagerFactory created = provider.createContainerEntityManagerFactory(unit, new HashMap<>(props));
        if (created == null) {
            throw new PersistenceException("the persistence provider " + provider.getClass().getName()
                    + " did not create the calls persistence unit");
        }
        return created;
    }

    public JpaCallStore callStore() {
        return callStore;
    }

    /** Tenant administrators' statistics and live calls, as SQL aggregates: give it to {@code CallsBuilder.adminStore}. */
    public JpaAdminStore adminStore() {
        return adminStore;
    }

    public JpaPresenceStore presenceStore() {
        return presenceStore;
    }

    public JpaMeetingStore meetingStore() {
        return meetingStore;
    }

    /** Users' push devices: give it to {@code CallsBuilder.deviceStore(..)}. */
    public JpaDeviceStore deviceStore() {
        return deviceStore;
    }

    /** Guest passes: give it to {@code CallsBuilder.guestStore(..)}. */
    public JpaGuestStore guestStore() {
        return guestStore;
    }

    /**
     * Webhook delivery keys shared by every node on this database, remembered for
     * {@link JpaSeenKeys#DEFAULT_RETENTION}: give it to the webhook receivers' {@code seenKeys(..)}.
     */
    public JpaSeenKeys seenKeys() {
        return seenKeys;
    }

    /** Webhook delivery keys on this database with another clock or retention window. */
    public JpaSeenKeys seenKeys(Clock clock, Duration retention) {
        return new JpaSeenKeys(tx, clock, retention);
    }

    /** The schema scripts of this database: install, uninstall, status. */
    public SchemaInstaller schema() {
        return schema;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    /**
     * A started cross-node transport over this database with an in-process local transport, woken by
     * PostgreSQL notifications where available and polling every 250 ms otherwise.
     */
    public RelayEventTransport relay() {
        return RelayEventTransport.builder(callStore).notifications(dataSource).build();
    }

    /** A started cross-node transport delivering to {@code local}. */
    public RelayEventTransport relay(EventTransport local) {
        return RelayEventTransport.builder(callStore).local(local).notifications(dataSource).build();
    }

    /** Creates or migrates the schema; safe to repeat and to run on several nodes at once. */
    @Override
    public void install() {
        schema.install();
    }

    /** Drops the calls tables unless {@code keepData}; a host's own tables are never touched. */
    @Override
    public void uninstall(boolean keepData) {
        schema.uninstall(keepData);
    }

    /** Installs if {@code mode} applies to this database; returns whether it did. */
    public boolean initialize(SchemaInitialization mode) {
        if (!mode.appliesTo(dialect)) {
            return false;
        }
        install();
        return true;
    }

    public SchemaStatus status() {
        return schema.status();
    }

    /** Closes the entity manager factory if it was built here. */
    @Override
    public void close() {
        if (ownsEmf && emf.isOpen()) {
            emf.close();
        }
    }

    /** Collects the data source and, optionally, the host's factory, transactions and dialect. */
    public static final class Builder {
        private DataSource dataSource;
        private EntityManagerFactory emf;
        private JpaTransactions transactions;
        private SqlDialect dialect;
        private Duration lockWait = Duration.ofMinutes(5);
        private final Map<String, Object> properties = new HashMap<>();

        private Builder() {
        }

        /** The database (required): the stores' connections unless a factory is given, the schema, notifications. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** The host's factory, whose unit lists {@link #ENTITY_CLASSES}; default: one built on the data source. */
        public Builder entityManagerFactory(EntityManagerFactory emf) {
            this.emf = Objects.requireNonNull(emf, "emf");
            return this;
        }

        /** How the stores run transactions; default {@link ResourceLocalTransactions}. */
        public Builder transactions(JpaTransactions transactions) {
            this.transactions = Objects.requireNonNull(transactions, "transactions");
            return this;
        }

        /** The kind of database; default: asked of the data source. */
        public Builder dialect(SqlDialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** How long {@code install} waits for another node's migration (default 5 min). */
        public Builder lockWait(Duration lockWait) {
            this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
            return this;
        }

        /** A property for the factory built here (ignored with the host's factory). */
        public Builder property(String name, Object value) {
            properties.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        public JpaCalls build() {
            if (dataSource == null) {
                throw new IllegalStateException("dataSource is required");
            }
            return new JpaCalls(this);
        }
    }
}
