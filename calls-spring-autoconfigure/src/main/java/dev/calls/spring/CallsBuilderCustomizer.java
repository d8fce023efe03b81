package dev.calls.spring;

import dev.calls.CallsBuilder;

/**
 * Changes the {@link CallsBuilder} before the auto-configured {@link dev.calls.Calls} engine is built, after
 * the {@code calls.*} properties and the context's adapter beans are applied. Declare one or more as beans;
 * they run in {@link org.springframework.core.annotation.Order @Order}.
 */
@FunctionalInterface
public interface CallsBuilderCustomizer {

    /** Adjusts {@code builder}; called once, on the thread that starts the application context. */
    void customize(CallsBuilder builder);
}
