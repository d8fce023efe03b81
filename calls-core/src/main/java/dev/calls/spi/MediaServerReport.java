package dev.calls.spi;

import java.util.Map;
import java.util.UUID;

/**
 * A media-server notification handed to {@link CallListener#onMediaServerReport}.
 *
 * @param type the media server's event type, such as {@code RECORDING_UPLOADED}
 * @param callId the call whose room it concerns, null when no call matches
 * @param room the room name
 * @param data the event's data, as the media server sent it
 */
public record MediaServerReport(String type, UUID callId, String room, Map<String, Object> data) {
}
