package dev.calls.spring;

import dev.calls.jpa.JpaCalls;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.tool.schema.spi.SchemaFilter;
import org.hibernate.tool.schema.spi.SchemaFilterProvider;

/**
 * Keeps Hibernate's schema tooling ({@code spring.jpa.hibernate.ddl-auto}, which Spring Boot sets to
 * {@code create-drop} for embedded databases) away from the calls tables: they belong to the calls schema
 * scripts, which create them with their indexes and constraints and record the version. The host's own
 * tables are untouched by this filter.
 */
public final class CallsSchemaFilter implements SchemaFilter, SchemaFilterProvider {
    /** Hibernate's setting that names the filter provider. */
    public static final String SETTING = "hibernate.hbm2ddl.schema_filter_provider";

    private static final Set<String> TABLES = JpaCalls.ENTITY_CLASSES.stream()
            .map(type -> type.getAnnotation(Table.class).name().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** Whether {@code name} is one of the calls tables, in any case. */
    public static boolean isCallsTable(String name) {
        return name != null && TABLES.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean includeNamespace(Namespace namespace) {
        return true;
    }

    @Override
    public boolean includeTable(org.hibernate.mapping.Table table) {
        return !isCallsTable(table.getName());
    }

    @Override
    public boolean includeSequence(Sequence sequence) {
        return true;
    }

    @Override
    public SchemaFilter getCreateFilter() {
        return this;
    }

    @Override
    public SchemaFilter getDropFilter() {
        return this;
    }

    @Override
    public SchemaFilter getTruncatorFilter() {
        return this;
    }

    @Override
    public SchemaFilter getMigrateFilter() {
        return this;
    }

    @Override
    public SchemaFilter getValidateFilter() {
        return this;
    }
}
