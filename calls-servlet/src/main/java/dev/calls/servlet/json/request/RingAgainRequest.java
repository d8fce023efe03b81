package dev.calls.servlet.json.request;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code POST /{id}/ring}: {@code {"userId":"42"}}, the invitee to ring again.
 *
 * @param userId required (also {@code user_id})
 */
public record RingAgainRequest(@JsonAlias("user_id") @JsonDeserialize(using = UserIdDeserializer.class) String userId)
        implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        rules.require(userId != null, "userId is required");
        rules.userId("userId", userId);
    }
}
