package dev.calls.jpa.support;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database that goes away on demand: a new physical connection per request (so a closed connection
 * really ends its session and the database rolls back what it held), whose connections fail every call
 * once the database is "down", and which can be told to go down at the moment a given statement runs.
 */
public final class FlakyDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean down;
    private volatile Predicate<String> goDownAt = sql -> false;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();

    public FlakyDataSource(TestDatabase db) {
        this.url = db.url();
        this.user = db.user();
        this.password = db.password();
    }

    /** Every connection fails from now on, and new ones are refused; open sessions end as if killed. */
    public void down() {
        down = true;
        for (Connection c : open) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // gone either way
            }
        }
        open.clear();
    }

    /** The database is back. */
    public void up() {
        goDownAt = sql -> false;
        down = false;
    }

    /** Goes down just as a statement whose SQL (lower case) matches is executed. */
    public void downAt(Predicate<String> statement) {
        goDownAt = statement;
    }

    private SQLException gone() {
        return new SQLException("connection refused: the database is down (test)", "08001");
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (down) {
            throw gone();
        }
        Connection real = DriverManager.getConnection(url, user, password);
        open.add(real);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("close")) {
                        open.remove(real);
                        return invoke(real, method, args);
                    }
                    if (name.equals("isClosed") || !throwsSql(method)) {
                        return invoke(real, method, args);
                    }
                    if (down) {
                        throw gone();
                    }
                    Object result = invoke(real, method, args);
                    if (result instanceof Statement st) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : "";
                        return statement(st, method.getReturnType(), sql.toLowerCase(Locale.ROOT));
                    }
                    return result;
                });
    }

    private Object statement(Statement st, Class<?> type, String sql) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                String executed = args != null && args.length > 0 && args[0] instanceof String s
                        ? s.toLowerCase(Locale.ROOT) : sql;
                if (goDownAt.test(executed)) {
                    down();
                }
                if (down) {
                    throw gone();
                }
            } else if (down && !method.getName().equals("close") && throwsSql(method)) {
                throw gone();
            }
            return invoke(st, method, args);
        });
    }

    private static boolean throwsSql(Method method) {
        for (Class<?> type : method.getExceptionTypes()) {
            if (type.isAssignableFrom(SQLException.class)) {
                return true;
            }
        }
        return false;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // not used
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
