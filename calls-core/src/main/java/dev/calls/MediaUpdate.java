package dev.calls;

/**
 * A participant's media status during a call. Null fields are left as they were.
 *
 * @param audioMuted microphone muted
 * @param videoMuted camera off
 * @param connectionQuality free text such as {@code good} or {@code poor}, at most 32 characters
 */
public record MediaUpdate(Boolean audioMuted, Boolean videoMuted, String connectionQuality) {
}
