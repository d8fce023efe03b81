package dev.calls.guest;

import dev.calls.MediaType;
import java.time.Instant;

/**
 * What a guest's page shows: never the room, never a token, never anyone's account id.
 *
 * @param status {@code not_open} (before the join window), {@code invited}, {@code waiting_for_host},
 *     {@code waiting}, {@code admitted} or {@code denied}
 * @param kind meeting or call
 * @param title the meeting's title, or the call's ("Call with" the host)
 * @param hostName the organizer's or caller's display name
 * @param type audio or video
 * @param name the guest's name
 * @param nameEditable whether the guest may still change it (before knocking)
 * @param waitingRoom whether a host admits the guest
 * @param startsAt the meeting's start, null for a call
 * @param endsAt the meeting's end, null for a call
 * @param opensAt when the guest may first knock
 * @param expiresAt when the pass stops working
 */
public record GuestView(String status, GuestTarget.Kind kind, String title, String hostName, MediaType type,
        String name, boolean nameEditable, boolean waitingRoom, Instant startsAt, Instant endsAt, Instant opensAt,
        Instant expiresAt) {

    /** Whether the guest may take join information now. */
    public boolean admitted() {
        return "admitted".equals(status);
    }
}
