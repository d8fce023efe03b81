package dev.calls.jpa.internal;

import dev.calls.StorageException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/** Turns the provider's failures into {@link StorageException}; everything else passes unchanged. */
public final class Storage {
    private Storage() {
    }

    /** Runs {@code work}; a persistence failure becomes a {@link StorageException} naming {@code what}. */
    public static <T> T guard(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (PersistenceException e) {
            throw failure(what, e);
        } catch (IllegalStateException e) {
            // A closed factory or a connection pool that is shut down.
            throw failure(what, e);
        }
    }

    /**
     * Whether a failure is a collision with a concurrent writer rather than broken storage: a unique-key
     * violation (SQL state class 23) or a deadlock victim (class 40) somewhere in its causes.
     */
    public static boolean isCollision(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    /** The exception a broken store reports. */
    public static StorageException failure(String what, RuntimeException cause) {
        if (cause instanceof StorageException s) {
            return s;
        }
        return new StorageException("the calls database is unavailable (" + what + ")", cause);
    }
}
