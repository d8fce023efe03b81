package dev.calls.servlet.sse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.Calls;
import dev.calls.UserRef;
import dev.calls.event.Replay;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.ProblemException;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Sequences;
import dev.calls.servlet.json.request.WatchRequest;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every open event stream of one filter: opens them, caps them per user (a new stream closes the user's
 * oldest, so a forgotten tab never locks out a fresh one), beats their hearts from one shared timer thread
 * and writes them from a small shared pool. No stream holds a thread.
 */
public final class StreamHub implements AutoCloseable {
    /** A reconnecting stream catches up with at most 1,000 events, looking at no more than 50,000 stored ones. */
    static final Replay.Limits REPLAY = new Replay.Limits(1000, 50_000);

    private final Calls calls;
    private final CallsFilterOptions options;
    private final SseFrames frames;
    private final ObjectMapper mapper;
    private final ScheduledExecutorService timer;
    private final ExecutorService writers;
    private final Set<EventStream> all = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<UserRef, ArrayDeque<EventStream>> byUser = new ConcurrentHashMap<>();
    private final AtomicLong serials = new AtomicLong();
    final Set<LongPoll> polls = ConcurrentHashMap.newKeySet();

    public StreamHub(Calls calls, CallsFilterOptions options, ObjectMapper mapper) {
        this.calls = calls;
        this.options = options;
        this.mapper = mapper;
        this.frames = new SseFrames(mapper);
        this.timer = Executors.newSingleThreadScheduledExecutor(daemons("calls-sse-timer"));
        this.writers = Executors.newFixedThreadPool(options.writerThreads(), daemons("calls-sse-writer"));
        long interval = options.heartbeatInterval().toNanos();
        timer.scheduleAtFixedRate(this::heartbeat, interval, interval, TimeUnit.NANOSECONDS);
    }

    /** {@code GET /events} as a server-sent event stream. */
    public Reply open(ApiRequest request) throws IOException {
        return open(request, new EventStream(this, request.user(), Watching.of(request), Watching.key(request),
                serials.incrementAndGet(), false));
    }

    /**
     * {@code GET /admin/events} asked as {@code text/event-stream}: every call event of the administrator's tenant,
     * resumable like the user's own stream. {@code 404} to anyone else, and where the event transport has no
     * tenant-wide delivery (the administrator's view then reads the log instead).
     */
    public Reply openTenant(ApiRequest request) throws IOException {
        return open(request, new EventStream(this, request.user(), null, null, serials.incrementAndGet(), true));
    }

    private Reply open(ApiRequest request, EventStream stream) throws IOException {
        HttpServletRequest http = request.servletRequest();
        long lastEventId = lastEventId(http);
        stream.prepare(lastEventId);
        HttpServletResponse response = request.servletResponse();
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        response.setHeader("X-Content-Type-Options", "nosniff");
        AsyncContext async;
        try {
            async = http.startAsync();
        } catch (IllegalStateException e) {
            stream.close();
            throw new IllegalStateException("event streams need async support: register the calls filter and "
                    + "every filter and servlet in front of it with asyncSupported=true", e);
        }
        async.setTimeout(0);
        async.addListener(stream);
        register(stream);
        stream.attach(async, response.getOutputStream());
        return Reply.ASYNC;
    }

    /**
     * {@code PUT /events/watch}: changes whose presence the caller's streams opened with that {@code ?stream=} key
     * (and a {@code ?watch=} set) show, on this node. {@code 404} when this node serves no such stream: behind a
     * load balancer that does not route a user's requests to one node, the client reopens its stream instead.
     */
    public Reply watch(ApiRequest request) throws IOException {
        WatchRequest body = request.body(WatchRequest.class);
        Set<String> watching = Set.copyOf(body.watch());
        List<EventStream> mine = new ArrayList<>();
        byUser.computeIfPresent(request.user(), (u, streams) -> {
            mine.addAll(streams);
            return streams;
        });
        int changed = 0;
        for (EventStream stream : mine) {
            if (stream.watch(body.stream(), watching)) {
                changed++;
            }
        }
        if (changed == 0) {
            throw ProblemException.notFound();
        }
        return Reply.noContent();
    }

