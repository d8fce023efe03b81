package dev.calls.jpa.schema;

import dev.calls.jpa.SqlDialect;
import java.util.Locale;

/**
 * When an application creates or migrates the schema by itself at start-up, as the
 * {@code calls.schema.initialize} setting says.
 */
public enum SchemaInitialization {
    /** Only for embedded databases (H2): a production database is left to its operators. The default. */
    EMBEDDED,
    /** Always. */
    ALWAYS,
    /** Never: the operators run the scripts (the command-line tool, Flyway or Liquibase). */
    NEVER;

    /** Whether to install on a database of this kind. */
    public boolean appliesTo(SqlDialect dialect) {
        return this == ALWAYS || this == EMBEDDED && dialect == SqlDialect.H2;
    }

    /** Parses {@code embedded}, {@code always} or {@code never}, in any case. */
    public static SchemaInitialization parse(String value) {
        if (value == null || value.isBlank()) {
            return EMBEDDED;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "calls.schema.initialize must be embedded, always or never, not '" + value + "'", e);
        }
    }
}
