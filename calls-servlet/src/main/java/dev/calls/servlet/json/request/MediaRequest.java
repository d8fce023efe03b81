package dev.calls.servlet.json.request;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.calls.InputLimits;
import dev.calls.MediaUpdate;

/**
 * {@code POST /{id}/media}: {@code {"audioMuted":true,"videoMuted":false,"connectionQuality":"good"}}; absent
 * fields stay as they were, but at least one must be given.
 *
 * @param audioMuted also {@code audio_muted}
 * @param videoMuted also {@code video_muted}
 * @param connectionQuality free text, at most {@link InputLimits#MAX_CONNECTION_QUALITY_LENGTH} characters (also
 *        {@code connection_quality})
 */
public record MediaRequest(@JsonAlias("audio_muted") Boolean audioMuted, @JsonAlias("video_muted") Boolean videoMuted,
        @JsonAlias("connection_quality") String connectionQuality) implements RequestBody {

    @Override
    public void validate(FieldRules rules) {
        rules.text("connectionQuality", connectionQuality, InputLimits.MAX_CONNECTION_QUALITY_LENGTH);
        rules.require(audioMuted != null || videoMuted != null || connectionQuality != null,
                "give audioMuted, videoMuted or connectionQuality");
    }

    public MediaUpdate toUpdate() {
        return new MediaUpdate(audioMuted, videoMuted, connectionQuality);
    }
}