    /** Ends the user's streams on this node that were opened with this {@code ?stream=} key (a page signing out). */
    public void end(UserRef user, String streamKey) {
        List<EventStream> mine = new ArrayList<>();
        byUser.computeIfPresent(user, (u, streams) -> {
            mine.addAll(streams);
            return streams;
        });
        for (EventStream stream : mine) {
            if (stream.hasKey(streamKey)) {
                stream.close();
            }
        }
    }

    /** {@code GET /events?after=&wait=}: the long-poll fallback. */
    public Reply poll(ApiRequest request) throws IOException {
        return LongPoll.answer(this, request);
    }

    private static long lastEventId(HttpServletRequest request) {
        String header = request.getHeader("Last-Event-ID");
        if (header != null && !header.isBlank()) {
            return Sequences.parse(header, "Last-Event-ID");
        }
        String param = request.getParameter("lastEventId");
        if (param != null && !param.isBlank()) {
            return Sequences.parse(param, "lastEventId");
        }
        return -1;
    }

    private void register(EventStream stream) {
        all.add(stream);
        EventStream[] evicted = {null};
        byUser.compute(stream.user, (u, streams) -> {
            ArrayDeque<EventStream> s = streams != null ? streams : new ArrayDeque<>(2);
            s.addLast(stream);
            if (s.size() > options.maxStreamsPerUser()) {
                evicted[0] = s.pollFirst();
            }
            return s;
        });
        if (evicted[0] != null) {
            evicted[0].close();
        }
    }

    void unregister(EventStream stream) {
        all.remove(stream);
        byUser.computeIfPresent(stream.user, (u, streams) -> {
            streams.remove(stream);
            return streams.isEmpty() ? null : streams;
        });
    }

    /** Queues a drain of the stream on the writer pool. */
    void write(EventStream stream) {
        try {
            writers.execute(stream::drain);
        } catch (RejectedExecutionException shutDown) {
            timerOrInline(stream::close);
        }
    }

    /** Closes a stream off the current thread (which may hold the stream's lock). */
    void closeLater(EventStream stream) {
        try {
            writers.execute(stream::close);
        } catch (RejectedExecutionException shutDown) {
            timerOrInline(stream::close);
        }
    }

    private void timerOrInline(Runnable task) {
        try {
            timer.execute(task);
        } catch (RejectedExecutionException shutDown) {
            new Thread(task, "calls-sse-close").start();
        }
    }

    private void heartbeat() {
        long now = System.nanoTime();
        long interval = options.heartbeatInterval().toNanos();
        for (EventStream stream : all) {
            stream.heartbeat(now, interval);
        }
    }

    /** Open streams on this node. */
    public int openStreams() {
        return all.size();
    }

    /** Open streams of one user on this node. */
    public int openStreams(UserRef user) {
        int[] n = {0};
        byUser.computeIfPresent(user, (u, streams) -> {
            n[0] = streams.size();
            return streams;
        });
        return n[0];
    }

    /**
     * Closes every open stream and answers every parked long poll; clients reconnect (to another node, or
     * once the filter answers again).
     */
    public void closeAll() {
        for (EventStream stream : List.copyOf(all)) {
            stream.close();
        }
        for (LongPoll poll : List.copyOf(polls)) {
            poll.timeout();
        }
    }

    /** Closes every stream and stops the shared threads. */
    @Override
    public void close() {
        closeAll();
        timer.shutdownNow();
        writers.shutdown();
    }

    Calls calls() {
        return calls;
    }

    CallsFilterOptions options() {
        return options;
    }

    SseFrames frames() {
        return frames;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    ExecutorService writers() {
        return writers;
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Where a client claiming {@code lastEventId} really stands: an id beyond the end of the log (a store
     * that was reset) would hide every new event until the log caught up, so it counts as "now".
     */
    static long clamp(long lastEventId, long lastSequence) {
        return Math.min(lastEventId, lastSequence);
    }
}
