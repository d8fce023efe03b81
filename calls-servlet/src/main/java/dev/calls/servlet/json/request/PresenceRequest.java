package dev.calls.servlet.json.request;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.calls.InputLimits;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceUpdate;

/**
 * {@code PUT /presence/me}: {@code {"status":"away","message":"…","available":true,"doNotDisturb":false}};
 * absent fields stay as they were, but at least one must be given.
 *
 * @param status {@code online}, {@code away}, {@code busy} or {@code offline}
 * @param message at most {@link InputLimits#MAX_STATUS_MESSAGE_LENGTH} characters; empty clears it (also
 *        {@code statusMessage}, {@code status_message})
 * @param available also {@code availableForCalls}, {@code available_for_calls}
 * @param doNotDisturb also {@code do_not_disturb}
 */
public record PresenceRequest(String status, @JsonAlias({"statusMessage", "status_message"}) String message,
        @JsonAlias({"availableForCalls", "available_for_calls"}) Boolean available,
        @JsonAlias("do_not_disturb") Boolean doNotDisturb) implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        rules.word("status", status, PresenceStatus::fromWire, "status must be online, away, busy or offline");
        rules.text("message", message, InputLimits.MAX_STATUS_MESSAGE_LENGTH);
        rules.require(status != null || message != null || available != null || doNotDisturb != null,
                "give status, message, available or doNotDisturb");
    }

    public PresenceUpdate toUpdate() {
        return new PresenceUpdate(status == null ? null : PresenceStatus.fromWire(status), message, available,
                doNotDisturb);
    }
}
