package dev.calls.push.mobile;

import com.google.auth.oauth2.GoogleCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of an {@link FcmPushNotifier}. The service-account JSON (its {@code token_uri} is where bearers come
 * from) and the Firebase project id are required; the endpoint defaults to {@value #DEFAULT_ENDPOINT}. The
 * service account's key never reaches logs or {@code toString}.
 */
public final class FcmPushNotifierBuilder {
    /** Where FCM HTTP v1 lives. */
    public static final String DEFAULT_ENDPOINT = "https://fcm.googleapis.com";
    private static final Pattern PROJECT = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private String serviceAccount;
    private String projectId;
    private URI endpoint = URI.create(DEFAULT_ENDPOINT);
    private Clock clock = Clock.systemUTC();
    private Duration backoff = Duration.ofSeconds(1);
    private int maxAttempts = 4;
    private int threads = 4;
    private int capacity = 10_000;

    FcmPushNotifierBuilder() {
    }

    /** The service account's JSON key file contents. */
    public FcmPushNotifierBuilder serviceAccount(String json) {
        this.serviceAccount = Objects.requireNonNull(json, "json");
        return this;
    }

    /** The Firebase project id. */
    public FcmPushNotifierBuilder projectId(String projectId) {
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        return this;
    }

    /** The FCM base URL (default {@value #DEFAULT_ENDPOINT}). */
    public FcmPushNotifierBuilder endpoint(URI endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        return this;
    }

    /** First wait before a retry without {@code Retry-After}, doubled each time (default 1 s), and attempts (default 4). */
    public FcmPushNotifierBuilder retries(Duration backoff, int maxAttempts) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 10");
        }
        this.maxAttempts = maxAttempts;
        return this;
    }

    /** Sending threads (default 4) and queued messages beyond which new ones are dropped (default 10000). */
    public FcmPushNotifierBuilder queue(int threads, int capacity) {
        if (threads < 1 || threads > 64 || capacity < 1) {
            throw new IllegalArgumentException("threads must be 1 to 64 and capacity positive");
        }
        this.threads = threads;
        this.capacity = capacity;
        return this;
    }

    /** Clock for time-to-live and retry decisions (default system UTC). */
    public FcmPushNotifierBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Reads the service account and returns the notifier (bearers are fetched on first use).
     *
     * @throws IllegalArgumentException when a setting is missing or malformed (the message names the setting,
     *     never its value)
     */
    public FcmPushNotifier build() {
        if (serviceAccount == null || projectId == null || !PROJECT.matcher(projectId).matches()) {
            throw new IllegalArgumentException("FCM needs a service account and a project id of a-z, 0-9 and -");
        }
        if (!("https".equals(endpoint.getScheme()) || "http".equals(endpoint.getScheme())) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("the FCM endpoint (calls.push.fcm.endpoint) must be an http(s) URL");
        }
        GoogleCredentials credentials;
        try {
            credentials = GoogleCredentials.fromStream(
                    new ByteArrayInputStream(serviceAccount.getBytes(StandardCharsets.UTF_8))).createScoped(
                    List.of(FcmPushNotifier.SCOPE));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "the FCM service account (calls.push.fcm.service-account) is not a service-account JSON key");
        }
        String base = endpoint.toString().replaceAll("/+$", "");
        URI send = URI.create(base + "/v1/projects/" + projectId + "/messages:send");
        return new FcmPushNotifier(credentials, send, clock, backoff, maxAttempts, threads, capacity,
                "FCM(" + endpoint.getScheme() + "://" + endpoint.getHost()
                        + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort()) + ", project " + projectId + ")");
    }
}
