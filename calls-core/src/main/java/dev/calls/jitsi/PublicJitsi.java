package dev.calls.jitsi;

import dev.calls.JoinInfo;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.MeetingProvider;

/**
 * A Jitsi deployment open to anyone with the room name, such as meet.jit.si: no token. The room's
 * unguessable name is its only protection. Thread-safe.
 */
public final class PublicJitsi implements MeetingProvider {
    public static final String ID = "public";
    public static final String MEET_JIT_SI = "meet.jit.si";
    private final String domain;

    /** A provider for the open deployment at {@code domain}, such as {@code meet.example.com}. */
    public PublicJitsi(String domain) {
        this.domain = Hosts.require(domain, "domain");
    }

    /** The community deployment at meet.jit.si. */
    public static PublicJitsi meetJitSi() {
        return new PublicJitsi(MEET_JIT_SI);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public JoinInfo join(JoinRequest request) {
        return new JoinInfo(ID, domain, request.room(), roomUrl(request.room()), null, null, null,
                "https://" + domain + "/external_api.js");
    }

    @Override
    public String roomUrl(String room) {
        return "https://" + domain + "/" + Rooms.require(room);
    }

    @Override
    public String toString() {
        return "PublicJitsi[domain=" + domain + "]";
    }
}
