package dev.calls.push.mobile;

import com.google.auth.oauth2.GoogleCredentials;
import dev.calls.spi.Device;
import dev.calls.spi.PushFeedback;
import dev.calls.spi.PushMessage;
import dev.calls.spi.PushNotifier;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rings Android phones (and FCM web and iOS clients) through Firebase Cloud Messaging HTTP v1
 * ({@code POST <endpoint>/v1/projects/<project>/messages:send}) over the JDK HttpClient, with an OAuth2 bearer
 * from a service account. Messages are data-only and high priority and expire with the ring (see
 * {@link FcmMessages}); one per {@code fcm} device. A 429 or 5xx answer is retried with exponential back-off,
 * honouring {@code Retry-After}, while the ring is still on; a 401 refreshes the bearer once; tokens FCM reports
 * {@code UNREGISTERED} (or {@code INVALID_ARGUMENT} for the token) are pruned. Build with {@link #builder()};
 * close on shutdown.
 */
public final class FcmPushNotifier implements PushNotifier, AutoCloseable {
    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
    private static final Logger LOG = LoggerFactory.getLogger(FcmPushNotifier.class);

    private final GoogleCredentials credentials;
    private final URI sendUri;
    private final HttpClient http;
    private final Clock clock;
    private final Duration backoff;
    private final int maxAttempts;
    private final PushCounters counters = new PushCounters();
    private final Outbox outbox;
    private final String description;

    FcmPushNotifier(GoogleCredentials credentials, URI sendUri, Clock clock, Duration backoff, int maxAttempts,
            int threads, int capacity, String description) {
        this.credentials = credentials;
        this.sendUri = sendUri;
        this.clock = clock;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.outbox = new Outbox("fcm", threads, capacity, counters);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.description = description;
    }

    /** Settings of an FCM notifier: the service-account JSON and the project id are required. */
    public static FcmPushNotifierBuilder builder() {
        return new FcmPushNotifierBuilder();
    }

    @Override
    public void send(PushMessage message, List<Device> devices, PushFeedback feedback) {
        for (Device d : devices) {
            if (d.kind() == Device.Kind.FCM) {
                outbox.submit(() -> deliver(message, d, feedback, 1, false));
            }
        }
    }

    private void deliver(PushMessage m, Device device, PushFeedback feedback, int attempt, boolean refreshed) {
        Duration ttl = FcmMessages.ttl(m, clock.instant());
        if (ttl.isZero()) {
            counters.failedOne();
            LOG.debug("ring for call {} expired before it reached FCM", m.callId());
            return;
        }
        Duration wait;
        String failure;
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(sendUri).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + bearer(false))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(FcmMessages.request(m, device, ttl))).build(),
                    HttpResponse.BodyHandlers.ofString());
            int status = r.statusCode();
            if (status >= 200 && status < 300) {
                counters.sentOne();
                return;
            }
            if (status == 401 && !refreshed) {
                bearer(true);
                deliver(m, device, feedback, attempt, true);
                return;
            }
            if (FcmMessages.deadToken(status, r.body())) {
                counters.prunedOne();
                feedback.deadToken(device);
                return;
            }
            if (status != 429 && status < 500) {
                counters.failedOne();
                LOG.warn("FCM refused a {} message for device {} with status {}", m.kind().wire(), device.id(), status);
                return;
            }
            failure = "status " + status;
            wait = retryAfter(r).orElse(backoff.multipliedBy(1L << (attempt - 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (IOException | RuntimeException e) {
            failure = e.getClass().getSimpleName();
            wait = backoff.multipliedBy(1L << (attempt - 1));
        }
        if (attempt >= maxAttempts
                || (m.kind() == PushMessage.Kind.RING && !clock.instant().plus(wait).isBefore(m.ringUntil()))) {
            counters.failedOne();
            LOG.warn("FCM message for device {} failed {} times (last: {}); dropped", device.id(), attempt, failure);
            return;
        }
        outbox.later(wait, () -> deliver(m, device, feedback, attempt + 1, false));
    }

    /** The bearer, refreshed when it is about to expire or when {@code force}d (after a 401). */
    private synchronized String bearer(boolean force) throws IOException {
        if (force) {
            credentials.refresh();
        } else {
            credentials.refreshIfExpired();
        }
        return credentials.getAccessToken().getTokenValue();
    }

    private static java.util.Optional<Duration> retryAfter(HttpResponse<?> r) {
        return r.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                long seconds = Long.parseLong(v.trim());
                return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Math.min(seconds, 300))));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    /** This notifier's counts. */
    public PushCounters counters() {
        return counters;
    }

    /** Messages queued, being sent or waiting for a retry. */
    public int pending() {
        return outbox.pending();
    }

    @Override
    public void close() {
        outbox.close();
    }

    @Override
    public String toString() {
        return description;
    }
}
