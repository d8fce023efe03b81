package dev.calls.redis;

import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.LogFollower;
import dev.calls.memory.InMemoryEventTransport;
import dev.calls.redis.internal.Keys;
import dev.calls.spi.CallStore;
import dev.calls.spi.EventTransport;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the events of every node to the devices connected to this one, woken through Redis pub/sub.
 *
 * <p>The call store's event log (which every node shares) stays the only source of events: a tailer thread reads
 * the log after the last sequence it delivered and hands each new event to the local transport, so every event
 * reaches local devices exactly once and in sequence order, whichever node wrote it. {@link #publish} (called by
 * this node's engine after a commit) wakes the tailer at once and sends the event's sequence (a few bytes, never
 * the event) on the prefix's channel; other nodes' tailers wake when a sequence beyond theirs arrives. After every
 * (re)subscription, the first and each one after a lost connection, the tailer reads the log, so what was
 * committed while the channel was down is replayed; it also polls (default every second), which keeps it going
 * while Redis is away.
 *
 * <p>Why pub/sub and the log rather than Redis Streams: the log already orders events by a sequence that
 * becomes visible in commit order, and devices resume from that sequence ({@code Last-Event-ID}); a stream would be
 * a second copy with an order of its own (that of the nodes' appends), to be trimmed and kept in step. Here Redis
 * carries only wake-ups, so it needs no persistence and a Redis outage delays events by at most the poll interval.
 *
 * <p>Thread-safe. {@link #close()} stops the tailer, closes the subscription and the local transport.
 */
public final class RedisEventTransport implements EventTransport {
    private static final Logger LOG = LoggerFactory.getLogger(RedisEventTransport.class);
    private static final AtomicLong NODES = new AtomicLong();

    private final EventTransport local;
    private final LogFollower follower;
    private final StatefulRedisConnection<String, String> commands;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final String channel;
    private final String name;
    private final AtomicLong announced = new AtomicLong(-1);
    private volatile boolean running = true;
    private volatile boolean listening;

    private RedisEventTransport(Builder b) {
        this.local = b.local != null ? b.local : new InMemoryEventTransport();
        this.follower = new LogFollower(b.store, local, b.startAfter, b.pollInterval, b.batchSize, "calls-redis-tail");
        this.commands = b.connection;
        this.channel = b.keys.eventsChannel();
        // the server the commands connection went to (the client's default URI may be another one)
        this.pubSub = b.uri != null ? b.client.connectPubSub(b.uri) : b.client.connectPubSub();
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String ch, String message) {
                wakeFor(message);
            }

            @Override
            public void subscribed(String ch, long count) {
                // the first subscription and each one after a reconnect: read what was committed meanwhile
                listening = true;
                follower.wake();
            }
        });
        pubSub.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                listening = false;
            }
        });
        // named, so operators (and tests) find the node's subscription in CLIENT LIST
        this.name = b.keys.prefix() + "events-" + NODES.incrementAndGet();
        pubSub.async().clientSetname(name);
        pubSub.async().subscribe(channel);
        follower.start();
    }

    private void wakeFor(String message) {
        try {
            if (Long.parseLong(message) <= follower.position()) {
                return;
            }
        } catch (NumberFormatException e) {
            // not ours to read; look at the log anyway
        }
        follower.wake();
    }

    /**
     * Wakes this node's tailer (the event is in the log) and tells the other nodes its sequence; a sequence not
     * beyond one already told is not sent again, so a burst of commits costs fewer messages.
     */
    @Override
    public void publish(CallEvent event) {
        follower.wake();
        long seq = event.sequence();
        if (announced.getAndAccumulate(seq, Math::max) < seq) {
            try {
                commands.async().publish(channel, Long.toString(seq));
            } catch (RuntimeException e) {
                LOG.debug("wake-up not sent; other nodes find #{} when they poll: {}", seq, e.getMessage());
            }
        }
    }

    /** True: the tailer reads every event from the log, in sequence order. */
    @Override
    public boolean readsTheLog() {
        return true;
    }

    @Override
    public Subscription subscribe(UserRef user, Listener listener) {
        return local.subscribe(user, listener);
    }

    @Override
    public Subscription observeTenant(String tenant, Listener listener) {
        return local.observeTenant(tenant, listener);
    }

    @Override
    public Subscription subscribe(UserRef user, Set<String> watching, Listener listener) {
        return local.subscribe(user, watching, listener);
    }

    /** The sequence of the last event handed to the local transport; -1 before the log was first reached. */
    public long lastDelivered() {
        return follower.position();
    }

    /** Whether the wake-up channel is subscribed right now (false while Redis is away). */
    public boolean listening() {
        return listening && pubSub.isOpen();
    }

    /** The client name of the subscribed connection ({@code CLIENT LIST} shows it). */
    public String connectionName() {
        return name;
    }

    /** The transport delivering to this node's devices. */
    public EventTransport local() {
        return local;
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        follower.close();
        listening = false;
        pubSub.close();
        local.close();
    }

    /** Settings of a Redis transport; {@link #build()} subscribes and starts it. */
    public static final class Builder {
        private final RedisClient client;
        private final RedisURI uri;
        private final StatefulRedisConnection<String, String> connection;
        private final Keys keys;
        private final CallStore store;
        private EventTransport local;
        private Duration pollInterval = Duration.ofSeconds(1);
        private int batchSize = 500;
        private Long startAfter;

        Builder(RedisClient client, RedisURI uri, StatefulRedisConnection<String, String> connection, Keys keys,
                CallStore store) {
            this.client = client;
            this.uri = uri;
            this.connection = connection;
            this.keys = keys;
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The transport of this node's devices (default: a new {@link InMemoryEventTransport}). */
        public Builder local(EventTransport local) {
            this.local = Objects.requireNonNull(local, "local");
            return this;
        }

        /** How often to look at the log without a wake-up (default one second). */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = LogFollower.requirePollInterval(pollInterval);
            return this;
        }

        /** Events read per query (default 500). */
        public Builder batchSize(int batchSize) {
            this.batchSize = LogFollower.requireBatchSize(batchSize);
            return this;
        }

        /** Deliver events after this sequence (default: only events stored after the transport starts). */
        public Builder startAfter(long sequence) {
            this.startAfter = sequence;
            return this;
        }

        public RedisEventTransport build() {
            return new RedisEventTransport(this);
        }
    }
}
