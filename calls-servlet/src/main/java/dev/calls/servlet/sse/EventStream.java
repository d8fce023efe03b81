package dev.calls.servlet.sse;

import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.Replay;
import dev.calls.presence.PresenceService;
import dev.calls.spi.EventTransport;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One device's open event stream. Holds no thread: events are queued here by whichever thread publishes
 * them and written by the hub's small writer pool or by the container when the socket can take more
 * (non-blocking output). The listener and the presence connection go away when the stream closes for any
 * reason: the client left, a write failed, the queue overflowed, the user opened too many streams.
 *
 * <p>Start-up is gap-free: the live subscription starts first and holds its events while the stored ones
 * are read; afterwards a held event is sent only if it lies beyond what was read.
 */
final class EventStream implements EventTransport.Listener, WriteListener, AsyncListener {
    private final StreamHub hub;
    final UserRef user;
    /** Whose presence this device shows (and its own user's); null: everyone's in the tenant. */
    private final java.util.Set<String> watching;
    /** At most this many missed events of the tenant are sent on a reconnect; the rest on the next. */
    static final int TENANT_REPLAY = 500;
    /** An administrator's stream of every call event of the tenant, not a user's own. */
    private final boolean tenantWide;
    /** The key the client gave this stream to change its watch set; may be null. */
    private final String key;
    final long serial;

    private AsyncContext async;
    private ServletOutputStream out;
    // Guarded by this.
    private ArrayDeque<byte[]> queue = new ArrayDeque<>(4);
    private int queuedBytes;
    private List<CallEvent> held = new ArrayList<>(0);
    private long floor;
    private boolean writerReady;
    private boolean drainScheduled;
    private boolean needsFlush;
    private boolean closeWhenDrained;
    private boolean closed;
    private EventTransport.Subscription subscription;
    private PresenceService.Connection presence;
    private volatile long lastWriteNanos = System.nanoTime();

    EventStream(StreamHub hub, UserRef user, java.util.Set<String> watching, String key, long serial,
            boolean tenantWide) {
        this.hub = hub;
        this.user = user;
        this.watching = watching;
        this.key = key;
        this.serial = serial;
        this.tenantWide = tenantWide;
    }

