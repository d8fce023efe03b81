package dev.calls.jpa;

import dev.calls.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The databases the schema scripts and the few native statements are written for. Anything else gets the
 * standard SQL of the {@code common} scripts and plain JPA for every statement.
 */
public enum SqlDialect {
    H2("h2"),
    POSTGRESQL("postgresql"),
    /** MySQL and MariaDB. */
    MYSQL("mysql"),
    OTHER(null);

    private final String folder;

    SqlDialect(String folder) {
        this.folder = folder;
    }

    /** The folder under {@code dev/calls/jpa/schema/} with this database's script overrides; null for OTHER. */
    public String folder() {
        return folder;
    }

    /** The dialect of a JDBC {@code DatabaseMetaData.getDatabaseProductName()}. */
    public static SqlDialect ofProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return MYSQL;
        }
        return OTHER;
    }

    /** The dialect of a JDBC URL ({@code jdbc:h2:…}, {@code jdbc:postgresql:…}, {@code jdbc:mariadb:…}). */
    public static SqlDialect ofUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        return OTHER;
    }

    /** Asks the database behind {@code dataSource} what it is (one connection, at once returned). */
    public static SqlDialect detect(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return ofProductName(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new StorageException("cannot reach the calls database to detect its kind", e);
        }
    }
}
