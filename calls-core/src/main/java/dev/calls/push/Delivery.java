package dev.calls.push;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** One message on its way, with its attempts so far; a superseded one (its ringing is over) is not retried. */
final class Delivery {
    final String kind;
    final String key;
    final UUID callId;
    final byte[] body;
    final AtomicInteger attempts = new AtomicInteger();
    volatile boolean superseded;

    Delivery(String kind, String key, UUID callId, byte[] body) {
        this.kind = kind;
        this.key = key;
        this.callId = callId;
        this.body = body;
    }
}
