package dev.calls.examples.servlet;

import dev.calls.Calls;
import dev.calls.push.mobile.MobilePush;
import dev.calls.servlet.CallsFilter;
import java.net.URI;
import org.eclipse.jetty.server.Server;

/** A started example: its address, engine and filter. Closing it stops Jetty, the engine, its push notifier and the database pool. */
public final class RunningApp implements AutoCloseable {
    private final Server server;
    private final Calls calls;
    private final CallsFilter filter;
    private final URI uri;
    private final AutoCloseable engine;
    private final Database database;
    private final String mediaServerHooks;
    private final String pushAdapters;
    private final MobilePush mobilePush;
    private final String mail;

    /**
     * {@code engine} closes the engine and what was built with it (the push notifier); {@code mediaServerHooks}
     * says which media-server receivers the filter has.
     */
    RunningApp(Server server, Calls calls, CallsFilter filter, URI uri, AutoCloseable engine, Database database,
            String mediaServerHooks, String pushAdapters, MobilePush mobilePush, String mail) {
        this.server = server;
        this.calls = calls;
        this.filter = filter;
        this.uri = uri;
        this.engine = engine;
        this.database = database;
        this.mediaServerHooks = mediaServerHooks;
        this.pushAdapters = pushAdapters;
        this.mobilePush = mobilePush;
        this.mail = mail;
    }

    /** Whether invitations are e-mailed, and through which server, for the start-up banner. */
    String mail() {
        return mail;
    }

    /** Which push adapters ring phones, for the start-up banner. */
    String pushAdapters() {
        return pushAdapters;
    }

    /** The APNs and FCM adapters (their counters), for tests and operations. */
    public MobilePush mobilePush() {
        return mobilePush;
    }

    /** Which media-server webhooks the filter answers, for the start-up banner. */
    String mediaServerHooks() {
        return mediaServerHooks;
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
                engine.close();
            } catch (Exception e) {
                throw new IllegalStateException("the engine did not close cleanly", e);
            } finally {
                database.close();
            }
        }
    }
}
