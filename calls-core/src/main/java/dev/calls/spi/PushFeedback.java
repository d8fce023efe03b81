package dev.calls.spi;

/**
 * What a {@link PushNotifier} reports back while delivering. Thread-safe; may be called on any thread, also
 * long after {@link PushNotifier#send} returned.
 */
@FunctionalInterface
public interface PushFeedback {

    /** The push service says this device's token is dead (unregistered or invalid): it is removed. */
    void deadToken(Device device);

    /** Feedback that ignores everything, for notifiers used on their own. */
    PushFeedback IGNORE = device -> { };
}
