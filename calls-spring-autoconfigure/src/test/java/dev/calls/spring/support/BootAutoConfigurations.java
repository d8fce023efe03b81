package dev.calls.spring.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurations;

/**
 * Spring Boot's own auto-configurations that the tests need, by name: several moved between Boot 3 and Boot 4,
 * and these tests run on both lines. The first name present on the class path is used.
 */
public final class BootAutoConfigurations {
    private BootAutoConfigurations() {
    }

    /** A DataSource, Hibernate's EntityManagerFactory and a JPA transaction manager. */
    public static AutoConfigurations jpa() {
        return AutoConfigurations.of(
                first("org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"),
                first("org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
                        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"),
                first("org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration",
                        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"));
    }

    /** Micrometer's registry post-processing (which binds MeterBinder beans) and a simple registry. */
    public static AutoConfigurations metrics() {
        return AutoConfigurations.of(
                first("org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
                        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration"),
                first("org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
                        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"),
                first("org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
                        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"));
    }

    /** Boot's JavaMailSender from spring.mail.*. */
    public static AutoConfigurations mail() {
        return AutoConfigurations.of(
                first("org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration",
                        "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration"));
    }

    /** Spring Data Redis: the application's Lettuce connection factory from {@code spring.data.redis.*}. */
    public static AutoConfigurations redis() {
        return AutoConfigurations.of(
                first("org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration",
                        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration"));
    }

    private static Class<?> first(String... names) {
        List<String> tried = new ArrayList<>();
        for (String name : names) {
            try {
                return Class.forName(name, false, BootAutoConfigurations.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                tried.add(name);
            }
        }
        throw new IllegalStateException("none of " + tried + " is on the class path");
    }
}
