package dev.calls.bench.jpa;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Records what each committed transaction wrote, table by table, so the bare JDBC baseline can write
 * exactly as many rows per transaction as the engine did.
 */
final class WriteShape implements DataSource {
    private final DataSource target;
    private final List<Map<String, Integer>> committed = new ArrayList<>();

    WriteShape(DataSource target) {
        this.target = target;
    }

    /** Rows written per table in each transaction committed so far, in order. */
    synchronized List<Map<String, Integer>> transactions() {
        return List.copyOf(committed);
    }

    synchronized void reset() {
        committed.clear();
    }

    private synchronized void commit(Map<String, Integer> rows) {
        if (!rows.isEmpty()) {
            committed.add(new TreeMap<>(rows));
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = target.getConnection();
        Map<String, Integer> rows = new TreeMap<>();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        commit(rows);
                        rows.clear();
                    } else if (method.getName().equals("rollback")) {
                        rows.clear();
                    }
                    Object result = invoke(real, method, args);
                    if (result instanceof Statement st && args != null && args.length > 0 && args[0] instanceof String sql) {
                        return statement(st, method.getReturnType(), written(sql), rows);
                    }
                    return result;
                });
    }

    /**
     * The rows one execution of a statement writes, per table: one per {@code INSERT}/{@code UPDATE} target,
     * or one per {@code VALUES} tuple when the statement inserts a list (PostgreSQL numbers and inserts a
     * change's events in one such statement). Empty for a read.
     */
    static Map<String, Integer> written(String sql) {
        String s = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Map<String, Integer> rows = new TreeMap<>();
        for (String verb : new String[] {"insert into ", "update ", "merge into ", "delete from "}) {
            for (int i = s.indexOf(verb); i >= 0; i = s.indexOf(verb, i + 1)) {
                if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                    continue;
                }
                String table = s.substring(i + verb.length()).trim().split("[ (]", 2)[0];
                if (table.startsWith("calls_")) {
                    rows.merge(table, verb.equals("insert into ") ? tuples(s) : 1, Math::max);
                }
            }
        }
        return rows;
    }

    /** Tuples in the statement's VALUES list, 1 without one. */
    private static int tuples(String s) {
        int at = s.indexOf("values");
        if (at < 0) {
            return 1;
        }
        int depth = 0;
        int count = 0;
        for (int i = at + "values".length(); i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    count++;
                }
            } else if (c == ')') {
                if (--depth < 0) {
                    break;
                }
            } else if (depth == 0 && c != ',' && c != ' ') {
                break;
            }
        }
        return Math.max(1, count);
    }

    private Object statement(Statement st, Class<?> type, Map<String, Integer> writes, Map<String, Integer> rows) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Object result = invoke(st, method, args);
            String name = method.getName();
            if (name.equals("addBatch") || name.equals("executeUpdate") || name.equals("executeQuery")
                    || name.equals("execute")) {
                writes.forEach((table, n) -> rows.merge(table, n, Integer::sum));
            }
            return result;
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
