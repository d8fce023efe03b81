package dev.calls.push.mobile;

import com.eatthepath.pushy.apns.ApnsClient;
import com.eatthepath.pushy.apns.DeliveryPriority;
import com.eatthepath.pushy.apns.PushNotificationResponse;
import com.eatthepath.pushy.apns.PushType;
import com.eatthepath.pushy.apns.util.SimpleApnsPushNotification;
import dev.calls.spi.Device;
import dev.calls.spi.PushFeedback;
import dev.calls.spi.PushMessage;
import dev.calls.spi.PushNotifier;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rings iPhones through APNs with token authentication. A ring goes to the user's {@code voip} devices as a VoIP
 * push (push type {@code voip}, topic {@code <topic>.voip}, priority 10), so PushKit wakes the app to report the
 * call to CallKit; a user with only {@code apns} devices gets a time-sensitive alert instead. A cancel goes as a
 * background push (priority 5) and a missed call as an alert, both on the app's topic and never as VoIP (iOS
 * insists every VoIP push shows an incoming call); they reach the user's {@code apns} devices, or the
 * {@code voip} devices' tokens when the user registered none. Every push carries {@code apns-collapse-id} = the
 * call id (a cancel replaces its ring) and expires with the ring. Tokens APNs reports {@code BadDeviceToken},
 * {@code Unregistered} or {@code ExpiredToken} are pruned; 429 and 5xx answers are retried with back-off while
 * the message is still worth sending. Build with {@link #builder()}; close on shutdown.
 */
public final class ApnsPushNotifier implements PushNotifier, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApnsPushNotifier.class);
    private static final Set<String> DEAD = Set.of("BadDeviceToken", "Unregistered", "ExpiredToken");
    private static final int MAX_ATTEMPTS = 3;

    private final ApnsClient client;
    private final String topic;
    private final Clock clock;
    private final Duration backoff;
    private final PushCounters counters = new PushCounters();
    private final Outbox outbox;
    private final String description;

    ApnsPushNotifier(ApnsClient client, String topic, Clock clock, Duration backoff, int threads, int capacity,
            String description) {
        this.client = client;
        this.topic = topic;
        this.clock = clock;
        this.backoff = backoff;
        this.outbox = new Outbox("apns", threads, capacity, counters);
        this.description = description;
    }

    /** Settings of an APNs notifier: a signing key, its key id and team id, and the app's bundle id are required. */
    public static ApnsPushNotifierBuilder builder() {
        return new ApnsPushNotifierBuilder();
    }

    @Override
    public void send(PushMessage message, List<Device> devices, PushFeedback feedback) {
        List<Device> voip = devices.stream().filter(d -> d.kind() == Device.Kind.VOIP).toList();
        List<Device> apns = devices.stream().filter(d -> d.kind() == Device.Kind.APNS).toList();
        if (message.kind() == PushMessage.Kind.RING) {
            voip.forEach(d -> queue(d, ApnsPayloads.voipRing(message, d, topic), feedback));
            if (voip.isEmpty()) {
                apns.forEach(d -> queue(d, ApnsPayloads.alertRing(message, d, topic), feedback));
            }
        } else {
            (apns.isEmpty() ? voip : apns).forEach(d -> queue(d, ApnsPayloads.stop(message, d, topic), feedback));
        }
    }

    private void queue(Device device, SimpleApnsPushNotification push, PushFeedback feedback) {
        outbox.submit(() -> deliver(device, push, feedback, 1));
    }

    private void deliver(Device device, SimpleApnsPushNotification push, PushFeedback feedback, int attempt) {
        String failure;
        try {
            PushNotificationResponse<SimpleApnsPushNotification> r =
                    client.sendNotification(push).get(30, TimeUnit.SECONDS);
            if (r.isAccepted()) {
                counters.sentOne();
                return;
            }
            String reason = r.getRejectionReason().orElse("unknown");
            if (DEAD.contains(reason)) {
                counters.prunedOne();
                feedback.deadToken(device);
                return;
            }
            if (r.getStatusCode() != 429 && r.getStatusCode() < 500) {
                counters.failedOne();
                LOG.warn("APNs refused a {} push to device {}: {}", push.getPushType(), device.id(), reason);
                return;
            }
            failure = r.getStatusCode() + " " + reason;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            failure = e.getClass().getSimpleName();
        }
        Duration wait = backoff.multipliedBy(1L << (attempt - 1));
        if (attempt >= MAX_ATTEMPTS || clock.instant().plus(wait).isAfter(push.getExpiration())) {
            counters.failedOne();
            LOG.warn("APNs push to device {} failed {} times (last: {}); dropped", device.id(), attempt, failure);
            return;
        }
        outbox.later(wait, () -> deliver(device, push, feedback, attempt + 1));
    }

    /** This notifier's counts. */
    public PushCounters counters() {
        return counters;
    }

    /** Pushes queued, being sent or waiting for a retry. */
    public int pending() {
        return outbox.pending();
    }

    @Override
    public void close() {
        outbox.close();
        client.close();
    }

    @Override
    public String toString() {
        return description;
    }

    /** The payloads and headers of each kind of push. */
    static final class ApnsPayloads {
        private ApnsPayloads() {
        }

        static SimpleApnsPushNotification voipRing(PushMessage m, Device d, String topic) {
            return new SimpleApnsPushNotification(d.token(), topic + ".voip", json(m, null), m.ringUntil(),
                    DeliveryPriority.IMMEDIATE, PushType.VOIP, m.collapseId());
        }

        static SimpleApnsPushNotification alertRing(PushMessage m, Device d, String topic) {
            String aps = "{\"alert\":{\"title\":\"Incoming call\",\"body\":" + quote(m.caller().name()) + "},"
                    + "\"sound\":\"default\",\"interruption-level\":\"time-sensitive\"}";
            return new SimpleApnsPushNotification(d.token(), topic, json(m, aps), m.ringUntil(),
                    DeliveryPriority.IMMEDIATE, PushType.ALERT, m.collapseId());
        }

        static SimpleApnsPushNotification stop(PushMessage m, Device d, String topic) {
            if (m.kind() == PushMessage.Kind.MISSED) {
                String aps = "{\"alert\":{\"title\":\"Missed call\",\"body\":" + quote(m.caller().name()) + "}}";
                return new SimpleApnsPushNotification(d.token(), topic, json(m, aps),
                        m.ringUntil().plus(Duration.ofDays(1)), DeliveryPriority.IMMEDIATE, PushType.ALERT,
                        m.collapseId());
            }
            return new SimpleApnsPushNotification(d.token(), topic, json(m, "{\"content-available\":1}"),
                    m.ringUntil().plus(Duration.ofHours(1)), DeliveryPriority.CONSERVE_POWER, PushType.BACKGROUND,
                    m.collapseId());
        }

        /** The vocabulary, with an {@code aps} dictionary first when given. */
        private static String json(PushMessage m, String aps) {
            String vocabulary = new String(m.toJson(), java.nio.charset.StandardCharsets.UTF_8);
            return aps == null ? vocabulary : "{\"aps\":" + aps + "," + vocabulary.substring(1);
        }

        private static String quote(String s) {
            try {
                return Json.MAPPER.writeValueAsString(s == null ? "" : s);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
