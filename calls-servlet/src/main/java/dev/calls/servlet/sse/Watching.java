package dev.calls.servlet.sse;

import dev.calls.InputLimits;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.Ids;
import dev.calls.servlet.http.ProblemException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ?watch=a,b,c} on an event stream or long poll: the users whose presence changes the device shows (its
 * own user's always come). Absent, the device gets every presence change of its tenant; empty
 * ({@code ?watch=}), only its own.
 */
final class Watching {
    /** Longest stream key: 64 characters. */
    static final int MAX_KEY_LENGTH = 64;

    private Watching() {
    }

    /** The watch set of the request, or null when it has none. */
    static Set<String> of(ApiRequest request) {
        if (!request.query().has("watch")) {
            return null;
        }
        String raw = request.query().text("watch",
                InputLimits.MAX_WATCHED_PER_STREAM * (InputLimits.MAX_ID_LENGTH + 1));
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        if (raw != null) {
            for (String part : raw.split(",")) {
                String id = part.trim();
                if (!id.isEmpty()) {
                    ids.add(Ids.requireUserId(id, "watch"));
                }
            }
        }
        if (ids.size() > InputLimits.MAX_WATCHED_PER_STREAM) {
            throw ProblemException.invalid("watch names at most " + InputLimits.MAX_WATCHED_PER_STREAM + " users");
        }
        return Set.copyOf(ids);
    }

    /** The key the client gave its stream ({@code ?stream=}), to change its watch set later; null if none. */
    static String key(ApiRequest request) {
        String key = request.query().text("stream", MAX_KEY_LENGTH);
        if (key != null) {
            Ids.requirePrintable(key, "stream");
        }
        return key == null || key.isBlank() ? null : key;
    }

    /** The events of a replay this device gets: all of them without a watch set. */
    static List<CallEvent> filter(List<CallEvent> events, UserRef user, Set<String> watching) {
        return watching == null ? events : events.stream().filter(e -> e.isVisibleTo(user, watching)).toList();
    }
}
