package dev.calls.internal;

/** A media-server (or browser) report that a user entered or left a call's media room. */
public record RoomPresence(String userId, boolean inRoom) {
}
