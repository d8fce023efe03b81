package dev.calls.jpa;

import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.LogFollower;
import dev.calls.jpa.internal.NotificationListener;
import dev.calls.jpa.internal.PgNotifier;
import dev.calls.memory.InMemoryEventTransport;
import dev.calls.spi.CallStore;
import dev.calls.spi.EventTransport;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Delivers the events of every node to the devices connected to this one. The shared event log is the only
 * path: {@link #publish} (called by this node's engine after a commit) just wakes the tailer thread, which
 * reads the log after the last sequence it delivered and hands each new event to the local transport. So
 * every event reaches local devices exactly once and in sequence order, whichever node wrote it.
 *
 * <p>Other nodes' commits wake the tailer through PostgreSQL {@code LISTEN/NOTIFY} when the data source is
 * PostgreSQL and its driver is present. The notification is not part of any call's transaction (a {@code NOTIFY}
 * there would serialize every commit of the cluster on PostgreSQL's notification lock): after this node's engine
 * hands over a committed event, a notifier thread sends {@code pg_notify} with the highest sequence committed so
 * far in auto-commit (a connection of the pool's, not held), coalescing a burst of commits into a few notifications. The listening
 * connection is held for the relay; after it is (re)established the tailer reads the log, so what was committed
 * while it was down is replayed. The tailer also polls (default every 250 ms), which is all it does on other
 * databases and what keeps it going while notifications are down. {@link #notificationQueueUsage()} reports
 * how full PostgreSQL's notification queue is, for a gauge.
 * When the store fails, the tailer retries with back-off and resumes where it stopped.
 *
 * <p>Thread-safe. {@link #close()} stops its threads and closes the local transport.
 */
public final class RelayEventTransport implements EventTransport {
    private final EventTransport local;
    private final LogFollower follower;
    private final NotificationListener notifications;
    private final PgNotifier notifier;
    private final Thread listener;
    private final Thread notifierThread;
    private volatile boolean running = true;

    private RelayEventTransport(Builder b) {
        this.local = b.local != null ? b.local : new InMemoryEventTransport();
        this.follower = new LogFollower(b.store, local, b.startAfter, b.pollInterval, b.batchSize, "calls-relay-tail");
        Optional<NotificationListener> pg = b.notifications == null ? Optional.empty()
                : NotificationListener.forDataSource(b.notifications, follower::wake, follower::position);
        this.notifications = pg.orElse(null);
        this.notifier = notifications == null ? null : new PgNotifier(b.notifications);
        this.listener = notifications == null ? null : daemon(notifications, "calls-relay-listen");
        this.notifierThread = notifier == null ? null : daemon(notifier, "calls-relay-notify");
        if (listener != null) {
            listener.start();
            notifierThread.start();
        }
        follower.start();
    }

    private static Thread daemon(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    public static Builder builder(CallStore store) {
        return new Builder(store);
    }

    /**
     * Wakes the tailer (the event is in the log and reaches local devices from there) and, on PostgreSQL, has the
     * notifier tell the other nodes after this commit; returns at once.
     */
    @Override
    public void publish(CallEvent event) {
        follower.wake();
        if (notifier != null) {
            notifier.committed(event.sequence());
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

    /** The local transport's watch subscription: indexed there when it indexes (as the in-memory one does). */
    @Override
    public Subscription subscribe(UserRef user, java.util.Set<String> watching, Listener listener) {
        return local.subscribe(user, watching, listener);
    }

    /** The sequence of the last event handed to the local transport; -1 before the log was first reached. */
    public long lastDelivered() {
        return follower.position();
    }

    /** Whether PostgreSQL notifications wake this relay right now. */
    public boolean listening() {
        return notifications != null && notifications.listening();
    }

    /**
     * PostgreSQL's {@code pg_notification_queue_usage()}, the fraction (0 to 1) of the notification queue in use
     * (a listener that stops reading lets it fill; at 1, {@code NOTIFY} fails); NaN when the relay does not use
     * notifications or the database cannot be asked. Runs one query: for a gauge read now and then.
     */
    public double notificationQueueUsage() {
        return notifier == null ? Double.NaN : notifier.queueUsage();
    }

    /** Notifications this relay has sent to other nodes (0 without PostgreSQL notifications). */
    public long notificationsSent() {
        return notifier == null ? 0 : notifier.sent();
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
        if (notifications != null) {
            notifications.stop();
            notifier.stop();
        }
        follower.close();
        join(listener);
        join(notifierThread);
        local.close();
    }

    private static void join(Thread t) {
        if (t == null) {
            return;
        }
        try {
            t.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Settings of a relay; {@link #build()} starts it. */
    public static final class Builder {
        private final CallStore store;
        private EventTransport local;
        private DataSource notifications;
        private Duration pollInterval = Duration.ofMillis(250);
        private int batchSize = 500;
        private Long startAfter;

        private Builder(CallStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The transport of this node's devices (default: a new {@link InMemoryEventTransport}). */
        public Builder local(EventTransport local) {
            this.local = Objects.requireNonNull(local, "local");
            return this;
        }

        /** Listen for PostgreSQL notifications through this data source, if it is PostgreSQL. */
        public Builder notifications(DataSource dataSource) {
            this.notifications = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** How often to look at the log without a wake-up (default 250 ms). */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = LogFollower.requirePollInterval(pollInterval);
            return this;
        }

        /** Events read per query (default 500). */
        public Builder batchSize(int batchSize) {
            this.batchSize = LogFollower.requireBatchSize(batchSize);
            return this;
        }

        /** Deliver events after this sequence (default: only events stored after the relay starts). */
        public Builder startAfter(long sequence) {
            this.startAfter = sequence;
            return this;
        }

        public RelayEventTransport build() {
            return new RelayEventTransport(this);
        }
    }
}
