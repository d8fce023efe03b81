package dev.calls.jpa.internal;

/** The PostgreSQL notification channel every event-writing transaction signals on. */
public final class Notifications {
    /** {@code LISTEN calls_events}: a payload-less wake-up, sent at commit. */
    public static final String CHANNEL = "calls_events";

    private Notifications() {
    }
}
