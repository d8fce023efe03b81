package dev.calls.jitsi;

import dev.calls.JoinInfo;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.MeetingProvider;
import java.util.Objects;

/** A Jitsi deployment open to anyone with the room name, such as meet.jit.si: no token. */
public final class PublicJitsi implements MeetingProvider {
    public static final String ID = "public";
    private final String domain;

    public PublicJitsi(String domain) {
        this.domain = Objects.requireNonNull(domain, "domain");
    }

    public static PublicJitsi meetJitSi() {
        return new PublicJitsi("meet.jit.si");
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
        return "https://" + domain + "/" + room;
    }
}
