package dev.calls.push.mobile.testing;

import com.eatthepath.pushy.apns.auth.ApnsVerificationKey;
import com.eatthepath.pushy.apns.server.MockApnsServer;
import com.eatthepath.pushy.apns.server.MockApnsServerBuilder;
import com.eatthepath.pushy.apns.server.MockApnsServerListener;
import com.eatthepath.pushy.apns.server.RejectionReason;
import com.eatthepath.pushy.apns.server.ValidatingPushNotificationHandlerFactory;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http2.Http2Headers;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Pushy's MockApnsServer on a random port with a throw-away TLS certificate, checking token authentication
 * against a throw-away {@code .p8} key, the topic of every device token and the headers. Records every push.
 */
public final class MockApns implements AutoCloseable {
    public static final String KEY_ID = "KEYID12345";
    public static final String TEAM_ID = "TEAMID1234";

    /** One push the server saw, accepted or not. */
    public record Push(String token, Map<String, String> headers, String payload, String rejection) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private final KeyPair signing = TestKeys.ec();
    private final X509Certificate certificate;
    private final Map<String, Set<String>> tokensByTopic = new ConcurrentHashMap<>();
    private final Map<String, Instant> unregistered = new ConcurrentHashMap<>();
    private final List<Push> pushes = new CopyOnWriteArrayList<>();
    private final MockApnsServer server;
    private final int port;

    public MockApns(String... topics) {
        KeyPair tls = TestKeys.ec();
        certificate = TestKeys.selfSigned(tls);
        try {
            ApnsVerificationKey verification = new ApnsVerificationKey(KEY_ID, TEAM_ID, (ECPublicKey) signing.getPublic());
            for (String topic : topics) {
                tokensByTopic.put(topic, ConcurrentHashMap.newKeySet());
            }
            server = new MockApnsServerBuilder()
                    .setServerCredentials(new X509Certificate[] {certificate}, tls.getPrivate(), null)
                    .setHandlerFactory(new ValidatingPushNotificationHandlerFactory(tokensByTopic, unregistered,
                            Map.of(KEY_ID, verification), Map.of(verification, Set.of(topics))))
                    .setListener(new Listener())
                    .build();
            port = (Integer) server.start(0).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the mock APNs server", e);
        }
    }

    /** The APNs signing key ({@code .p8} contents) the server trusts. */
    public String signingKey() {
        return TestKeys.pkcs8(signing);
    }

    /** The server's certificate as PEM, for the client to trust. */
    public String certificate() {
        return TestKeys.pem(certificate);
    }

    public int port() {
        return port;
    }

    /** Lets {@code token} receive pushes for {@code topic}. */
    public void register(String topic, String token) {
        tokensByTopic.get(topic).add(token);
    }

    /** From now on APNs answers {@code Unregistered} for {@code token}. */
    public void unregister(String token) {
        unregistered.put(token, Instant.now().minusSeconds(1));
    }

    /** Every push so far. */
    public List<Push> pushes() {
        return List.copyOf(pushes);
    }

    /** Waits (bounded) until a push matches. */
    public Push await(Predicate<Push> match, String what) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            for (Push p : pushes) {
                if (match.test(p)) {
                    return p;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no APNs push: " + what + "; saw " + pushes);
    }

    @Override
    public void close() {
        try {
            server.shutdown().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Listener implements MockApnsServerListener {
        @Override
        public void handlePushNotificationAccepted(Http2Headers headers, ByteBuf payload) {
            pushes.add(push(headers, payload, null));
        }

        @Override
        public void handlePushNotificationRejected(Http2Headers headers, ByteBuf payload, RejectionReason reason,
                Instant invalidated) {
            pushes.add(push(headers, payload, reason.name()));
        }

        private Push push(Http2Headers headers, ByteBuf payload, String rejection) {
            Map<String, String> h = new ConcurrentHashMap<>();
            headers.forEach(e -> h.put(e.getKey().toString(), e.getValue().toString()));
            String path = h.getOrDefault(":path", "");
            String body = payload == null ? "" : payload.toString(StandardCharsets.UTF_8);
            return new Push(path.substring(path.lastIndexOf('/') + 1), Map.copyOf(h), body, rejection);
        }
    }
}
