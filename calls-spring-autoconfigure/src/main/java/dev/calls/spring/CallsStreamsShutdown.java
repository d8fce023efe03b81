package dev.calls.spring;

import dev.calls.servlet.CallsFilter;
import org.springframework.context.SmartLifecycle;

/**
 * Closes the open event streams when the application starts to shut down, before the web server's graceful
 * shutdown waits for active requests: an event stream never completes on its own, so graceful shutdown would
 * otherwise wait its full timeout whenever a browser is connected. Browsers reconnect with
 * {@code Last-Event-ID} (to another node, or to this one after a restart) and miss nothing.
 */
final class CallsStreamsShutdown implements SmartLifecycle {
    private final CallsFilter filter;
    private volatile boolean running;

    CallsStreamsShutdown(CallsFilter filter) {
        this.filter = filter;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (filter.isInstalled()) {
            // uninstall closes every stream; answering again at once keeps plain requests working meanwhile
            filter.uninstall();
            filter.install();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's graceful shutdown phase, which stops later. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
