package dev.calls.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects what another thread hands over (listener calls, push messages) and lets a test wait for it.
 * Waiting is on a monitor woken by each arrival, bounded only so a missing delivery fails instead of hanging.
 */
public final class Recorder<T> {
    private static final long BOUND_MILLIS = 10_000;
    private final List<T> items = new ArrayList<>();

    public synchronized void add(T item) {
        items.add(item);
        notifyAll();
    }

    public synchronized List<T> snapshot() {
        return List.copyOf(items);
    }

    /** Waits until the recorded items satisfy {@code condition}; returns them. */
    public synchronized List<T> await(Predicate<List<T>> condition, String what) {
        long end = System.currentTimeMillis() + BOUND_MILLIS;
        while (!condition.test(items)) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("never delivered: " + what + "; got " + items);
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
        return List.copyOf(items);
    }

    /** Waits until some item matches; returns the first that does. */
    public T awaitAny(Predicate<T> match, String what) {
        return await(list -> list.stream().anyMatch(match), what).stream().filter(match).findFirst().orElseThrow();
    }
}
