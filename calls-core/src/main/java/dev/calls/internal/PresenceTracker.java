package dev.calls.internal;

import dev.calls.InputLimits;
import dev.calls.Call;
import dev.calls.ErrorCode;
import dev.calls.ParticipantState;
import dev.calls.RefusedException;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.presence.Presence;
import dev.calls.presence.PresencePage;
import dev.calls.presence.PresenceService;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceUpdate;
import dev.calls.presence.PresenceView;
import dev.calls.spi.CallStore;
import dev.calls.spi.PresenceStore;
import dev.calls.spi.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Presence as soft state. Signs of life (heartbeats, open streams) are kept here and written behind in
 * batches; settings are written through. A user's first sign of life after being offline is written at
 * once, so other nodes and listings see them online without waiting for the next flush.
 */
final class PresenceTracker implements PresenceService {
    private final Clock clock;
    private final Duration timeout;
    private final PresenceStore store;
    private final CallStore calls;
    private final UserDirectory users;
    private final Connections connections;
    private final Consumer<List<CallEvent>> publisher;
    private final ConcurrentHashMap<UserRef, Local> local = new ConcurrentHashMap<>();
    private volatile Consumer<List<UserRef>> wentOfflineFollower = users -> { };

    /** What this node knows of a user beyond the store. Guarded by its own monitor. */
    private static final class Local {
        Instant lastSeen;
        Instant lastWritten;
        boolean dirty;
        boolean reportedOnline;
        /** When the user signed out, until their next sign of life: the stored lastSeen no longer counts. */
        Instant signedOutAt;
    }

    PresenceTracker(Clock clock, Duration timeout, PresenceStore store, CallStore calls, UserDirectory users,
            Connections connections, Consumer<List<CallEvent>> publisher) {
        this.connections = connections;
        this.clock = clock;
        this.timeout = timeout;
        this.store = store;
        this.calls = calls;
        this.users = users;
        this.publisher = publisher;
    }

    @Override
    public PresenceView heartbeat(UserRef user) {
        seen(user);
        return get(user);
    }

