package dev.calls.presence;

/**
 * A change a user makes to their own presence. Null fields are left as they were.
 *
 * @param status new status
 * @param message new status message (empty clears it), at most 200 characters
 * @param available accepts calls
 * @param doNotDisturb ringing turned off
 */
public record PresenceUpdate(PresenceStatus status, String message, Boolean available, Boolean doNotDisturb) {
}
