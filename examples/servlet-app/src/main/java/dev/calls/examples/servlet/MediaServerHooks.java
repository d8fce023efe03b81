package dev.calls.examples.servlet;

import dev.calls.Calls;
import dev.calls.InvalidSettingException;
import dev.calls.servlet.CallsFilter;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;
import dev.calls.webhook.SeenKeys;

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

    /** The filter's settings with {@code calls.public-base-url}; an impossible one fails naming its property. */
    static CallsFilterOptions options(Settings settings, CallsFilterOptions.Builder options) {
        try {
            return options.publicBaseUrl(settings.get(PUBLIC_BASE_URL)).build();
        } catch (InvalidSettingException e) {
            String property = "publicBaseUrl".equals(e.setting()) ? PUBLIC_BASE_URL : e.setting();
            throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
        }
    }

    /**
     * Gives the filter the receivers whose secrets are set; they remember deliveries in {@code seenKeys}, in the
     * database, so a retry that reaches another node of the app is still recognised.
     */
    static CallsFilter.Builder receivers(Settings settings, Calls calls, SeenKeys seenKeys,
            CallsFilter.Builder filter) {
        if (settings.get(JaasWebhookReceiver.SECRET_KEY) != null) {
            filter.jaasWebhooks(JaasWebhookReceiver.fromConfig(calls, settings::get, seenKeys));
        }
        if (settings.get(JITSI_SECRET) != null) {
            try {
                filter.jitsiEventSync(JitsiEventSyncReceiver.fromConfig(calls, settings::get, seenKeys));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(JITSI_SECRET + ": " + e.getMessage(), e);
            }
        }
        return filter;
    }

    /** Which receivers the settings turn on, for the start-up banner. */
    static String describe(Settings settings) {
        if (settings.get(JaasWebhookReceiver.SECRET_KEY) != null) {
            return "JaaS webhooks at /api/calls/webhooks/jaas";
        }
        return settings.get(JITSI_SECRET) != null ? "event_sync posts at /api/calls/webhooks/jitsi/events/…"
                : "no media-server webhooks configured";
    }
}
