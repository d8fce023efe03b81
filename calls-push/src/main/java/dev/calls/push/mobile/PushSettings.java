package dev.calls.push.mobile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The {@code calls.push.*} settings. An adapter is on when its key settings are present: FCM with
 * {@code service-account} and {@code project-id}, APNs with {@code key}, {@code key-id}, {@code team-id} and
 * {@code topic}. The service account, the {@code .p8} key and the trusted certificate are each given as a file
 * path or as the contents themselves. {@code toString} shows no secret.
 *
 * @param fcmServiceAccount {@code calls.push.fcm.service-account}: service-account JSON (path or contents)
 * @param fcmProjectId {@code calls.push.fcm.project-id}
 * @param fcmEndpoint {@code calls.push.fcm.endpoint} (default {@value FcmPushNotifierBuilder#DEFAULT_ENDPOINT})
 * @param apnsKey {@code calls.push.apns.key}: the {@code .p8} signing key (path or contents)
 * @param apnsKeyId {@code calls.push.apns.key-id}
 * @param apnsTeamId {@code calls.push.apns.team-id}
 * @param apnsTopic {@code calls.push.apns.topic}: the app's bundle id
 * @param apnsProduction {@code calls.push.apns.production} (default true; false for the sandbox)
 * @param apnsHost {@code calls.push.apns.host}: another host than Apple's, may be null
 * @param apnsPort {@code calls.push.apns.port}: its port, may be null for 443
 * @param apnsTrustedCertificate {@code calls.push.apns.trusted-certificate}: PEM (path or contents) to trust
 *     instead of the system's, may be null
 */
public record PushSettings(String fcmServiceAccount, String fcmProjectId, String fcmEndpoint, String apnsKey,
        String apnsKeyId, String apnsTeamId, String apnsTopic, boolean apnsProduction, String apnsHost,
        Integer apnsPort, String apnsTrustedCertificate) {

    /** Every key, as written in properties. */
    public static final java.util.List<String> KEYS = java.util.List.of("calls.push.fcm.service-account",
            "calls.push.fcm.project-id", "calls.push.fcm.endpoint", "calls.push.apns.key", "calls.push.apns.key-id",
            "calls.push.apns.team-id", "calls.push.apns.topic", "calls.push.apns.production", "calls.push.apns.host",
            "calls.push.apns.port", "calls.push.apns.trusted-certificate");

    /** Reads the settings by key ({@code calls.push.fcm.project-id} …); {@code lookup} returns null when unset. */
    public static PushSettings from(Function<String, String> lookup) {
        String port = blank(lookup.apply("calls.push.apns.port"));
        String production = blank(lookup.apply("calls.push.apns.production"));
        Integer p;
        try {
            p = port == null ? null : Integer.valueOf(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("calls.push.apns.port must be a number");
        }
        if (production != null && !production.equalsIgnoreCase("true") && !production.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException("calls.push.apns.production must be true or false");
        }
        return new PushSettings(blank(lookup.apply("calls.push.fcm.service-account")),
                blank(lookup.apply("calls.push.fcm.project-id")), blank(lookup.apply("calls.push.fcm.endpoint")),
                blank(lookup.apply("calls.push.apns.key")), blank(lookup.apply("calls.push.apns.key-id")),
                blank(lookup.apply("calls.push.apns.team-id")), blank(lookup.apply("calls.push.apns.topic")),
                production == null || Boolean.parseBoolean(production), blank(lookup.apply("calls.push.apns.host")), p,
                blank(lookup.apply("calls.push.apns.trusted-certificate")));
    }

    /** Whether the FCM adapter is on. */
    public boolean fcmOn() {
        return fcmServiceAccount != null && fcmProjectId != null;
    }

    /** Whether the APNs adapter is on. */
    public boolean apnsOn() {
        return apnsKey != null && apnsKeyId != null && apnsTeamId != null && apnsTopic != null;
    }

    /** The contents of a setting given as contents (PEM or JSON) or as a file path. */
    static String contents(String value, String key) {
        String v = value.strip();
        if (v.startsWith("-----BEGIN") || v.startsWith("{")) {
            return v;
        }
        try {
            return Files.readString(Path.of(v));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(key + " is neither the contents nor a readable file");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "PushSettings[fcm=" + (fcmOn() ? "project " + fcmProjectId : "off") + ", apns="
                + (apnsOn() ? "topic " + apnsTopic + ", key id " + apnsKeyId : "off") + "]";
    }
}
