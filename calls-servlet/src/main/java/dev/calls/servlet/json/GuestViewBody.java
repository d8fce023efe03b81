package dev.calls.servlet.json;

import dev.calls.guest.GuestView;
import java.time.Instant;

/** What the guest's page shows and polls: no room, no token, no account id. */
public record GuestViewBody(String status, String kind, String title, String hostName, String type, String name,
        boolean nameEditable, boolean waitingRoom, Instant startsAt, Instant endsAt, Instant opensAt,
        Instant expiresAt) {

    public static GuestViewBody of(GuestView v) {
        return new GuestViewBody(v.status(), v.kind().wire(), v.title(), v.hostName(), v.type().wire(), v.name(),
                v.nameEditable(), v.waitingRoom(), v.startsAt(), v.endsAt(), v.opensAt(), v.expiresAt());
    }
}