    @Override
    public PresenceView update(UserRef user, PresenceUpdate update) {
        if (update.message() != null && !InputLimits.fits(update.message(), InputLimits.MAX_STATUS_MESSAGE_LENGTH)) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "message is at most " + InputLimits.MAX_STATUS_MESSAGE_LENGTH + " characters");
        }
        Instant now = clock.instant();
        // read, change and write under the store's lock for this user: two devices changing different settings at
        // once both keep their change
        store.update(user, current -> current.withSettings(
                update.status() != null ? update.status() : current.status(),
                update.message() == null ? current.message() : update.message().isBlank() ? null : update.message(),
                update.available() != null ? update.available() : current.available(),
                update.doNotDisturb() != null ? update.doNotDisturb() : current.doNotDisturb()).seen(now));
        withLocal(user, l -> {
            l.lastSeen = now;
            l.reportedOnline = true;
            l.signedOutAt = null;
            return null;
        });
        PresenceView view = get(user);
        publisher.accept(List.of(CallEvent.forPresence(view, now)));
        return view;
    }

    @Override
    public PresenceView signOut(UserRef user) {
        Instant now = clock.instant();
        withLocal(user, l -> {
            l.signedOutAt = now;
            l.reportedOnline = false;
            l.dirty = false;
            return null;
        });
        PresenceView view = get(user);
        publisher.accept(List.of(CallEvent.forPresence(view, now)));
        return view;
    }

    @Override
    public PresenceView get(UserRef user) {
        Presence stored = store.find(user).orElse(Presence.initial(user));
        return view(stored, name(user));
    }

    @Override
    public List<PresenceView> get(String tenant, Collection<String> userIds) {
        Map<String, Presence> stored = new HashMap<>();
        for (Presence p : store.find(tenant, userIds)) {
            stored.put(p.user().userId(), p);
        }
        List<PresenceView> views = new ArrayList<>();
        for (String id : userIds) {
            UserRef ref = UserRef.of(tenant, id);
            views.add(view(stored.getOrDefault(id, Presence.initial(ref)), name(ref)));
        }
        return views;
    }

    @Override
    public PresencePage online(String tenant, boolean callableOnly, String cursor, int limit) {
        InputLimits.requirePageSize(limit);
        Instant since = clock.instant().minus(timeout);
        List<PresenceView> page = new ArrayList<>();
        String after = cursor;
        boolean more = true;
        while (page.size() < limit && more) {
            List<Presence> batch = store.findSeenSince(tenant, since, after, limit);
            more = batch.size() == limit;
            for (Presence p : batch) {
                after = p.user().userId();
                PresenceView v = view(p, name(p.user()));
                if (v.online() && (!callableOnly || v.callable())) {
                    page.add(v);
                    if (page.size() == limit) {
                        break;
                    }
                }
            }
        }
        String next = page.size() == limit ? page.get(page.size() - 1).user().userId() : null;
        return new PresencePage(page, next);
    }

    @Override
    public Connection connect(UserRef user) {
        connections.opened(user);
        seen(user);
        boolean[] closed = {false};
        return () -> {
            synchronized (closed) {
                if (closed[0]) {
                    return;
                }
                closed[0] = true;
            }
            connections.closed(user);
            seenUnlessSignedOut(user);
        };
    }

    @Override
    public boolean isConnected(UserRef user) {
        return connections.isConnected(user);
    }

    /**
     * A stream that closes after its user signed out is no sign of life (before, it is one); if it was what kept
     * them online, their going offline is announced now.
     */
    private void seenUnlessSignedOut(UserRef user) {
        Local l = local.get(user);
        boolean signedOut = false;
        if (l != null) {
            synchronized (l) {
                signedOut = l.signedOutAt != null;
            }
        }
        if (!signedOut) {
            seen(user);
            return;
        }
        PresenceView view = get(user);
        if (!view.online()) {
            publisher.accept(List.of(CallEvent.forPresence(view, clock.instant())));
        }
    }

    /** Records a sign of life; a user coming online is written and announced at once. */
    private void seen(UserRef user) {
        Instant now = clock.instant();
        boolean cameOnline = withLocal(user, l -> {
            l.signedOutAt = null;
            l.lastSeen = now;
            boolean came = !l.reportedOnline;
            l.reportedOnline = true;
            l.dirty = !came;
            if (came) {
                l.lastWritten = now;
            }
            return came;
        });
        if (cameOnline) {
            store.touch(Map.of(user, now));
            publisher.accept(List.of(CallEvent.forPresence(get(user), now)));
        }
    }

    /**
     * Runs {@code change} on the user's entry under its lock. A flush may remove an entry between lookup and
     * lock; changing that detached entry would lose the sign of life (or an open stream), so look again.
     */
    private <T> T withLocal(UserRef user, Function<Local, T> change) {
        while (true) {
            Local l = local.computeIfAbsent(user, u -> new Local());
            synchronized (l) {
                if (local.get(user) == l) {
                    return change.apply(l);
                }
            }
        }
    }

    private boolean recent(Instant lastSeen, Instant now) {
        return lastSeen != null && lastSeen.plus(timeout).isAfter(now);
    }

    /**
     * Writes signs of life behind in one batch, refreshes users with open streams, and announces users whose
     * presence timed out. Called by the engine's timer.
     */
    void flush() {
        Instant now = clock.instant();
        Map<UserRef, Instant> batch = new HashMap<>();
        List<UserRef> wentOffline = new ArrayList<>();
        for (Map.Entry<UserRef, Local> e : local.entrySet()) {
            Local l = e.getValue();
            synchronized (l) {
                boolean connected = connections.isConnected(e.getKey());
                if (connected && (l.lastSeen == null || l.lastSeen.plus(timeout.dividedBy(4)).isBefore(now))) {
                    l.lastSeen = now;
                    l.dirty = true;
                }
                // at most one write per user every half of the timeout, however often they heartbeat
                if (l.dirty && (l.lastWritten == null || !l.lastWritten.plus(timeout.dividedBy(2)).isAfter(now))) {
                    batch.put(e.getKey(), l.lastSeen);
                    l.dirty = false;
                    l.lastWritten = now;
                }
                // a signed-out user's entry stays while the stored lastSeen would still count as recent
                if (!connected && !recent(l.lastSeen, now) && !recent(l.signedOutAt, now)) {
                    if (l.reportedOnline) {
                        wentOffline.add(e.getKey());
                    }
                    local.remove(e.getKey(), l);
                }
            }
        }
        RuntimeException failed = null;
        if (!batch.isEmpty()) {
            try {
                store.touch(batch);
            } catch (RuntimeException e) {
                // not written: those users stay dirty, so the next flush writes them
                batch.keySet().forEach(user -> local.computeIfPresent(user, (u, l) -> {
                    synchronized (l) {
                        l.dirty = true;
                        l.lastWritten = null;
                    }
                    return l;
                }));
                failed = e;
            }
        }
        List<UserRef> gone = new ArrayList<>();
        for (UserRef user : wentOffline) {
            PresenceView view = get(user);
            if (!view.online()) {
                publisher.accept(List.of(CallEvent.forPresence(view, now)));
                gone.add(user);
            }
        }
        if (!gone.isEmpty()) {
            wentOfflineFollower.accept(gone);
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** Told of the users this node saw go offline, after they were announced. */
    void onWentOffline(Consumer<List<UserRef>> follower) {
        this.wentOfflineFollower = follower;
    }

    private String name(UserRef user) {
        return users.find(user.tenant(), user.userId()).map(UserProfile::name).orElse(user.userId());
    }

    private PresenceView view(Presence p, String name) {
        Instant now = clock.instant();
        Local l = local.get(p.user());
        Instant lastSeen = p.lastSeen();
        boolean signedOut = false;
        if (l != null) {
            synchronized (l) {
                if (l.lastSeen != null && (lastSeen == null || l.lastSeen.isAfter(lastSeen))) {
                    lastSeen = l.lastSeen;
                }
                signedOut = l.signedOutAt != null;
            }
        }
        boolean online = connections.isConnected(p.user()) || (!signedOut && recent(lastSeen, now));
        boolean inCall = inCall(p.user());
        boolean callable = online && p.available() && !p.doNotDisturb() && !inCall
                && p.status() != PresenceStatus.BUSY && p.status() != PresenceStatus.OFFLINE;
        return new PresenceView(p.user(), name, p.status(), p.message(), p.available(), p.doNotDisturb(),
                lastSeen, online, inCall, callable);
    }

    /**
     * Announces the users whose "in a call" state this change flipped (the caller of a new call, whoever
     * answered, everyone when it ended), so presence dots show them busy and free again without polling.
     */
    void callChanged(Call before, Call after) {
        Instant now = clock.instant();
        List<CallEvent> changes = new ArrayList<>();
        for (dev.calls.Participant p : after.participants()) {
            boolean was = before != null && talking(before, p.userId());
            boolean is = talking(after, p.userId());
            if (was != is) {
                changes.add(CallEvent.forPresence(get(UserRef.of(after.tenant(), p.userId())), now));
            }
        }
        if (!changes.isEmpty()) {
            publisher.accept(changes);
        }
    }

    private static boolean talking(Call call, String userId) {
        return !call.state().isTerminal()
                && call.participant(userId).map(p -> p.state() == ParticipantState.JOINED).orElse(false);
    }

    /** Joined in a live call: ringing as its caller, or talking. */
    boolean inCall(UserRef user) {
        for (Call c : calls.findLive(user.tenant(), user.userId())) {
            if (c.participant(user.userId()).map(p -> p.state() == ParticipantState.JOINED).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
