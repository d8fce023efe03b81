package dev.calls.servlet.json.request;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.calls.MediaType;
import java.util.List;

/**
 * {@code POST /}: {@code {"recipientIds":["42"],"type":"video"}}, or one {@code recipientId}; the type is video
 * when absent.
 *
 * @param recipientIds whom to call (also {@code recipient_ids})
 * @param recipientId one user to call, when {@code recipientIds} is absent (also {@code recipient_id})
 * @param type {@code audio} or {@code video} (also {@code call_type})
 */
public record StartCallRequest(
        @JsonAlias("recipient_ids") @JsonDeserialize(contentUsing = UserIdDeserializer.class) List<String> recipientIds,
        @JsonAlias("recipient_id") @JsonDeserialize(using = UserIdDeserializer.class) String recipientId,
        @JsonAlias("call_type") String type) implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        rules.userIds("recipientIds", recipientIds);
        rules.userId("recipientId", recipientId);
        rules.require(!recipients().isEmpty(), "recipientIds must name at least one user");
        rules.mediaType("type", type);
    }

    /** {@code recipientIds}, else the one {@code recipientId}, else empty. */
    public List<String> recipients() {
        if (recipientIds != null) {
            return recipientIds;
        }
        return recipientId == null ? List.of() : List.of(recipientId);
    }

    public MediaType mediaType() {
        return type == null ? MediaType.VIDEO : MediaType.fromWire(type);
    }
}
