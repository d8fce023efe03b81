package dev.calls.examples.servlet;

import dev.calls.CallsBuilder;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.spi.MeetingProvider;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * How to start the example: where to listen, which users, which settings, and hooks to adjust the engine,
 * the filter and the web application (tests move the clock and add pages; the load program adds users and
 * raises limits).
 *
 * @param host the interface to listen on
 * @param port the port, 0 for any free one
 * @param meetingProvider the media deployment, or null to build it from the {@code calls.jitsi.*} settings
 * @param web adds to the web application before it starts (more servlets, say)
 */
public record AppOptions(String host, int port, Directory directory, Settings settings,
        UnaryOperator<CallsBuilder> engine, UnaryOperator<CallsFilterOptions.Builder> filter,
        MeetingProvider meetingProvider, Consumer<ServletContextHandler> web) {

    public AppOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(web, "web");
    }

    /** Port 8080 on loopback, the demo users, settings from the environment. */
    public static AppOptions defaults() {
        return new AppOptions("127.0.0.1", 8080, DemoUsers.directory(), Settings.fromEnvironment(), b -> b, f -> f,
                null, c -> { });
    }

    public AppOptions host(String value) {
        return new AppOptions(value, port, directory, settings, engine, filter, meetingProvider, web);
    }

    public AppOptions port(int value) {
        return new AppOptions(host, value, directory, settings, engine, filter, meetingProvider, web);
    }

    public AppOptions directory(Directory value) {
        return new AppOptions(host, port, value, settings, engine, filter, meetingProvider, web);
    }

    public AppOptions settings(Settings value) {
        return new AppOptions(host, port, directory, value, engine, filter, meetingProvider, web);
    }

    public AppOptions engine(UnaryOperator<CallsBuilder> value) {
        return new AppOptions(host, port, directory, settings, value, filter, meetingProvider, web);
    }

    public AppOptions filter(UnaryOperator<CallsFilterOptions.Builder> value) {
        return new AppOptions(host, port, directory, settings, engine, value, meetingProvider, web);
    }

    public AppOptions meetingProvider(MeetingProvider value) {
        return new AppOptions(host, port, directory, settings, engine, filter, value, web);
    }

    public AppOptions web(Consumer<ServletContextHandler> value) {
        return new AppOptions(host, port, directory, settings, engine, filter, meetingProvider, value);
    }
}
