package dev.calls.jpa.internal;

import java.util.Optional;
import java.util.function.LongSupplier;
import javax.sql.DataSource;

/** Wakes the relay when another node commits events, where the database can say so. */
public interface NotificationListener extends Runnable {

    /** Whether it is subscribed right now (false while reconnecting). */
    boolean listening();

    /** Stops listening soon; {@link #run()} then returns. */
    void stop();

    /**
     * A listener for this data source if it is PostgreSQL and the driver is on the class path; else empty,
     * and the relay polls. A notification naming a sequence not beyond {@code delivered} wakes nobody. The driver's classes are touched only after that check.
     */
    static Optional<NotificationListener> forDataSource(DataSource dataSource, Runnable wake, LongSupplier delivered) {
        try {
            Class.forName("org.postgresql.PGConnection", false, NotificationListener.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        return PgSupport.listener(dataSource, wake, delivered);
    }
}
