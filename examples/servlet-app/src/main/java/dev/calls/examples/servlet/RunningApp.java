package dev.calls.examples.servlet;

import dev.calls.Calls;
import dev.calls.servlet.CallsFilter;
import java.net.URI;
import org.eclipse.jetty.server.Server;

/** A started example: its address, engine and filter. Closing it stops Jetty, the engine and the database pool. */
public final class RunningApp implements AutoCloseable {
    private final Server server;
    private final Calls calls;
    private final CallsFilter filter;
    private final URI uri;
    private final Database database;

    RunningApp(Server server, Calls calls, CallsFilter filter, URI uri, Database database) {
        this.server = server;
        this.calls = calls;
        this.filter = filter;
        this.uri = uri;
        this.database = database;
    }

    /** Where the app keeps its data. */
    Database database() {
        return database;
    }

    /** Such as {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return uri;
    }

    public Calls calls() {
        return calls;
    }

    public CallsFilter filter() {
        return filter;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        } finally {
            try {
                calls.close();
            } finally {
                database.close();
            }
        }
    }
}
