package dev.calls.spring;

import dev.calls.jpa.JpaAdminStore;
import dev.calls.jpa.JpaCallStore;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.JpaDeviceStore;
import dev.calls.jpa.JpaGuestStore;
import dev.calls.jpa.JpaMeetingStore;
import dev.calls.jpa.JpaPresenceStore;
import dev.calls.jpa.JpaTransactions;
import dev.calls.jpa.RelayEventTransport;
import dev.calls.jpa.schema.SchemaInitialization;
import dev.calls.spi.AdminStore;
import dev.calls.spi.CallStore;
import dev.calls.spi.EventTransport;
import dev.calls.spi.DeviceStore;
import dev.calls.spi.GuestStore;
import dev.calls.spi.MeetingStore;
import dev.calls.spi.PresenceStore;
import dev.calls.webhook.SeenKeys;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Durable calls, presence and meetings in the application's own database, when calls-jpa and JPA are on the
 * class path and the context has one {@link DataSource} and one {@link EntityManagerFactory}: the calls
 * entities join the application's persistence unit, the stores run on its transaction manager, the schema is
 * installed as {@code calls.schema.initialize} says, and events of every node reach this node's devices through
 * the database ({@code calls.relay.enabled}). Runs after Spring Boot's own JPA configuration, referenced by
 * name as it moved between Boot 3 and Boot 4.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@ConditionalOnClass({JpaCalls.class, EntityManagerFactory.class, AbstractEntityManagerFactoryBean.class,
        PlatformTransactionManager.class})
@EnableConfigurationProperties(CallsProperties.class)
public class CallsJpaAutoConfiguration {

    /** Registered whether or not the stores apply: it only adds entities to a persistence unit being built. */
    @Bean
    @ConditionalOnMissingBean
    static CallsEntityTypes callsEntityTypes() {
        return new CallsEntityTypes();
    }

    /** Only for Hibernate, the one provider whose ddl-auto Spring Boot turns on. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.hibernate.tool.schema.spi.SchemaFilterProvider")
    static class HibernateSchemaFilter {
        @Bean
        @ConditionalOnMissingBean
        static CallsSchemaFilterInstaller callsSchemaFilterInstaller() {
            return new CallsSchemaFilterInstaller();
        }
    }

    /** The stores, when the application has one database and one persistence unit. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnSingleCandidate(DataSource.class)
    @ConditionalOnBean(EntityManagerFactory.class)
    static class Stores {

        @Bean
        @ConditionalOnMissingBean
        JpaTransactions callsJpaTransactions(EntityManagerFactory emf,
                ObjectProvider<PlatformTransactionManager> transactionManagers) {
            return new SpringJpaTransactions(emf, TransactionManagers.forJpa(emf, transactionManagers.getIfUnique()));
        }

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        JpaCalls jpaCalls(DataSource dataSource, EntityManagerFactory emf, JpaTransactions transactions,
                CallsProperties properties) {
            ManagedEntities.require(emf);
            JpaCalls jpa = JpaCalls.builder().dataSource(dataSource).entityManagerFactory(emf)
                    .transactions(transactions).build();
            jpa.initialize(SchemaInitialization.valueOf(properties.getSchema().getInitialize().name()));
            return jpa;
        }

        @Bean
        @ConditionalOnMissingBean(CallStore.class)
        JpaCallStore callsCallStore(JpaCalls jpa) {
            return jpa.callStore();
        }

        /** Administrators' statistics as SQL aggregates over the calls table. */
        @Bean
        @ConditionalOnMissingBean(AdminStore.class)
        JpaAdminStore callsAdminStore(JpaCalls jpa) {
            return jpa.adminStore();
        }

        @Bean
        @ConditionalOnMissingBean(PresenceStore.class)
        JpaPresenceStore callsPresenceStore(JpaCalls jpa) {
            return jpa.presenceStore();
        }

        @Bean
        @ConditionalOnMissingBean(MeetingStore.class)
        JpaMeetingStore callsMeetingStore(JpaCalls jpa) {
            return jpa.meetingStore();
        }

        /** Users' push devices, shared by every node. */
        @Bean
        @ConditionalOnMissingBean(DeviceStore.class)
        JpaDeviceStore callsDeviceStore(JpaCalls jpa) {
            return jpa.deviceStore();
        }

        /** Guest passes, shared by every node. */
        @Bean
        @ConditionalOnMissingBean(GuestStore.class)
        JpaGuestStore callsGuestStore(JpaCalls jpa) {
            return jpa.guestStore();
        }

        /** Webhook deliveries seen by any node sharing the database: a retry reaching another node is a duplicate. */
        @Bean
        @ConditionalOnMissingBean(SeenKeys.class)
        SeenKeys callsSeenKeys(JpaCalls jpa) {
            return jpa.seenKeys();
        }

        /** Closed by the engine when it closes; closing twice is harmless. */
        @Bean(destroyMethod = "close")
        // with Redis configured (before this class), its transport carries the wake-ups instead
        @ConditionalOnMissingBean(value = EventTransport.class, type = "dev.calls.redis.RedisCalls")
        @ConditionalOnProperty(prefix = "calls.relay", name = "enabled", matchIfMissing = true)
        RelayEventTransport callsEventRelay(CallStore callStore, DataSource dataSource, CallsProperties properties) {
            return RelayEventTransport.builder(callStore)
                    .notifications(dataSource)
                    .pollInterval(properties.getRelay().getPollInterval())
                    .build();
        }
    }
}
