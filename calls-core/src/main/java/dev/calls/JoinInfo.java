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
 * @param display how a browser shows the room: {@value #EMBED} (the IFrame API in the host page) or
 *     {@value #WINDOW} (the meeting page in a window or tab of its own, the host page keeping the call's controls);
 *     by default {@link #defaultDisplay(String) window on meet.jit.si}, which ends embedded meetings after five
 *     minutes, and embedded elsewhere
 */
public record JoinInfo(String provider, String domain, String room, String url, String jwt, String appId,
        Instant expiresAt, String scriptUrl, String display) {
    /** The IFrame API in the host page. */
    public static final String EMBED = "embed";
    /** The meeting page in a window or tab of its own. */
    public static final String WINDOW = "window";
    private static final String MEET_JIT_SI = "meet.jit.si";

    public JoinInfo {
        if (display == null) {
            display = defaultDisplay(domain);
        } else if (!EMBED.equals(display) && !WINDOW.equals(display)) {
            throw new IllegalArgumentException("display must be embed or window, was " + display);
        }
    }

    /** Join information shown the {@link #defaultDisplay(String) default way} for its domain. */
    public JoinInfo(String provider, String domain, String room, String url, String jwt, String appId,
            Instant expiresAt, String scriptUrl) {
        this(provider, domain, room, url, jwt, appId, expiresAt, scriptUrl, null);
    }

    /**
     * {@value #WINDOW} on meet.jit.si, which limits meetings embedded through the IFrame API to five minutes and asks
     * the first participant to sign in; {@value #EMBED} on every other deployment (self-hosted, JaaS).
     */
    public static String defaultDisplay(String domain) {
        return domain != null && MEET_JIT_SI.equalsIgnoreCase(domain) ? WINDOW : EMBED;
    }

    /** The same join information, shown as {@code display} says ({@value #EMBED} or {@value #WINDOW}). */
    public JoinInfo withDisplay(String display) {
        return new JoinInfo(provider, domain, room, url, jwt, appId, expiresAt, scriptUrl, display);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "JoinInfo[provider=" + provider + ", domain=" + domain + ", room=" + room
                + ", jwt=" + (jwt == null ? "none" : "***") + ", expiresAt=" + expiresAt + ", display=" + display + "]";
    }
}
