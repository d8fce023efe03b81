package dev.calls.examples.servlet;

import dev.calls.CallsBuilder;
import dev.calls.servlet.CallsFilterOptions;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How to start the example: where to listen, which users, which settings, and hooks to adjust the engine
 * and the filter (tests move the clock; the load program adds users and raises limits).
 *
 * @param host the interface to listen on
 * @param port the port, 0 for any free one
 */
public record AppOptions(String host, int port, Directory directory, Settings settings,
        UnaryOperator<CallsBuilder> engine, UnaryOperator<CallsFilterOptions> filter) {

    public AppOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(filter, "filter");
    }

    /** Port 8080 on loopback, the demo users, settings from the environment. */
    public static AppOptions defaults() {
        return new AppOptions("127.0.0.1", 8080, DemoUsers.directory(), Settings.fromEnvironment(), b -> b, f -> f);
    }

    public AppOptions host(String value) {
        return new AppOptions(value, port, directory, settings, engine, filter);
    }

    public AppOptions port(int value) {
        return new AppOptions(host, value, directory, settings, engine, filter);
    }

    public AppOptions directory(Directory value) {
        return new AppOptions(host, port, value, settings, engine, filter);
    }

    public AppOptions settings(Settings value) {
        return new AppOptions(host, port, directory, value, engine, filter);
    }

    public AppOptions engine(UnaryOperator<CallsBuilder> value) {
        return new AppOptions(host, port, directory, settings, value, filter);
    }

    public AppOptions filter(UnaryOperator<CallsFilterOptions> value) {
        return new AppOptions(host, port, directory, settings, engine, value);
    }
}
