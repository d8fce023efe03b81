package dev.calls.spi;

import dev.calls.JoinInfo;

/**
 * Turns a room and a user into join information for one media deployment: public Jitsi, self-hosted
 * Jitsi with token auth, or 8x8 JaaS (see {@code dev.calls.jitsi}). Thread-safe; holds its secrets and
 * never reveals them in {@code toString}, logs or exception messages.
 */
public interface MeetingProvider {

    /** A stable id stored with each call: {@code public}, {@code self-hosted}, {@code jaas}, or the host's own. */
    String id();

    /** Fresh join information, with a new token scoped to {@code request.room()} where the deployment uses tokens. */
    JoinInfo join(JoinRequest request);

    /** The meeting page for the room without any token, for invitations and push messages. */
    String roomUrl(String room);

    /** Whether guests can be held in a lobby until a moderator arrives. */
    default boolean supportsLobby() {
        return false;
    }
}
