package dev.calls.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.Calls;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;

/**
 * Receives the POSTs of the community {@code event_sync} Prosody module of a self-hosted Jitsi
 * ({@code <api_prefix>/events/room/created}, {@code …/room/destroyed}, {@code …/occupant/joined},
 * {@code …/occupant/left}), authenticated by a header value configured on both sides (the module's
 * {@code api_headers}), and reconciles the call using the room:
 * <ul>
 *   <li>{@code muc-occupant-joined} / {@code muc-occupant-left}: the participant whose user id is
 *   {@code occupant.id} (the module copies the token's {@code context.user.id}) is marked in or out of the
 *   media room, dated at {@code occupant.joined_at} / {@code left_at} (seconds). Events of breakout rooms
 *   name the main room and count as being in it.</li>
 *   <li>{@code muc-room-destroyed} of the main room ends the call ({@code room_destroyed}) dated at
 *   {@code destroyed_at}; a breakout room's end is ignored.</li>
 *   <li>{@code muc-room-created} and anything else is accepted and ignored.</li>
 * </ul>
 * The module sends no delivery id; it retries failed requests with the same body, so a hash of the body
 * serves as one. The event is taken from the body's {@code event_name}, so every path can share one
 * handler: {@code receive(rawBody, request.getHeader(receiver.headerName()))}. Thread-safe.
 */
public final class JitsiEventSyncReceiver {
    /** Configuration key of the header name the module sends (default {@code Authorization}). */
    public static final String HEADER_KEY = "calls.webhooks.jitsi-header";
    /** Configuration key of the header's expected value, at least 16 characters (required). */
    public static final String SECRET_KEY = "calls.webhooks.jitsi-secret";

    private final SharedSecretHeader auth;
    private final SeenKeys seen;
    private final int maxBodyBytes;
    private final RoomReconciler rooms;

    private JitsiEventSyncReceiver(Builder b) {
        this.auth = new SharedSecretHeader(b.headerName, b.headerValue);
        Clock clock = b.calls.clock();
        this.seen = b.seenKeys != null ? b.seenKeys : new InMemorySeenKeys(clock);
        this.maxBodyBytes = b.maxBodyBytes;
        this.rooms = new RoomReconciler(b.calls);
    }

    public static Builder builder(Calls calls) {
        return new Builder(calls);
    }

    /**
     * A receiver configured by key ({@value #HEADER_KEY}, {@value #SECRET_KEY}).
     *
     * @throws IllegalArgumentException the expected header value is not configured or too short
     */
    public static JitsiEventSyncReceiver fromConfig(Calls calls, Function<String, String> config) {
        return configured(calls, config).build();
    }

    /**
     * {@link #fromConfig(Calls, Function)} remembering deliveries in {@code seenKeys}, such as a store every node
     * shares, so a retry that reaches another node is still recognised.
     */
    public static JitsiEventSyncReceiver fromConfig(Calls calls, Function<String, String> config,
            SeenKeys seenKeys) {
        return configured(calls, config).seenKeys(seenKeys).build();
    }

    private static Builder configured(Calls calls, Function<String, String> config) {
        String header = ConfigValues.text(config, HEADER_KEY);
        return builder(calls).header(header != null ? header : "Authorization", ConfigValues.text(config, SECRET_KEY));
    }

    /** The header to pass to {@link #receive}. */
    public String headerName() {
        return auth.name();
    }

    /**
     * Handles one POST.
     *
     * @param body the raw request body
     * @param headerValue the value of the {@link #headerName()} header, null if absent
     * @throws dev.calls.CallsException {@code unauthenticated}, {@code payload_too_large}, {@code invalid_request}
     */
    public WebhookResult receive(byte[] body, String headerValue) {
        auth.verify(headerValue);
        Payloads.checkSize(body, maxBodyBytes);
        JsonNode event = Payloads.object(body);
        String type = Payloads.text(event, "event_name");
        String key = "event_sync:" + HexFormat.of().formatHex(SharedSecretHeader.sha256(body));
        if (!seen.claim(key)) {
            return WebhookResult.duplicate(type);
        }
        try {
            return handle(type, event);
        } catch (RuntimeException e) {
            seen.release(key);
            throw e;
        }
    }

    private WebhookResult handle(String type, JsonNode event) {
        String room = Payloads.text(event, "room_name");
        JsonNode occupant = event.get("occupant");
        String userId = Payloads.text(occupant, "id");
        if (type == null) {
            return WebhookResult.ignored(null, null, "unknown_event_type");
        }
        return switch (type) {
            case "muc-occupant-joined" ->
                    rooms.presence(type, room, userId, true, Payloads.instant(occupant, "joined_at", 1000));
            case "muc-occupant-left" ->
                    rooms.presence(type, room, userId, false, Payloads.instant(occupant, "left_at", 1000));
            case "muc-room-destroyed" -> Payloads.flag(event, "is_breakout")
                    ? WebhookResult.ignored(type, null, "breakout_room")
                    : rooms.destroyed(type, room, Payloads.instant(event, "destroyed_at", 1000));
            default -> WebhookResult.ignored(type, null, "unknown_event_type");
        };
    }

    @Override
    public String toString() {
        return "JitsiEventSyncReceiver[" + auth + "]";
    }

    /** Settings of a {@link JitsiEventSyncReceiver}; the expected header value is required. */
    public static final class Builder {
        private final Calls calls;
        private String headerName = "Authorization";
        private String headerValue;
        private SeenKeys seenKeys;
        private int maxBodyBytes = Payloads.DEFAULT_MAX_BODY_BYTES;

        private Builder(Calls calls) {
            this.calls = Objects.requireNonNull(calls, "calls");
        }

        /** The header the module sends and its exact value, e.g. {@code Authorization}, {@code Bearer …}. */
        public Builder header(String name, String expectedValue) {
            this.headerName = Objects.requireNonNull(name, "name");
            this.headerValue = expectedValue;
            return this;
        }

        /** Where delivery keys are remembered (default: this node's memory). */
        public Builder seenKeys(SeenKeys seenKeys) {
            this.seenKeys = Objects.requireNonNull(seenKeys, "seenKeys");
            return this;
        }

        /** Largest body accepted (default 256 KiB; a destroyed room lists every occupant it had). */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 1024) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        public JitsiEventSyncReceiver build() {
            return new JitsiEventSyncReceiver(this);
        }
    }
}
