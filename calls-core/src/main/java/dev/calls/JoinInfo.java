package dev.calls;

import java.time.Instant;

/**
 * Everything a browser or phone needs to enter a media room. Minted fresh for each user on each join.
 *
 * @param provider the provider id ({@code public}, {@code self-hosted}, {@code jaas})
 * @param domain the deployment host, such as {@code meet.jit.si} or {@code 8x8.vc}
 * @param room the name to give the IFrame API's {@code roomName} (for JaaS {@code <AppID>/<room>})
 * @param url the meeting page, with {@code ?jwt=} when there is a token
 * @param jwt the signed token, null for deployments without token auth
 * @param appId the token issuer or JaaS AppID, may be null
 * @param expiresAt when the token expires, null without a token
 * @param scriptUrl the deployment's {@code external_api.js}
 */
public record JoinInfo(String provider, String domain, String room, String url, String jwt, String appId,
        Instant expiresAt, String scriptUrl) {

    /** Never prints the token. */
    @Override
    public String toString() {
        return "JoinInfo[provider=" + provider + ", domain=" + domain + ", room=" + room
                + ", jwt=" + (jwt == null ? "none" : "***") + ", expiresAt=" + expiresAt + "]";
    }
}
