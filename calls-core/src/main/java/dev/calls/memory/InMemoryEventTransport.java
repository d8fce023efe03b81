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
 * listeners that may see the event. Thread-safe; a listener that throws is logged and skipped.
 */
public final class InMemoryEventTransport implements EventTransport {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryEventTransport.class);

    private final Map<String, Map<String, Set<Listener>>> byTenant = new ConcurrentHashMap<>();

    @Override
    public void publish(CallEvent event) {
        Map<String, Set<Listener>> users = byTenant.get(event.tenant());
        if (users == null) {
            return;
        }
        if (event.call() != null) {
            event.call().participants().forEach(p -> deliver(users.get(p.userId()), event));
        } else {
            users.values().forEach(listeners -> deliver(listeners, event));
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
        byTenant.computeIfAbsent(user.tenant(), t -> new ConcurrentHashMap<>())
                .compute(user.userId(), (u, s) -> {
                    Set<Listener> set = s != null ? s : ConcurrentHashMap.newKeySet();
                    set.add(listener);
                    return set;
                });
        return () -> {
            Map<String, Set<Listener>> users = byTenant.get(user.tenant());
            if (users != null) {
                users.computeIfPresent(user.userId(), (u, s) -> {
                    s.remove(listener);
                    return s.isEmpty() ? null : s;
                });
            }
        };
    }

    /** Listeners currently subscribed, across all users. */
    public int subscriberCount() {
        return byTenant.values().stream().flatMap(m -> m.values().stream()).mapToInt(Set::size).sum();
    }
}
