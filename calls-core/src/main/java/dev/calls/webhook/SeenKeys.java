package dev.calls.webhook;

/**
 * Remembers which deliveries were handled, so a repeated delivery (senders retry, and duplicates happen)
 * is recognised and not applied twice. The default keeps keys in memory on this node; a deployment of
 * several nodes behind one webhook URL shares them instead (an insert into a table with a unique key, or
 * a set-if-absent with expiry in a shared cache), because each retry may reach a different node.
 * Implementations are thread-safe.
 */
public interface SeenKeys {

    /**
     * Claims a delivery key.
     *
     * @return true if the key was not seen within the retention window (the caller handles the delivery);
     *     false if it was (a duplicate). Of two concurrent claims of one key exactly one returns true.
     */
    boolean claim(String key);

    /** Gives up a claim after handling failed, so that the sender's retry is handled. Idempotent. */
    void release(String key);
}
