package dev.calls.push.mobile;

import com.eatthepath.pushy.apns.ApnsClient;
import com.eatthepath.pushy.apns.ApnsClientBuilder;
import com.eatthepath.pushy.apns.auth.ApnsSigningKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of an {@link ApnsPushNotifier}. The signing key ({@code .p8} contents), its key id, the team id and the
 * app's bundle id (the topic) are required; the host defaults to APNs production (or its development host) on port
 * 443. The key never reaches logs or {@code toString}.
 */
public final class ApnsPushNotifierBuilder {
    private String signingKey;
    private String keyId;
    private String teamId;
    private String topic;
    private boolean production = true;
    private String host;
    private int port = ApnsClientBuilder.DEFAULT_APNS_PORT;
    private String trustedCertificate;
    private Clock clock = Clock.systemUTC();
    private Duration backoff = Duration.ofSeconds(1);
    private int threads = 4;
    private int capacity = 10_000;

    ApnsPushNotifierBuilder() {
    }

    /** The token-auth signing key: the PEM contents of the {@code .p8} file, with its key id and team id. */
    public ApnsPushNotifierBuilder signingKey(String p8, String keyId, String teamId) {
        this.signingKey = Objects.requireNonNull(p8, "p8");
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.teamId = Objects.requireNonNull(teamId, "teamId");
        return this;
    }

    /** The app's bundle id, such as {@code com.example.app}; VoIP pushes go to {@code <topic>.voip}. */
    public ApnsPushNotifierBuilder topic(String topic) {
        this.topic = Objects.requireNonNull(topic, "topic");
        return this;
    }

    /** APNs production (default) or development (sandbox) host, when no {@link #host} is given. */
    public ApnsPushNotifierBuilder production(boolean production) {
        this.production = production;
        return this;
    }

    /** Another APNs host and port (a test server, a proxy). */
    public ApnsPushNotifierBuilder host(String host, int port) {
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535");
        }
        this.port = port;
        return this;
    }

    /** PEM certificate(s) to trust for the APNs host instead of the system's (for a test server). */
    public ApnsPushNotifierBuilder trustedCertificate(String pem) {
        this.trustedCertificate = Objects.requireNonNull(pem, "pem");
        return this;
    }

    /** First wait before a retry, doubled each time (default 1 s). */
    public ApnsPushNotifierBuilder backoff(Duration backoff) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        return this;
    }

    /** Sending threads (default 4) and queued pushes beyond which new ones are dropped (default 10000). */
    public ApnsPushNotifierBuilder queue(int threads, int capacity) {
        if (threads < 1 || threads > 64 || capacity < 1) {
            throw new IllegalArgumentException("threads must be 1 to 64 and capacity positive");
        }
        this.threads = threads;
        this.capacity = capacity;
        return this;
    }

    /** Clock deciding whether a retry is still worth it (default system UTC). */
    public ApnsPushNotifierBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Connects lazily and returns the notifier.
     *
     * @throws IllegalArgumentException when a required setting is missing or the key or certificate is unreadable
     *     (the message names the setting, never its value)
     */
    public ApnsPushNotifier build() {
        if (signingKey == null || topic == null || keyId.isBlank() || teamId.isBlank() || topic.isBlank()) {
            throw new IllegalArgumentException("APNs needs a signing key, key id, team id and topic");
        }
        String server = host != null ? host
                : production ? ApnsClientBuilder.PRODUCTION_APNS_HOST : ApnsClientBuilder.DEVELOPMENT_APNS_HOST;
        ApnsClientBuilder b = new ApnsClientBuilder().setApnsServer(server, port);
        try {
            b.setSigningKey(ApnsSigningKey.loadFromInputStream(
                    new ByteArrayInputStream(signingKey.getBytes(StandardCharsets.US_ASCII)), teamId, keyId));
        } catch (IOException | NoSuchAlgorithmException | InvalidKeyException | RuntimeException e) {
            throw new IllegalArgumentException("the APNs signing key (calls.push.apns.key) is not a readable .p8 key");
        }
        if (trustedCertificate != null) {
            b.setTrustedServerCertificateChain(
                    new ByteArrayInputStream(trustedCertificate.getBytes(StandardCharsets.US_ASCII)));
        }
        ApnsClient client;
        try {
            client = b.build();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot set up the APNs client: " + e.getClass().getSimpleName());
        }
        return new ApnsPushNotifier(client, topic, clock, backoff, threads, capacity,
                "APNs(" + server + ":" + port + ", topic " + topic + ", key " + keyId + ")");
    }
}
