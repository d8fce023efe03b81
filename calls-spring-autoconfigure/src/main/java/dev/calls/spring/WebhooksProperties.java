package dev.calls.spring;

import dev.calls.webhook.JaasWebhookReceiver;
import java.time.Duration;

/**
 * {@code calls.webhooks.*}: how the media server's reports are authenticated. With a secret set, the matching
 * receiver ({@code JaasWebhookReceiver}, {@code JitsiEventSyncReceiver}) is available as a bean.
 */
public class WebhooksProperties {

    /** Signing secret of the JaaS webhook endpoint (X-Jaas-Signature); unset: JaaS webhooks are not received. */
    private String jaasSecret;

    /** How old a webhook signature may be before it is refused as a replay; at least 1s. */
    private Duration tolerance = JaasWebhookReceiver.DEFAULT_TOLERANCE;

    /** Header in which the self-hosted event_sync module sends its secret. */
    private String jitsiHeader = "Authorization";

    /** Value the self-hosted event_sync module sends in jitsi-header; unset: its events are not received. */
    private String jitsiSecret;

    public String getJaasSecret() {
        return jaasSecret;
    }

    public void setJaasSecret(String jaasSecret) {
        this.jaasSecret = jaasSecret;
    }

    public Duration getTolerance() {
        return tolerance;
    }

    public void setTolerance(Duration tolerance) {
        this.tolerance = tolerance;
    }

    public String getJitsiHeader() {
        return jitsiHeader;
    }

    public void setJitsiHeader(String jitsiHeader) {
        this.jitsiHeader = jitsiHeader;
    }

    public String getJitsiSecret() {
        return jitsiSecret;
    }

    public void setJitsiSecret(String jitsiSecret) {
        this.jitsiSecret = jitsiSecret;
    }
}
