package dev.calls.spi;

import dev.calls.event.CallEvent;

/**
 * The host's reactions to what happens: post "missed call" into a chat, log a CRM activity, store a
 * recording link. {@link #onEvent} is called from the committed event log, in sequence order, on the one node
 * that holds the delivery lease (see {@link DeliveryCursors}): at least once per event across all nodes, so a
 * change is not lost when a node stops, and may rarely be seen twice (use {@link CallEvent#sequence()} to
 * de-duplicate). Exceptions are logged and otherwise ignored.
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
