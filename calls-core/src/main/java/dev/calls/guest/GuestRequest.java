package dev.calls.guest;

/**
 * What a host asks for when inviting a guest ({@code POST …/guests}); checked by {@link GuestService}. Fields may
 * be null here: the service reports what is missing.
 *
 * @param name the guest's name as hosts will see it (required, 1 to 100 characters)
 * @param email the guest's e-mail address for an invitation, or null
 * @param waitingRoom whether the guest waits for a host's admission; null takes the meeting's setting (a call: no)
 * @param nameEditable whether the guest may correct their name before knocking; null: yes
 */
public record GuestRequest(String name, String email, Boolean waitingRoom, Boolean nameEditable) {

    /** A guest with a name and an address, under the target's own rules. */
    public static GuestRequest of(String name, String email) {
        return new GuestRequest(name, email, null, null);
    }
}
