package dev.calls.internal;

import dev.calls.Call;
import dev.calls.Participant;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.spi.CallListener;
import dev.calls.spi.EventTransport;
import dev.calls.spi.MeetingProviderResolver;
import dev.calls.spi.PushInvitation;
import dev.calls.spi.PushNotifier;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed events on: to the transport at once (on the committing thread, so events of one call
 * go out in order), then to listeners and the push notifier on one engine thread, in order.
 */
final class Dispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final EventTransport transport;
    private final List<CallListener> listeners;
    private final PushNotifier push;
    private final MeetingProviderResolver providers;
    private final Predicate<UserRef> connected;
    private final ExecutorService engineThread;

    Dispatcher(EventTransport transport, List<CallListener> listeners, PushNotifier push,
            MeetingProviderResolver providers, Predicate<UserRef> connected) {
        this.transport = transport;
        this.listeners = listeners;
        this.push = push;
        this.providers = providers;
        this.connected = connected;
        this.engineThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "calls-events");
            t.setDaemon(true);
            return t;
        });
    }

    /** Events of one committed change; {@code before} is the call before it, null for a new call. */
    void committed(Call before, List<CallEvent> events) {
        for (CallEvent event : events) {
            try {
                transport.publish(event);
            } catch (RuntimeException e) {
                LOG.warn("transport failed to publish {} #{}", event.type().wire(), event.sequence(), e);
            }
        }
        if (listeners.isEmpty() && push == null) {
            return;
        }
        try {
            engineThread.execute(() -> afterCommit(before, events));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            LOG.debug("engine closed; listeners not called for {} events", events.size());
        }
    }

    private void afterCommit(Call before, List<CallEvent> events) {
        for (CallEvent event : events) {
            for (CallListener listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warn("call listener failed on {} #{}", event.type().wire(), event.sequence(), e);
                }
            }
        }
        if (push != null && !events.isEmpty() && events.get(0).call() != null) {
            try {
                pushFor(before, events.get(events.size() - 1));
            } catch (RuntimeException e) {
                LOG.warn("push notifier failed for call {}", events.get(0).callId(), e);
            }
        }
    }

    /** Invites newly rung invitees without a stream; cancels for everyone who is no longer being rung. */
    private void pushFor(Call before, CallEvent last) {
        Call after = last.call();
        for (Participant p : after.invitees()) {
            Participant was = before == null ? null : before.participant(p.userId()).orElse(null);
            boolean wasRinging = was != null && was.state().isPending();
            boolean rungAgain = was != null && p.state().isPending() && !p.invitedAt().equals(was.invitedAt());
            UserRef user = UserRef.of(after.tenant(), p.userId());
            if (p.state() == dev.calls.ParticipantState.INVITED && (!wasRinging || rungAgain)
                    && !connected.test(user)) {
                push.invite(invitation(after, p, user));
            } else if (wasRinging && !p.state().isPending() && !connected.test(user)) {
                // only users without a live connection were pushed an invitation, so only they need a cancellation
                push.cancel(user, after.id(), cancelReason(after, p));
            }
        }
    }

    private PushInvitation invitation(Call call, Participant invitee, UserRef user) {
        Participant caller = call.participant(call.initiator()).orElseThrow();
        String url = providers.forTenant(call.tenant()).roomUrl(call.room());
        return new PushInvitation(user, call.id(), url, call.type().wire(), caller.name(), caller.userId(),
                call.room());
    }

    private static String cancelReason(Call call, Participant p) {
        return switch (p.state()) {
            case JOINED, LEFT -> "answered_elsewhere";
            case DECLINED -> "declined";
            default -> call.state() == dev.calls.CallState.CANCELLED ? "cancelled" : "missed";
        };
    }

    /** Waits briefly for queued listener calls, then stops the engine thread. */
    @Override
    public void close() {
        engineThread.shutdown();
        try {
            engineThread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
