package dev.calls.memory;

import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.spi.EventTransport;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to listeners in this process, indexed by tenant and user so a publish touches only the
 * listeners that may see the event: a call event its participants' listeners, a presence change the listeners
 * of the tenant that take everyone's presence and those that watch that user (and the user's own). Thread-safe;
 * a listener that throws is logged and skipped.
 */
public final class InMemoryEventTransport implements EventTransport {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryEventTransport.class);

    /** Every listener by tenant and user: what call events reach. */
    private final Map<String, Map<String, Set<Listener>>> byTenant = new ConcurrentHashMap<>();
    /** The listeners that get every presence change of their tenant. */
    private final Map<String, Set<Listener>> everyone = new ConcurrentHashMap<>();
    /** The listeners with a watch set, by tenant and watched user (each also watches its own user). */
    private final Map<String, Map<String, Set<Listener>>> watchers = new ConcurrentHashMap<>();
    /** Tenant-wide observers of call events: administrators' live views. */
    private final Map<String, Set<Listener>> observers = new ConcurrentHashMap<>();

    @Override
    public void publish(CallEvent event) {
        if (event.call() != null) {
            deliver(observers.get(event.tenant()), event);
            Map<String, Set<Listener>> users = byTenant.get(event.tenant());
            if (users != null) {
                event.call().participants().forEach(p -> deliver(users.get(p.userId()), event));
            }
            return;
        }
        if (event.presence() == null) {
            Map<String, Set<Listener>> users = byTenant.get(event.tenant());
            if (users != null) {
                deliver(users.get(event.data().get(CallEvent.GUEST_AUDIENCE)), event);
            }
            return;
        }
        deliver(everyone.get(event.tenant()), event);
        Map<String, Set<Listener>> watched = watchers.get(event.tenant());
        if (watched != null) {
            deliver(watched.get(event.presence().user().userId()), event);
        }
    }

    private static void deliver(Set<Listener> listeners, CallEvent event) {
        if (listeners == null) {
            return;
        }
        for (Listener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("event listener failed on {} #{}", event.type().wire(), event.sequence(), e);
            }
        }
    }

    @Override
    public Subscription subscribe(UserRef user, Listener listener) {
        add(byTenant, user.tenant(), user.userId(), listener);
        everyone.compute(user.tenant(), (t, s) -> {
            Set<Listener> set = s != null ? s : ConcurrentHashMap.newKeySet();
            set.add(listener);
            return set;
        });
        return () -> {
            remove(byTenant, user.tenant(), user.userId(), listener);
            everyone.computeIfPresent(user.tenant(), (t, s) -> {
                s.remove(listener);
                return s.isEmpty() ? null : s;
            });
        };
    }

    @Override
    public Subscription observeTenant(String tenant, Listener listener) {
        Set<Listener> set = observers.computeIfAbsent(tenant, t -> ConcurrentHashMap.newKeySet());
        set.add(listener);
        return new Subscription() {
            @Override
            public void close() {
                set.remove(listener);
            }
        };
    }

    /** Indexed by watched user: a presence change reaches only its watchers. */
    @Override
    public Subscription subscribe(UserRef user, Set<String> watching, Listener listener) {
        add(byTenant, user.tenant(), user.userId(), listener);
        return new Subscription() {
            // Guarded by this.
            private Set<String> watched = Set.of();
            private boolean closed;

            {
                watch(watching);
            }

            @Override
            public synchronized void watch(Set<String> userIds) {
                if (closed) {
                    return;
                }
                Set<String> next = new java.util.HashSet<>(userIds);
                next.add(user.userId());
                for (String old : watched) {
                    if (!next.contains(old)) {
                        remove(watchers, user.tenant(), old, listener);
                    }
                }
                for (String added : next) {
                    if (!watched.contains(added)) {
                        add(watchers, user.tenant(), added, listener);
                    }
                }
                watched = Set.copyOf(next);
            }

            @Override
            public synchronized void close() {
                if (closed) {
                    return;
                }
                closed = true;
                remove(byTenant, user.tenant(), user.userId(), listener);
                watched.forEach(w -> remove(watchers, user.tenant(), w, listener));
                watched = Set.of();
            }
        };
    }

    private static void add(Map<String, Map<String, Set<Listener>>> index, String tenant, String userId,
            Listener listener) {
        index.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>()).compute(userId, (u, s) -> {
            Set<Listener> set = s != null ? s : ConcurrentHashMap.newKeySet();
            set.add(listener);
            return set;
        });
    }

    private static void remove(Map<String, Map<String, Set<Listener>>> index, String tenant, String userId,
            Listener listener) {
        Map<String, Set<Listener>> users = index.get(tenant);
        if (users != null) {
            users.computeIfPresent(userId, (u, s) -> {
                s.remove(listener);
                return s.isEmpty() ? null : s;
            });
        }
    }

    /** Listeners currently subscribed, across all users. */
    public int subscriberCount() {
        return byTenant.values().stream().flatMap(m -> m.values().stream()).mapToInt(Set::size).sum();
    }
}
