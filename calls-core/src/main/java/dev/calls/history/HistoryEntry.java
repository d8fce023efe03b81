package dev.calls.history;

import dev.calls.Call;
import java.time.Duration;
import java.util.List;

/**
 * One row of a user's call history.
 *
 * @param call the call
 * @param direction outgoing when the user placed it
 * @param outcome how it went for this user
 * @param duration talk time (zero when never answered)
 * @param counterparts the other participants' user ids, the caller first for incoming calls
 */
public record HistoryEntry(Call call, Direction direction, Outcome outcome, Duration duration,
        List<String> counterparts) {
}
