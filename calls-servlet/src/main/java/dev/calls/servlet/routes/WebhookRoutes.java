package dev.calls.servlet.routes;

import dev.calls.CallsException;
import dev.calls.ErrorCode;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.ProblemException;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import dev.calls.servlet.json.WebhookResultBody;
import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;
import dev.calls.webhook.WebhookResult;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the media server reports: {@code POST /webhooks/jaas} (8x8 JaaS, signed with
 * {@code X-Jaas-Signature}) and {@code POST /webhooks/jitsi/events/room/created|destroyed},
 * {@code …/events/occupant/joined|left} (a self-hosted Jitsi's {@code event_sync} module with
 * {@code api_prefix} set to {@code <application>/api/calls/webhooks/jitsi}, authenticated by a shared header).
 *
 * <p>These come from a server, not a browser: no signed-in caller and no CSRF rule; the receiver checks
 * the signature or header over the raw body. Every authentic delivery is answered {@code 200} with
 * {@code {"result","reason"}} (applied, duplicate or ignored), so the sender stops retrying; a bad,
 * missing or stale signature is {@code 401}. A receiver that is not configured answers {@code 404
 * not_found}: the endpoint does not exist on this server, and nothing in the answer helps a prober.
 */
public final class WebhookRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookRoutes.class);
    /** The event_sync module's four paths below its {@code api_prefix}. */
    static final String[] EVENT_SYNC_PATHS = {"/events/room/created", "/events/room/destroyed",
            "/events/occupant/joined", "/events/occupant/left"};

    private final JaasWebhookReceiver jaas;
    private final JitsiEventSyncReceiver eventSync;

    /** Either receiver may be null: its paths then answer {@code 404 not_found}. */
    public WebhookRoutes(JaasWebhookReceiver jaas, JitsiEventSyncReceiver eventSync) {
        this.jaas = jaas;
        this.eventSync = eventSync;
    }

    public void register(Router router) {
        router.serverPost("/webhooks/jaas", this::jaas);
        for (String path : EVENT_SYNC_PATHS) {
            router.serverPost("/webhooks/jitsi" + path, this::eventSync);
        }
    }

    private Reply jaas(ApiRequest r) throws IOException {
        JaasWebhookReceiver receiver = jaas;
        if (receiver == null) {
            throw new ProblemException(ErrorCode.NOT_FOUND, "JaaS webhooks are not configured on this server");
        }
        byte[] body = r.rawBody();
        return answer("JaaS webhook", () -> receiver.receive(body, r.header(JaasWebhookReceiver.SIGNATURE_HEADER)));
    }

    private Reply eventSync(ApiRequest r) throws IOException {
        JitsiEventSyncReceiver receiver = eventSync;
        if (receiver == null) {
            throw new ProblemException(ErrorCode.NOT_FOUND, "Jitsi event_sync is not configured on this server");
        }
        byte[] body = r.rawBody();
        return answer("event_sync post", () -> receiver.receive(body, r.header(receiver.headerName())));
    }

    private static Reply answer(String what, java.util.function.Supplier<WebhookResult> delivery) {
        try {
            WebhookResult result = delivery.get();
            LOG.debug("{} {}: {} ({})", what, result.eventType(), result.outcome(), result.detail());
            return Reply.json(WebhookResultBody.of(result));
        } catch (CallsException e) {
            // Refusals say only what was wrong (never a header value); debug keeps a prober from filling the log.
            LOG.debug("{} refused: {} {}", what, e.code().code(), e.getMessage());
            throw e;
        }
    }
}
