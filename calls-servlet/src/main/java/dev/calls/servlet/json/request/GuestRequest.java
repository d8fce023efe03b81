package dev.calls.servlet.json.request;

import dev.calls.MediaType;

/**
 * {@code POST …/guests} and {@code POST /guest-calls}: {@code {"name","email","waitingRoom","nameEditable"}}, and
 * for a guest call {@code "type"}. Shapes only; the engine checks the name and address.
 *
 * @param name the guest's name as hosts see it
 * @param email where an invitation may be sent, optional
 * @param waitingRoom whether the guest waits for a host's admission; absent: the meeting's setting (a call: no)
 * @param nameEditable whether the guest may correct their name before knocking; absent: yes
 * @param type {@code audio} or {@code video} for a guest call; video when absent
 */
public record GuestRequest(String name, String email, Boolean waitingRoom, Boolean nameEditable, String type)
        implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        rules.text("name", name, 100);
        rules.text("email", email, 254);
        rules.mediaType("type", type);
    }

    /** What the engine is asked for. */
    public dev.calls.guest.GuestRequest toGuest() {
        return new dev.calls.guest.GuestRequest(name, email, waitingRoom, nameEditable);
    }

    /** The guest call's media type. */
    public MediaType mediaType() {
        return type == null ? MediaType.VIDEO : MediaType.fromWire(type);
    }
}
