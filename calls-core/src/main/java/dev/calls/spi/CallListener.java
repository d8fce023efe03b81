package dev.calls.spi;

import dev.calls.event.CallEvent;

/**
 * The host's reactions to what happens: post "missed call" into a chat, log a CRM activity, store a
 * recording link. Called after the change is committed, on an engine thread, once per event on the
 * node that made the change. Exceptions are logged and otherwise ignored.
 */
public interface CallListener {

    /** Every stored event, calls and presence alike. */
    default void onEvent(CallEvent event) {
    }

    /**
     * Something the media server reported that is not a call change, such as a recording or a
     * transcription being uploaded.
     *
     * @param report the type (for example {@code RECORDING_UPLOADED}) and its data
     */
    default void onMediaServerReport(MediaServerReport report) {
    }
}
