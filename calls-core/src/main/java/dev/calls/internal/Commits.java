package dev.calls.internal;

import dev.calls.Call;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every committed call change to the parts of the engine that follow calls (the deadline timers, in-call
 * presence), so the part that changes calls needs to know none of them. A follower that fails is logged: the
 * change is committed and stays so, and the other followers still see it.
 */
final class Commits {
    private static final Logger LOG = LoggerFactory.getLogger(Commits.class);

    /** Follows committed changes; {@code before} is null for a new call. */
    interface Follower {
        void committed(Call before, Call after);
    }

    private final List<Follower> followers = new CopyOnWriteArrayList<>();

    void follow(Follower follower) {
        followers.add(follower);
    }

    void committed(Call before, Call after) {
        for (Follower f : followers) {
            try {
                f.committed(before, after);
            } catch (RuntimeException e) {
                LOG.warn("work after committing call {} failed; the call is committed", after.id(), e);
            }
        }
    }
}
