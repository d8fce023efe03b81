package dev.calls.event;

/**
 * A flag one thread waits on and others raise; a raise before the wait is not lost. For transports and their
 * helper threads ({@link LogFollower}). Thread-safe.
 */
public final class Wakeup {
    private boolean raised;

    /** Wakes the waiter, now or at its next wait. */
    public synchronized void raise() {
        raised = true;
        notifyAll();
    }

    /** Clears the flag; call before looking for work, so a raise during the look causes another look. */
    public synchronized void clear() {
        raised = false;
    }

    /** Waits until raised or {@code millis} pass; returns whether it was raised. */
    public synchronized boolean await(long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000L;
        while (!raised) {
            long left = (until - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
