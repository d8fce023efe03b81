package dev.calls.servlet.json.request;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * {@code POST /{id}/room}: {@code {"inRoom":true}}, the caller's own browser entered (or left) the media room.
 *
 * @param inRoom required (also {@code in_room})
 */
public record RoomReportRequest(@JsonAlias("in_room") Boolean inRoom) implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        rules.require(inRoom != null, "inRoom is required (true or false)");
    }
}
