package dev.calls.push.mobile;

import dev.calls.spi.PushNotifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The push adapters {@link PushSettings} turn on, built once: hand {@link #notifier()} to
 * {@code CallsBuilder.pushNotifier}, print {@link #describe()} at start-up, close on shutdown.
 */
public final class MobilePush implements AutoCloseable {
    private final ApnsPushNotifier apns;
    private final FcmPushNotifier fcm;

    private MobilePush(ApnsPushNotifier apns, FcmPushNotifier fcm) {
        this.apns = apns;
        this.fcm = fcm;
    }

    /**
     * Builds the adapters whose settings are present.
     *
     * @throws IllegalArgumentException when a present setting is malformed (named, never echoed)
     */
    public static MobilePush from(PushSettings s) {
        ApnsPushNotifier apns = null;
        if (s.apnsOn()) {
            ApnsPushNotifierBuilder b = ApnsPushNotifier.builder()
                    .signingKey(PushSettings.contents(s.apnsKey(), "calls.push.apns.key"), s.apnsKeyId(), s.apnsTeamId())
                    .topic(s.apnsTopic()).production(s.apnsProduction());
            if (s.apnsHost() != null) {
                b.host(s.apnsHost(), s.apnsPort() != null ? s.apnsPort() : 443);
            }
            if (s.apnsTrustedCertificate() != null) {
                b.trustedCertificate(PushSettings.contents(s.apnsTrustedCertificate(),
                        "calls.push.apns.trusted-certificate"));
            }
            apns = b.build();
        }
        FcmPushNotifier fcm = null;
        if (s.fcmOn()) {
            FcmPushNotifierBuilder b = FcmPushNotifier.builder()
                    .serviceAccount(PushSettings.contents(s.fcmServiceAccount(), "calls.push.fcm.service-account"))
                    .projectId(s.fcmProjectId());
            if (s.fcmEndpoint() != null) {
                b.endpoint(URI.create(s.fcmEndpoint()));
            }
            fcm = b.build();
        }
        return new MobilePush(apns, fcm);
    }

    /** The adapters that are on. */
    public List<PushNotifier> notifiers() {
        List<PushNotifier> on = new ArrayList<>();
        if (apns != null) {
            on.add(apns);
        }
        if (fcm != null) {
            on.add(fcm);
        }
        return on;
    }

    /** All adapters that are on as one notifier, or null when none is. */
    public PushNotifier notifier() {
        List<PushNotifier> on = notifiers();
        return on.isEmpty() ? null : PushNotifier.all(on);
    }

    /** The APNs adapter, or null. */
    public ApnsPushNotifier apns() {
        return apns;
    }

    /** The FCM adapter, or null. */
    public FcmPushNotifier fcm() {
        return fcm;
    }

    /** One line naming the active adapters, such as {@code push adapters: APNs(…), FCM(…)}. */
    public String describe() {
        List<PushNotifier> on = notifiers();
        return "push adapters: " + (on.isEmpty() ? "none"
                : on.stream().map(Object::toString).collect(Collectors.joining(", ")));
    }

    @Override
    public void close() {
        if (apns != null) {
            apns.close();
        }
        if (fcm != null) {
            fcm.close();
        }
    }
}
