package dev.calls.jpa.internal;

import java.util.Optional;
import java.util.function.LongSupplier;
import javax.sql.DataSource;

/** Loaded only once the PostgreSQL driver is known to be present. */
final class PgSupport {
    private PgSupport() {
    }

    static Optional<NotificationListener> listener(DataSource dataSource, Runnable wake, LongSupplier delivered) {
        if (!PgNotifications.supports(dataSource)) {
            return Optional.empty();
        }
        return Optional.of(new PgNotifications(dataSource, wake, delivered));
    }
}
