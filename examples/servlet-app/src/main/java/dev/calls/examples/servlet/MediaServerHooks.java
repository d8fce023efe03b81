package dev.calls.examples.servlet;

import dev.calls.Calls;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;

/**
 * The filter's media-server receivers and public link base from the settings: {@code calls.webhooks.jaas-secret}
 * (and {@code calls.webhooks.tolerance}) answers {@code /api/calls/webhooks/jaas}; {@code calls.webhooks.jitsi-secret}
 * (and {@code calls.webhooks.jitsi-header}) answers a self-hosted Jitsi's event_sync posts below
 * {@code /api/calls/webhooks/jitsi}; {@code calls.public-base-url} is where invitations link to.
 */
final class MediaServerHooks {
    static final String JITSI_SECRET = JitsiEventSyncReceiver.SECRET_KEY;
    static final String PUBLIC_BASE_URL = "calls.public-base-url";

    private MediaServerHooks() {
    }

    static CallsFilterOptions apply(Settings settings, Calls calls, CallsFilterOptions options) {
        CallsFilterOptions o = options;
        if (settings.get(JaasWebhookReceiver.SECRET_KEY) != null) {
            o = o.jaasWebhooks(JaasWebhookReceiver.fromConfig(calls, settings::get));
        }
        if (settings.get(JITSI_SECRET) != null) {
            try {
                o = o.jitsiEventSync(JitsiEventSyncReceiver.fromConfig(calls, settings::get));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(JITSI_SECRET + ": " + e.getMessage(), e);
            }
        }
        if (settings.get(PUBLIC_BASE_URL) != null) {
            try {
                o = o.publicBaseUrl(settings.get(PUBLIC_BASE_URL));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PUBLIC_BASE_URL + ": " + e.getMessage(), e);
            }
        }
        return o;
    }
}
