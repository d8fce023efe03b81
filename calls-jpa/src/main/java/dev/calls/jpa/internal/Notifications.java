package dev.calls.jpa.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The PostgreSQL notification channel the relays of one schema wake each other on. Channels are per database,
 * not per schema, so a schema other than {@code public} gets a channel of its own: deployments (and test runs)
 * in different schemas of one database do not wake each other.
 */
public final class Notifications {
    /** {@code LISTEN calls_events} in schema {@code public}; {@code calls_events_<schema>} in another. */
    public static final String CHANNEL = "calls_events";
    private static final int MAX_CHANNEL_BYTES = 63;

    private Notifications() {
    }

    /**
     * The channel for the schema the connection works in. Each notification's payload is the last sequence the
     * sending node committed (a few bytes, never an event), sent after the commit, outside its transaction.
     */
    public static String channel(String schema) {
        if (schema == null || schema.isEmpty() || schema.equals("public")) {
            return CHANNEL;
        }
        String channel = CHANNEL + "_" + schema;
        if (channel.getBytes(StandardCharsets.UTF_8).length <= MAX_CHANNEL_BYTES) {
            return channel;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(schema.getBytes(StandardCharsets.UTF_8));
            return CHANNEL + "_" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The channel as a quoted identifier, for {@code LISTEN}. */
    public static String quoted(String channel) {
        return '"' + channel.replace("\"", "\"\"") + '"';
    }
}
