/**
 * What the media server reports, applied to calls: 8x8 JaaS webhooks ({@link dev.calls.webhook.JaasWebhookReceiver})
 * and the self-hosted {@code event_sync} Prosody module ({@link dev.calls.webhook.JitsiEventSyncReceiver}).
 * Joins and leaves set each participant's {@code inRoom} (and so the call's idle clock), a destroyed room ends
 * its call with {@code room_destroyed} at the time the server saw it, uploads reach
 * {@link dev.calls.spi.CallListener#onMediaServerReport}.
 *
 * <p>Each receiver takes the raw body and one header value and returns a {@link dev.calls.webhook.WebhookResult}
 * (answer 2xx) or throws a {@link dev.calls.CallsException} whose code maps onto the HTTP status
 * ({@code unauthenticated} 401 for a missing or bad signature or a stale timestamp).
 *
 * <p>Configuration keys: {@code calls.webhooks.jaas-secret} (JaaS signing secret), {@code calls.webhooks.tolerance}
 * (signature age, default {@code 5m}), {@code calls.jitsi.app-id} (only that AppID's events),
 * {@code calls.webhooks.jitsi-header} (default {@code Authorization}) and {@code calls.webhooks.jitsi-secret}
 * (the value the event_sync module sends in it).
 *
 * <p>Several nodes: repeated deliveries are recognised through {@link dev.calls.webhook.SeenKeys}, in memory by
 * default; behind a load balancer give every node the same shared implementation (a table with a unique key,
 * or a shared cache's set-if-absent with expiry), since a retry may reach another node. The per-user
 * ordering guard stays per node; it only drops events older than one already applied there, and the call
 * store's optimistic versions keep every write consistent.
 */
package dev.calls.webhook;
