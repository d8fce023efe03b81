package dev.calls.servlet.json.request;

import dev.calls.InputLimits;

/**
 * {@code POST /presence/sign-out}, optionally {@code {"stream":"tab-3f9c"}}: the key of the signing-out page's
 * event stream, which then ends on the server at once (a closed page's stream may otherwise only be noticed
 * at its next heartbeat, and an open stream keeps its user online). The user's other devices keep theirs.
 *
 * @param stream optional: the key the page gave its stream ({@code ?stream=})
 */
public record SignOutRequest(String stream) implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        rules.text("stream", stream, InputLimits.MAX_WORD_LENGTH * 4);
    }
}
