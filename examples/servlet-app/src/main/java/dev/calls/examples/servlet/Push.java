package dev.calls.examples.servlet;

import dev.calls.push.HttpPushNotifier;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Rings users whose browser is closed: with {@code calls.push.url} and {@code calls.push.secret} set, every
 * invitation and cancellation is POSTed, signed ({@code X-Calls-Signature}), to that endpoint of yours,
 * which relays it to FCM, APNs or a push service. Without them offline users are simply not callable.
 */
final class Push {
    static final String URL = "calls.push.url";
    static final String SECRET = "calls.push.secret";

    private Push() {
    }

    /** The notifier the settings describe, or null when push is not configured. */
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
