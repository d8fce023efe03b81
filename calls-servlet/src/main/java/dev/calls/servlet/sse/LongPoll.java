package dev.calls.servlet.sse;

import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.Replay;
import dev.calls.presence.PresenceService;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.json.EventBody;
import dev.calls.servlet.json.EventsBody;
import dev.calls.spi.EventTransport;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-poll fallback for clients that cannot hold a stream: answers at once when there are events
 * after {@code after}, otherwise parks the request (asynchronously, without a thread) until the first
 * visible event or the {@code wait} runs out. While parked the user counts as connected.
 */
final class LongPoll implements EventTransport.Listener, AsyncListener {
    private static final Logger LOG = LoggerFactory.getLogger(LongPoll.class);
    /** A poll answers with at most 100 events, looking at no more than 10,000 stored ones. */
    private static final Replay.Limits LIMITS = new Replay.Limits(100, 10_000);

    private final StreamHub hub;
    private final UserRef user;
    private final java.util.Set<String> watching;
    private final long position;
    // Guarded by this.
    private AsyncContext async;
    private ScheduledFuture<?> timeout;
    private boolean fired;
    private boolean done;
    private EventTransport.Subscription subscription;
    private PresenceService.Connection presence;

    private LongPoll(StreamHub hub, UserRef user, java.util.Set<String> watching, long position) {
        this.hub = hub;
        this.user = user;
        this.watching = watching;
        this.position = position;
    }

    static Reply answer(StreamHub hub, ApiRequest request) throws IOException {
        long last = hub.calls().events().lastSequence();
        long after = StreamHub.clamp(request.query().sequence("after", last), last);
        long maxWait = hub.options().maxLongPollWait().toSeconds();
        int wait = (int) Math.min(maxWait, request.query().integer("wait", 0, 0, Integer.MAX_VALUE));
        java.util.Set<String> watching = Watching.of(request);
        Replay batch = read(hub, request.user(), watching, after);
        if (!batch.events().isEmpty() || wait == 0 || !batch.complete()) {
            return Reply.json(body(batch));
        }
        LongPoll poll = new LongPoll(hub, request.user(), watching, batch.position());
        AsyncContext async;
        try {
            poll.subscribe();
            Replay again = read(hub, request.user(), watching, batch.position());
            if (!again.events().isEmpty()) {
                poll.release();
                return Reply.json(body(again));
            }
            async = startAsync(request);
        } catch (RuntimeException e) {
            // Nothing parked: a subscription or presence connection kept now would never be let go.
            poll.release();
            throw e;
        }
        // From here the request is asynchronous: whatever fails, it is answered (with nothing new) and completed.
        try {
            async.setTimeout(0);
            async.addListener(poll);
            hub.polls.add(poll);
            poll.attach(async);
            poll.arm(hub.timer().schedule(poll::timeout, wait, TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            LOG.debug("long poll of {} could not be parked", request.user(), e);
            poll.abandon(async);
        }
        return Reply.ASYNC;
    }

    private static AsyncContext startAsync(ApiRequest request) {
        try {
            return request.servletRequest().startAsync();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("long polls need async support: register the calls filter and "
                    + "every filter and servlet in front of it with asyncSupported=true", e);
        }
    }

    /** Stored events after {@code after} this device gets (its watch set applied). */
    private static Replay read(StreamHub hub, UserRef user, java.util.Set<String> watching, long after) {
        Replay all = hub.calls().events().replay(user, after, LIMITS);
        return new Replay(Watching.filter(all.events(), user, watching), all.position(), all.complete());
    }

    private static EventsBody body(Replay batch) {
        return new EventsBody(batch.events().stream().map(EventBody::of).toList(), batch.position());
    }

    /** Subscribes, then connects; what was taken is recorded at once so {@link #release} finds it. */
    private void subscribe() {
        EventTransport.Subscription s = watching == null ? hub.calls().events().subscribe(user, this)
                : hub.calls().events().subscribe(user, watching, this);
        synchronized (this) {
            subscription = s;
        }
        PresenceService.Connection p = hub.calls().presence().connect(user);
        synchronized (this) {
            presence = p;
        }
    }

    /** Hands over the parked request; answers at once if an event came while it was being parked. */
    private void attach(AsyncContext context) {
        boolean answerNow;
        synchronized (this) {
            async = context;
            answerNow = fired;
        }
        if (answerNow) {
            fire();
        }
    }

    /** Keeps the wait's timer, or cancels it when the poll was answered before the timer was set. */
    private void arm(ScheduledFuture<?> timer) {
        synchronized (this) {
            if (!done) {
                timeout = timer;
                return;
            }
        }
        timer.cancel(false);
    }

    /** Parking failed half-way: answers the parked request with nothing new, which releases everything. */
    private void abandon(AsyncContext context) {
        synchronized (this) {
            if (async == null) {
                async = context;
            }
        }
        timeout();
    }

    @Override
    public void onEvent(CallEvent event) {
        if (event.sequence() > position && event.isVisibleTo(user)) {
            boolean ready;
            synchronized (this) {
                if (fired) {
                    return;
                }
                fired = true;
                ready = async != null;
            }
            if (ready) {
                fire();
            }
        }
    }

    private void fire() {
        try {
            hub.writers().execute(() -> finish(read(hub, user, watching, position)));
        } catch (java.util.concurrent.RejectedExecutionException shutDown) {
            timeout();
        }
    }

    void timeout() {
        finish(new Replay(java.util.List.of(), position, true));
    }

    /** Answers once with the batch and lets go of everything. */
    private void finish(Replay batch) {
        AsyncContext context;
        synchronized (this) {
            if (done || async == null) {
                return;
            }
            done = true;
            context = async;
        }
        release();
        try {
            HttpServletResponse response = (HttpServletResponse) context.getResponse();
            byte[] bytes = hub.mapper().writeValueAsBytes(body(batch));
            response.setStatus(200);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        } catch (IOException | RuntimeException e) {
            LOG.debug("long poll of {} could not be answered", user, e);
        } finally {
            try {
                context.complete();
            } catch (IllegalStateException alreadyComplete) {
                // the client went away first
            }
        }
    }

    private void release() {
        EventTransport.Subscription s;
        PresenceService.Connection p;
        ScheduledFuture<?> t;
        synchronized (this) {
            done = true;
            s = subscription;
            p = presence;
            t = timeout;
            subscription = null;
            presence = null;
            timeout = null;
        }
        hub.polls.remove(this);
        if (t != null) {
            t.cancel(false);
        }
        if (s != null) {
            s.close();
        }
        if (p != null) {
            p.close();
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        release();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        timeout();
    }

    @Override
    public void onError(AsyncEvent event) {
        release();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}
