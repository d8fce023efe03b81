package dev.calls.servlet.json;

/** A user named in a meeting: the host's id and the display name the user directory gives. */
public record PersonBody(String userId, String name) {
}
