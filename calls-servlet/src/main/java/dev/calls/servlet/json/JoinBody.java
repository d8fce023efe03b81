package dev.calls.servlet.json;

import dev.calls.JoinInfo;
import java.time.Instant;

/** Join information for one user: what the browser hands to Jitsi's IFrame API. */
public record JoinBody(String provider, String domain, String room, String url, String jwt, String appId,
        Instant expiresAt, String scriptUrl) {

    public static JoinBody of(JoinInfo j) {
        return new JoinBody(j.provider(), j.domain(), j.room(), j.url(), j.jwt(), j.appId(), j.expiresAt(),
                j.scriptUrl());
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "JoinBody[provider=" + provider + ", domain=" + domain + ", room=" + room + "]";
    }
}
