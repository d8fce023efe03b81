package dev.calls.examples.servlet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A schema (PostgreSQL) or database (MariaDB) of its own on the local servers, dropped after the test. */
final class ServerDatabases {
    static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/test";

    private ServerDatabases() {
    }

    static String uniqueName() {
        return "calls_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static void execute(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
