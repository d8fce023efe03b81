package dev.calls.internal;

import dev.calls.UserRef;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devices each user has connected to this node right now (open event streams, waiting long polls): what
 * presence counts as a sign of life and what decides how a ring reaches the user. Thread-safe.
 */
final class Connections {
    private final ConcurrentHashMap<UserRef, Integer> open = new ConcurrentHashMap<>();

    void opened(UserRef user) {
        open.merge(user, 1, Integer::sum);
    }

    void closed(UserRef user) {
        open.computeIfPresent(user, (u, n) -> n > 1 ? n - 1 : null);
    }

    boolean isConnected(UserRef user) {
        return open.containsKey(user);
    }
}
