package dev.calls.servlet.json.request;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * {@code POST /{id}/accept}, body optional: {@code {"leaveCurrent":true}} leaves the live call the user is in
 * first ("end current and answer"); without it, answering while in another call is refused with
 * {@code already_in_call}.
 *
 * @param leaveCurrent optional, default false (also {@code leave_current})
 */
public record AcceptRequest(@JsonAlias("leave_current") Boolean leaveCurrent) implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        // every value is valid; absent means false
    }

    /** Whether to leave the current call first. */
    public boolean leavesCurrent() {
        return Boolean.TRUE.equals(leaveCurrent);
    }
}
