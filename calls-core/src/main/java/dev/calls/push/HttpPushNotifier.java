package dev.calls.push;

import dev.calls.UserRef;
import dev.calls.spi.Device;
import dev.calls.spi.PushFeedback;
import dev.calls.spi.PushMessage;
import dev.calls.spi.PushNotifier;
import dev.calls.spi.Scheduler;
import dev.calls.webhook.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ready {@link PushNotifier}: POSTs each {@link PushMessage} as JSON (the push vocabulary, plus whom it is for
 * and their registered devices; see {@link PushMessages}) to an endpoint of the host, which relays it to FCM, APNs
 * or its own push service. Each request is signed
 * like JaaS webhooks: header {@value #SIGNATURE_HEADER}{@code : t=<unix seconds>,v1=<base64>} with
 * {@code v1 = base64(HMAC-SHA256(secret, t + "." + body))}; verify it with {@link WebhookSignature}.
 *
 * <p>Sending never blocks the engine: messages go onto bounded queues served by a few threads of this
 * notifier; the messages for one recipient and call keep their order (the cancellation never overtakes the
 * invitation). A 5xx, 408 or 429 answer or an I/O error is retried with exponential back-off, a bounded number
 * of times; a message overtaken by a newer one to the same recipient about the same call (the invitation
 * once the cancellation is out) is not retried. Every attempt
 * is signed afresh. The secret never reaches logs or {@code toString}. Close it on shutdown.
 */
public final class HttpPushNotifier implements PushNotifier, AutoCloseable {
    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "X-Calls-Signature";
    private static final Logger LOG = LoggerFactory.getLogger(HttpPushNotifier.class);

    private final URI endpoint;
    private final WebhookSignature signature;
    private final Clock clock;
    private final Scheduler scheduler;
    private final boolean ownScheduler;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration timeout;
    /** One sending thread per stripe; a recipient's messages for a call always use the same one, in order. */
    private final List<ThreadPoolExecutor> stripes = new ArrayList<>();
    private final ExecutorService clientThreads;
    private final HttpClient client;
    /** The newest message per recipient and call; an older one still waiting to be (re)sent is obsolete. */
    private final ConcurrentHashMap<String, Delivery> latest = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    private HttpPushNotifier(HttpPushNotifierBuilder b) {
        this.endpoint = b.endpoint;
        this.signature = new WebhookSignature(b.secret, Duration.ofMinutes(5));
        this.clock = b.clock;
        this.ownScheduler = b.scheduler == null;
        this.scheduler = b.scheduler != null ? b.scheduler : Scheduler.system(b.clock);
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.timeout = b.timeout;
        ThreadFactory senders = daemon("calls-push-");
        for (int i = 0; i < b.threads; i++) {
            stripes.add(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(Math.max(1, b.queueCapacity / b.threads)), senders));
        }
        this.clientThreads = Executors.newFixedThreadPool(2, daemon("calls-push-io-"));
        this.client = HttpClient.newBuilder().executor(clientThreads).connectTimeout(b.timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A notifier posting to {@code endpoint} (http or https), signing with {@code secret} (16+ characters). */
    public static HttpPushNotifierBuilder builder(URI endpoint, String secret) {
        return new HttpPushNotifierBuilder(endpoint, secret, HttpPushNotifier::new);
    }

    @Override
    public void send(PushMessage message, List<Device> devices, PushFeedback feedback) {
        byte[] body = PushMessages.body(message, devices, UUID.randomUUID(), clock.instant());
        supersede(new Delivery(message.kind().wire(), key(message.recipient(), message.callId()), message.callId(),
                body));
    }

    /** Sends {@code d}; an older message to the same recipient about the same call is no longer retried. */
    private void supersede(Delivery d) {
        Delivery older = latest.put(d.key, d);
        if (older != null) {
            older.superseded = true;
        }
        submit(d);
    }

    private void submit(Delivery d) {
        if (closed) {
            return;
        }
        inFlight.incrementAndGet();
        try {
            stripes.get(Math.floorMod(d.key.hashCode(), stripes.size())).execute(() -> {
                try {
                    send(d);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.decrementAndGet();
            LOG.warn("push queue full or closed; {} for call {} dropped", d.kind, d.callId);
        }
    }

    private void send(Delivery d) {
        if (closed || d.superseded) {
            return;
        }
        int attempt = d.attempts.incrementAndGet();
        String failure;
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE_HEADER, signature.header(d.body, clock.instant()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(d.body))
                    .build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                finished(d);
                return;
            }
            if (!(status >= 500 || status == 408 || status == 429)) {
                LOG.warn("push endpoint {} refused {} for call {} with status {}; not retried", safeEndpoint(),
                        d.kind, d.callId, status);
                finished(d);
                return;
            }
            failure = "status " + status;
        } catch (IOException e) {
            failure = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (attempt >= maxAttempts) {
            LOG.warn("push {} for call {} failed {} times (last: {}); dropped", d.kind, d.callId, attempt, failure);
            finished(d);
            return;
        }
        try {
            scheduler.schedule(clock.instant().plus(backoff(attempt)), () -> submit(d));
        } catch (RejectedExecutionException e) {
            LOG.debug("push notifier closing; {} for call {} not retried", d.kind, d.callId);
        }
    }

    /** Waits before attempt {@code attempt + 1}: initial, then doubling, never more than the maximum. */
    Duration backoff(int attempt) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private void finished(Delivery d) {
        latest.remove(d.key, d);
    }

    private static String key(UserRef user, UUID callId) {
        return callId + "|" + user.tenant() + "|" + user.userId();
    }

    /** The endpoint without query or user info, which may hold credentials. */
    private String safeEndpoint() {
        return endpoint.getScheme() + "://" + endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort())
                + (endpoint.getRawPath() == null ? "" : endpoint.getRawPath());
    }

    /** Messages still queued or being sent (retries waiting for their time are not counted). */
    public int inFlight() {
        return inFlight.get();
    }

    /** Stops sending; queued messages and pending retries are dropped after a short wait for those in flight. */
    @Override
    public void close() {
        closed = true;
        stripes.forEach(ThreadPoolExecutor::shutdown);
        try {
            for (ThreadPoolExecutor stripe : stripes) {
                stripe.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stripes.forEach(ThreadPoolExecutor::shutdownNow);
        clientThreads.shutdownNow();
        if (ownScheduler) {
            scheduler.close();
        }
    }

    @Override
    public String toString() {
        return "HttpPushNotifier[" + safeEndpoint() + ", maxAttempts=" + maxAttempts + "]";
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
