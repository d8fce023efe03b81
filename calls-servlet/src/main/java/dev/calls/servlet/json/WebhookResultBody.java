package dev.calls.servlet.json;

import dev.calls.webhook.WebhookResult;
import java.util.Locale;

/**
 * What a media-server delivery did, for the sender's delivery log: {@code applied}, {@code duplicate} or
 * {@code ignored}, and why (such as {@code participant_in_room} or {@code unknown_event_type}).
 */
public record WebhookResultBody(String result, String reason) {

    public static WebhookResultBody of(WebhookResult r) {
        return new WebhookResultBody(r.outcome().name().toLowerCase(Locale.ROOT), r.detail());
    }
}
