package dev.calls.internal;

import dev.calls.memory.InMemoryDeliveryCursors;
import dev.calls.spi.DeliveryCursors;

import dev.calls.CallsConfig;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventService;
import dev.calls.meeting.InvitationService;
import dev.calls.meeting.MeetingService;
import dev.calls.meeting.RoomTokenService;
import dev.calls.presence.PresenceService;
import dev.calls.spi.Lifecycle;
import dev.calls.spi.Scheduler;
import dev.calls.webhook.MediaServerReports;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The wiring behind {@link dev.calls.Calls}: services, timers and lifecycle. Not for hosts. */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Components c;
    private final Dispatcher dispatcher;
    private final PresenceTracker presence;
    private final Timeouts timeouts;
    private final CallService calls;
    private final HistoryService history;
    private final Events events;
    private final Meetings meetings;
    private final Guests guests;
    private final RoomTokens roomTokens;
    private final Outbox outbox;
    private final MediaReports mediaReports;
    private final List<Scheduler.Task> tasks = new ArrayList<>();
    private volatile boolean closed;

    private Engine(Components c) {
        this.c = c;
        Connections connections = new Connections();
        Commits commits = new Commits();
        DeliveryCursors cursors = c.cursors() != null ? c.cursors()
                : c.callStore() instanceof DeliveryCursors shared ? shared : new InMemoryDeliveryCursors();
        this.dispatcher = new Dispatcher(c.callStore(), cursors, c.transport(), c.listeners(), DeviceRingPush.of(c),
                c.clock());
        this.presence = new PresenceTracker(c.clock(), c.config().presenceTimeout(), c.presenceStore(),
                c.callStore(), c.users(), connections, this::appendAndPublish);
        this.calls = new CallService(c, presence, dispatcher, commits);
        this.timeouts = new Timeouts(c.config(), c.clock(), c.callStore(), c.scheduler(), calls);
        if (c.config().idleTimeout() != null) {
            presence.onWentOffline(new Abandoned(c.callStore(), presence, calls)::wentOffline);
        }
        commits.follow((before, after) -> timeouts.watch(after));
        if (c.config().announceCallPresence()) {
            commits.follow(presence::callChanged);
        }
        this.history = new HistoryService(c.callStore(), c.clock());
        this.events = new Events(c.callStore(), c.transport());
        this.outbox = new Outbox(c.invitationMailer());
        this.meetings = new Meetings(c, c.meetingSettings(), outbox);
        GuestMail guestMail = new GuestMail(c, outbox);
        this.guests = new Guests(c, calls, meetings, this::appendAndPublish, guestMail.after(c.guests().listener()));
        meetings.onHostJoined(guests::hostJoined);
        meetings.onCancelled(m -> {
            guestMail.meetingCancelled(m);
            guests.meetingCancelled(m);
        });
        this.roomTokens = new RoomTokens(c, c.roomAccess());
        this.mediaReports = new MediaReports(c, calls);
    }

    /** Builds the engine and starts its timers. */
    public static Engine start(Components components) {
        Engine engine = new Engine(components);
        Scheduler s = components.scheduler();
        engine.tasks.add(s.every(components.config().sweepInterval(), engine::sweepQuietly));
        engine.tasks.add(s.every(components.config().presenceFlushInterval(), engine::flushQuietly));
        return engine;
    }

    private void appendAndPublish(List<CallEvent> presenceEvents) {
        dispatcher.committed(c.callStore().append(presenceEvents));
    }

    private void sweepQuietly() {
        try {
            timeouts.sweep();
        } catch (RuntimeException e) {
            LOG.warn("sweep failed; will retry", e);
        }
    }

    private void flushQuietly() {
        try {
            presence.flush();
        } catch (RuntimeException e) {
            LOG.warn("presence flush failed; will retry", e);
        }
    }

    public CallService calls() {
        return calls;
    }

    public HistoryService history() {
        return history;
    }

    public PresenceService presence() {
        return presence;
    }

    public EventService events() {
        return events;
    }

    public Timeouts timeouts() {
        return timeouts;
    }

    public CallsConfig config() {
        return c.config();
    }

    public Clock clock() {
        return c.clock();
    }

    public Optional<UserProfile> profile(UserRef user) {
        return c.users().find(user.tenant(), user.userId()).filter(p -> p.tenant().equals(user.tenant()));
    }

    public MeetingService meetings() {
        return meetings;
    }

    public InvitationService invitations() {
        return outbox;
    }

    /** The transport delivering to this node's devices. */
    dev.calls.spi.EventTransport transport() {
        return c.transport();
    }

    public dev.calls.guest.GuestService guests() {
        return guests;
    }

    public RoomTokenService roomTokens() {
        return roomTokens;
    }

    public MediaServerReports mediaReports() {
        return mediaReports;
    }

    public void install() {
        for (Lifecycle l : c.allLifecycles()) {
            l.install();
        }
    }

    public void uninstall(boolean keepData) {
        List<Lifecycle> all = new ArrayList<>(c.allLifecycles());
        java.util.Collections.reverse(all);
        for (Lifecycle l : all) {
            l.uninstall(keepData);
        }
    }

    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        tasks.forEach(Scheduler.Task::cancel);
        timeouts.cancelAll();
        flushQuietly();
        dispatcher.close();
        outbox.close();
        c.scheduler().close();
        try {
            c.transport().close();
        } catch (Exception e) {
            LOG.warn("transport failed to close", e);
        }
    }
}