    /**
     * Subscribes, then queues what the client missed: stored events after {@code lastEventId}, or only a
     * position frame when it has none ({@code lastEventId < 0}). Runs before the response is committed, so
     * a storage failure here still becomes a problem response.
     */
    void prepare(long lastEventId) {
        if (tenantWide) {
            prepareTenantWide(lastEventId);
            return;
        }
        EventTransport.Subscription s = watching == null ? hub.calls().events().subscribe(user, this)
                : hub.calls().events().subscribe(user, watching, this);
        synchronized (this) {
            subscription = s;
        }
        try {
            PresenceService.Connection p = hub.calls().presence().connect(user);
            synchronized (this) {
                presence = p;
            }
            long last = hub.calls().events().lastSequence();
            long reconnect = hub.options().reconnectDelay().toMillis();
            if (lastEventId < 0 || lastEventId > last) {
                synchronized (this) {
                    floor = last;
                    enqueue(SseFrames.open(reconnect, last));
                }
                return;
            }
            Replay batch = hub.calls().events().replay(user, lastEventId, StreamHub.REPLAY);
            synchronized (this) {
                floor = batch.position();
                enqueue(SseFrames.open(reconnect, null));
                for (CallEvent e : Watching.filter(batch.events(), user, watching)) {
                    enqueue(hub.frames().event(e));
                }
                if (!batch.complete()) {
                    // Too far behind for one go: send this much, then let the client come back for the rest.
                    enqueue(SseFrames.position(batch.position()));
                    held = null;
                    closeWhenDrained = true;
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Changes whose presence this stream shows, if it has that key and was opened with a watch set. */
    boolean watch(String streamKey, java.util.Set<String> userIds) {
        EventTransport.Subscription s;
        synchronized (this) {
            if (closed || watching == null || !streamKey.equals(key)) {
                return false;
            }
            s = subscription;
        }
        s.watch(userIds);
        return true;
    }

    boolean hasKey(String streamKey) {
        return streamKey.equals(key);
    }

    /**
     * An administrator's stream of every call event of the tenant: subscribed first, then what the client missed
     * from the tenant's log (at most {@value #TENANT_REPLAY} events at a time). Not a sign of the administrator's
     * presence. Refused ({@code 404}) to others and where the transport has no tenant-wide delivery.
     */
    private void prepareTenantWide(long lastEventId) {
        EventTransport.Subscription s;
        try {
            s = hub.calls().admin().watch(user, this);
        } catch (UnsupportedOperationException e) {
            throw new dev.calls.NotFoundException("no live stream of the tenant's calls here; read GET admin/events?after=");
        }
        synchronized (this) {
            subscription = s;
        }
        try {
            long last = hub.calls().events().lastSequence();
            long reconnect = hub.options().reconnectDelay().toMillis();
            if (lastEventId < 0 || lastEventId > last) {
                synchronized (this) {
                    floor = last;
                    enqueue(SseFrames.open(reconnect, last));
                }
                return;
            }
            java.util.List<CallEvent> missed = hub.calls().admin().eventsAfter(user, lastEventId, TENANT_REPLAY);
            synchronized (this) {
                floor = missed.isEmpty() ? lastEventId : missed.get(missed.size() - 1).sequence();
                enqueue(SseFrames.open(reconnect, null));
                for (CallEvent e : missed) {
                    if (e.call() != null) {
                        enqueue(hub.frames().event(e));
                    }
                }
                if (missed.size() == TENANT_REPLAY) {
                    // too far behind for one go: this much, then the client comes back for the rest
                    enqueue(SseFrames.position(floor));
                    held = null;
                    closeWhenDrained = true;
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Takes over the response and starts sending, then lets held live events through. */
    void attach(AsyncContext context, ServletOutputStream output) {
        synchronized (this) {
            this.async = context;
            this.out = output;
            if (closed) {
                // closed between registering and taking over the response (a newer stream of the user evicted
                // it): the response ends now, or it would stay open with nothing behind it
                complete(context);
                return;
            }
        }
        output.setWriteListener(this);
        synchronized (this) {
            writerReady = true;
            if (held != null) {
                for (CallEvent e : held) {
                    if (e.sequence() > floor) {
                        enqueue(hub.frames().event(e));
                    }
                }
                held = null;
            }
            scheduleDrain();
        }
    }

    @Override
    public void onEvent(CallEvent event) {
        if (tenantWide ? event.call() == null : !event.isVisibleTo(user)) {
            return;
        }
        synchronized (this) {
            if (closed || closeWhenDrained) {
                return;
            }
            if (held != null) {
                held.add(event);
                return;
            }
            if (event.sequence() <= floor) {
                return;
            }
        }
        byte[] frame = hub.frames().event(event);
        synchronized (this) {
            enqueue(frame);
        }
    }

    /** Sends a comment line if nothing was written for half an interval: keeps proxies open, finds dead peers. */
    void heartbeat(long nowNanos, long intervalNanos) {
        if (nowNanos - lastWriteNanos < intervalNanos / 2) {
            return;
        }
        synchronized (this) {
            if (queue != null && queue.isEmpty()) {
                enqueue(SseFrames.HEARTBEAT);
            }
        }
    }

    private void enqueue(byte[] frame) {
        assert Thread.holdsLock(this);
        if (closed) {
            return;
        }
        if (queuedBytes + frame.length > hub.options().maxQueuedBytesPerStream()) {
            // The client does not read; it will reconnect with Last-Event-ID and miss nothing.
            hub.closeLater(this);
            return;
        }
        queue.add(frame);
        queuedBytes += frame.length;
        scheduleDrain();
    }

    private void scheduleDrain() {
        assert Thread.holdsLock(this);
        if (writerReady && !drainScheduled && !closed && !queue.isEmpty()) {
            drainScheduled = true;
            hub.write(this);
        }
    }

    /** Writes while the socket takes more; the container calls {@link #onWritePossible} when it can again. */
    void drain() {
        boolean finish = false;
        synchronized (this) {
            drainScheduled = false;
            if (closed || out == null) {
                return;
            }
            try {
                while (out.isReady()) {
                    if (needsFlush) {
                        needsFlush = false;
                        out.flush();
                        continue;
                    }
                    byte[] chunk = take();
                    if (chunk == null) {
                        finish = closeWhenDrained;
                        break;
                    }
                    needsFlush = !Output.write(out, chunk);
                    lastWriteNanos = System.nanoTime();
                }
            } catch (IOException | RuntimeException e) {
                finish = true;
            }
        }
        if (finish) {
            close();
        }
    }

    /** Everything queued as one write, up to 64 KiB. */
    private byte[] take() {
        byte[] first = queue.poll();
        if (first == null) {
            return null;
        }
        queuedBytes -= first.length;
        if (queue.isEmpty() || first.length + queue.peek().length > 65_536) {
            return first;
        }
        int size = first.length;
        List<byte[]> parts = new ArrayList<>();
        parts.add(first);
        while (!queue.isEmpty() && size + queue.peek().length <= 65_536) {
            byte[] next = queue.poll();
            queuedBytes -= next.length;
            parts.add(next);
            size += next.length;
        }
        byte[] joined = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }

    /** Ends the stream and releases everything it holds; harmless to repeat. */
    void close() {
        EventTransport.Subscription s;
        PresenceService.Connection p;
        AsyncContext a;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            queuedBytes = 0;
            held = null;
            s = subscription;
            p = presence;
            a = async;
            subscription = null;
            presence = null;
        }
        if (s != null) {
            s.close();
        }
        if (p != null) {
            p.close();
        }
        hub.unregister(this);
        if (a != null) {
            complete(a);
        }
    }

    private static void complete(AsyncContext context) {
        try {
            context.complete();
        } catch (IllegalStateException alreadyComplete) {
            // the container finished the request first
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public void onWritePossible() {
        drain();
    }

    @Override
    public void onError(Throwable failure) {
        close();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        close();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}
