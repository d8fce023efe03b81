package dev.calls.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.Calls;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Receives 8x8 JaaS webhooks: checks the {@code X-Jaas-Signature}, drops repeated deliveries (same
 * {@code idempotencyKey}), and reconciles the call whose room the event names ({@code fqn} =
 * {@code <AppID>/<room>}):
 * <ul>
 *   <li>{@code PARTICIPANT_JOINED} / {@code PARTICIPANT_LEFT}: the participant whose user id is
 *   {@code data.id} (JaaS copies the token's {@code context.user.id} there; {@code data.participantId} is
 *   Jitsi's endpoint id and names no user) is marked in or out of the media room. Participants without an
 *   id (guests without a token) are ignored.</li>
 *   <li>{@code ROOM_DESTROYED} of the main room ends the call ({@code room_destroyed}), dated at the event's
 *   {@code timestamp} so its duration is the real one. Breakout rooms never end a call.</li>
 *   <li>{@code RECORDING_UPLOADED}, {@code TRANSCRIPTION_UPLOADED} and {@code CHAT_UPLOADED} reach
 *   {@link dev.calls.spi.CallListener#onMediaServerReport} (on the delivering thread).</li>
 *   <li>Every other type is accepted and ignored.</li>
 * </ul>
 * An HTTP route is one call: {@code receive(rawBody, request.getHeader(SIGNATURE_HEADER))}; every
 * {@link WebhookResult} answers 2xx, a refusal is a {@link dev.calls.CallsException}
 * ({@code unauthenticated}, {@code invalid_request}, {@code payload_too_large}). Thread-safe.
 */
public final class JaasWebhookReceiver {
    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "X-Jaas-Signature";
    /** Configuration key of the endpoint's signing secret (required). */
    public static final String SECRET_KEY = "calls.webhooks.jaas-secret";
    /** Configuration key of the signature time tolerance (default 5m). */
    public static final String TOLERANCE_KEY = "calls.webhooks.tolerance";
    /** Configuration key of the JaaS AppID; when set, events of other apps are ignored. */
    public static final String APP_ID_KEY = "calls.jitsi.app-id";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final Set<String> REPORTED = Set.of("RECORDING_UPLOADED", "TRANSCRIPTION_UPLOADED", "CHAT_UPLOADED");

    private final WebhookSignature signature;
    private final Clock clock;
    private final String appId;
    private final SeenKeys seen;
    private final int maxBodyBytes;
    private final RoomReconciler rooms;

    private JaasWebhookReceiver(Builder b) {
        this.signature = new WebhookSignature(b.secret, b.tolerance);
        this.clock = b.calls.clock();
        this.appId = b.appId;
        this.seen = b.seenKeys != null ? b.seenKeys : new InMemorySeenKeys(clock);
        this.maxBodyBytes = b.maxBodyBytes;
        this.rooms = new RoomReconciler(b.calls);
    }

    public static Builder builder(Calls calls) {
        return new Builder(calls);
    }

    /**
     * A receiver configured by key ({@value #SECRET_KEY}, {@value #TOLERANCE_KEY}, {@value #APP_ID_KEY}) from
     * any source: system properties ({@code System::getProperty}), a map, Spring's environment.
     *
     * @throws IllegalArgumentException the secret is not configured, or a value is malformed
     */
    public static JaasWebhookReceiver fromConfig(Calls calls, Function<String, String> config) {
        return configured(calls, config).build();
    }

    /**
     * {@link #fromConfig(Calls, Function)} remembering deliveries in {@code seenKeys}, such as a store every node
     * shares, so a retry that reaches another node is still recognised.
     */
    public static JaasWebhookReceiver fromConfig(Calls calls, Function<String, String> config, SeenKeys seenKeys) {
        return configured(calls, config).seenKeys(seenKeys).build();
    }

    private static Builder configured(Calls calls, Function<String, String> config) {
        String secret = ConfigValues.text(config, SECRET_KEY);
        if (secret == null) {
            throw new IllegalArgumentException(SECRET_KEY + " is required to receive JaaS webhooks");
        }
        return builder(calls).secret(secret)
                .tolerance(ConfigValues.duration(config, TOLERANCE_KEY, DEFAULT_TOLERANCE))
                .appId(ConfigValues.text(config, APP_ID_KEY));
    }

    /**
     * Handles one delivery.
     *
     * @param body the raw request body, exactly as received (the signature covers these bytes)
     * @param signatureHeader the {@value #SIGNATURE_HEADER} header value, null if absent
     * @throws dev.calls.CallsException {@code unauthenticated} (missing or bad signature, {@code t} outside
     *     the tolerance), {@code payload_too_large}, {@code invalid_request} (not a JSON object)
     */
    public WebhookResult receive(byte[] body, String signatureHeader) {
        Payloads.checkSize(body, maxBodyBytes);
        signature.verify(body, signatureHeader, clock.instant());
        JsonNode envelope = Payloads.object(body);
        String type = Payloads.text(envelope, "eventType");
        String key = Payloads.text(envelope, "idempotencyKey");
        if (key != null && !seen.claim("jaas:" + key)) {
            return WebhookResult.duplicate(type);
        }
        try {
            return handle(type, envelope);
        } catch (RuntimeException e) {
            if (key != null) {
                seen.release("jaas:" + key);
            }
            throw e;
        }
    }

    private WebhookResult handle(String type, JsonNode envelope) {
        if (type == null) {
            return WebhookResult.ignored(null, null, "unknown_event_type");
        }
        String fqn = Payloads.text(envelope, "fqn");
        int slash = fqn == null ? -1 : fqn.indexOf('/');
        String room = slash < 0 ? null : fqn.substring(slash + 1);
        if (appId != null && slash >= 0 && !appId.equals(fqn.substring(0, slash))) {
            return WebhookResult.ignored(type, null, "other_app");
        }
        JsonNode data = envelope.get("data");
        Instant at = Payloads.instant(envelope, "timestamp", 1);
        return switch (type) {
            case "PARTICIPANT_JOINED" -> rooms.presence(type, room, Payloads.text(data, "id"), true, at);
            case "PARTICIPANT_LEFT" -> rooms.presence(type, room, Payloads.text(data, "id"), false, at);
            case "ROOM_DESTROYED" -> Payloads.flag(data, "isBreakout")
                    ? WebhookResult.ignored(type, null, "breakout_room")
                    : rooms.destroyed(type, room, at);
            default -> REPORTED.contains(type)
                    ? rooms.report(type, room, Payloads.map(data))
                    : WebhookResult.ignored(type, null, "unknown_event_type");
        };
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "JaasWebhookReceiver[appId=" + appId + ", " + signature + "]";
    }

    /** Settings of a {@link JaasWebhookReceiver}; only the secret is required. */
    public static final class Builder {
        private final Calls calls;
        private String secret;
        private Duration tolerance = DEFAULT_TOLERANCE;
        private String appId;
        private SeenKeys seenKeys;
        private int maxBodyBytes = Payloads.DEFAULT_MAX_BODY_BYTES;

        private Builder(Calls calls) {
            this.calls = Objects.requireNonNull(calls, "calls");
        }

        /** The signing secret of the webhook endpoint, from the JaaS console (required). */
        public Builder secret(String secret) {
            this.secret = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /** How far the signature's {@code t} may be from now (default 5 min). */
        public Builder tolerance(Duration tolerance) {
            this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
            return this;
        }

        /** Only events of this AppID are applied (default: any, the signature already proves the sender). */
        public Builder appId(String appId) {
            this.appId = appId == null || appId.isBlank() ? null : appId;
            return this;
        }

        /** Where delivery keys are remembered (default: this node's memory, 24 h, 100 000 keys). */
        public Builder seenKeys(SeenKeys seenKeys) {
            this.seenKeys = Objects.requireNonNull(seenKeys, "seenKeys");
            return this;
        }

        /** Largest body accepted (default 256 KiB). */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 1024) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        public JaasWebhookReceiver build() {
            if (secret == null) {
                throw new IllegalStateException("secret is required");
            }
            return new JaasWebhookReceiver(this);
        }
    }
}
