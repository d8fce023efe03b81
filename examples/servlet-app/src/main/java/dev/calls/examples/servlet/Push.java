package dev.calls.examples.servlet;

import dev.calls.push.HttpPushNotifier;
import dev.calls.push.mobile.MobilePush;
import dev.calls.push.mobile.PushSettings;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Rings users whose browser is closed. APNs and FCM are reached directly when their {@code calls.push.apns.*} /
 * {@code calls.push.fcm.*} key settings are present (see {@link PushSettings}), for the devices users register
 * at {@code POST /api/calls/devices}. With {@code calls.push.url} and {@code calls.push.secret} set, every
 * message is also POSTed, signed ({@code X-Calls-Signature}), to that endpoint of yours, which relays it to its
 * own push service. Without any of them offline users are simply not callable.
 */
final class Push {
    static final String URL = "calls.push.url";
    static final String SECRET = "calls.push.secret";

    private Push() {
    }

    /** The APNs and FCM adapters the {@code calls.push.apns.*} and {@code calls.push.fcm.*} settings turn on. */
    static MobilePush mobile(Settings settings) {
        return MobilePush.from(PushSettings.from(settings::get));
    }

    /** The HTTP hook the settings describe, or null when it is not configured. */
    static HttpPushNotifier fromSettings(Settings settings) {
        String url = settings.get(URL);
        String secret = settings.get(SECRET);
        if (url == null && secret == null) {
            return null;
        }
        if (url == null) {
            throw new IllegalArgumentException(URL + " is required with " + SECRET);
        }
        if (secret == null) {
            throw new IllegalArgumentException(SECRET + " is required with " + URL + ": every message is signed");
        }
        if (secret.length() < 16) {
            throw new IllegalArgumentException(SECRET + " must be at least 16 characters");
        }
        URI endpoint;
        try {
            endpoint = new URI(url);
        } catch (URISyntaxException e) {
            endpoint = null;
        }
        if (endpoint == null || endpoint.getHost() == null
                || !("https".equals(endpoint.getScheme()) || "http".equals(endpoint.getScheme()))) {
            throw new IllegalArgumentException(URL + " must be an absolute http(s) URL, was '" + url + "'");
        }
        return HttpPushNotifier.builder(endpoint, secret).build();
    }
}
