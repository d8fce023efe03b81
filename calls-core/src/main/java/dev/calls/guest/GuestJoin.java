package dev.calls.guest;

import dev.calls.JoinInfo;

/**
 * An admitted guest's way into the room: a fresh non-moderator token in the guest's name for this room only.
 *
 * @param view the guest's page state
 * @param join the media room, its URL and the token
 * @param participantId the guest's participant id ({@code guest:…}), as the call record and tokens name them
 */
public record GuestJoin(GuestView view, JoinInfo join, String participantId) {
}
