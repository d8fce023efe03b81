package dev.calls.servlet.json;

import dev.calls.JoinInfo;
import java.time.Instant;

/**
 * Join information for one user: what the browser hands to Jitsi's IFrame API, or, with {@code display} "window",
 * the meeting page it opens in a window of its own.
 */
public record JoinBody(String provider, String domain, String room, String url, String jwt, String appId,
        Instant expiresAt, String scriptUrl, String display) {

    public static JoinBody of(JoinInfo j) {
        return new JoinBody(j.provider(), j.domain(), j.room(), j.url(), j.jwt(), j.appId(), j.expiresAt(),
                j.scriptUrl(), j.display());
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "JoinBody[provider=" + provider + ", domain=" + domain + ", room=" + room + "]";
    }
}
