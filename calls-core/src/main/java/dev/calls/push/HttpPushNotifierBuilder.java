package dev.calls.push;

import dev.calls.spi.Scheduler;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/** Settings of an {@link HttpPushNotifier}; everything but the endpoint and the secret has a default. */
public final class HttpPushNotifierBuilder {
    final URI endpoint;
    final String secret;
    private final Function<HttpPushNotifierBuilder, HttpPushNotifier> factory;
    int maxAttempts = 4;
    Duration initialBackoff = Duration.ofSeconds(1);
    Duration maxBackoff = Duration.ofSeconds(30);
    Duration timeout = Duration.ofSeconds(10);
    int threads = 2;
    int queueCapacity = 1000;
    Clock clock = Clock.systemUTC();
    Scheduler scheduler;

    HttpPushNotifierBuilder(URI endpoint, String secret, Function<HttpPushNotifierBuilder, HttpPushNotifier> factory) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        if (!("https".equals(endpoint.getScheme()) || "http".equals(endpoint.getScheme())) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("the push endpoint must be an absolute http(s) URL");
        }
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the push signing secret must be at least 16 characters");
        }
        this.secret = secret;
        this.factory = factory;
    }

    /** Attempts per message, the first included; 1 to 10 (default 4). */
    public HttpPushNotifierBuilder maxAttempts(int maxAttempts) {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be between 1 and 10");
        }
        this.maxAttempts = maxAttempts;
        return this;
    }

    /** Wait before the first retry, doubled for each further one (default 1 s) up to {@code max} (default 30 s). */
    public HttpPushNotifierBuilder backoff(Duration initial, Duration max) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off must be positive and max at least initial");
        }
        this.initialBackoff = initial;
        this.maxBackoff = max;
        return this;
    }

    /** Connect and response timeout of one attempt (default 10 s). */
    public HttpPushNotifierBuilder timeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        this.timeout = timeout;
        return this;
    }

    /** Sending threads (default 2) and queued messages beyond which new ones are dropped (default 1000). */
    public HttpPushNotifierBuilder threads(int threads, int queueCapacity) {
        if (threads < 1 || threads > 16 || queueCapacity < 1) {
            throw new IllegalArgumentException("threads must be 1 to 16 and queueCapacity positive");
        }
        this.threads = threads;
        this.queueCapacity = queueCapacity;
        return this;
    }

    /** Clock for signatures and back-off (default system UTC). */
    public HttpPushNotifierBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Runs the back-off timers (default: a daemon thread of this notifier, closed with it). */
    public HttpPushNotifierBuilder scheduler(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        return this;
    }

    public HttpPushNotifier build() {
        return factory.apply(this);
    }
}
