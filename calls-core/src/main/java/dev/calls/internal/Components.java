package dev.calls.internal;

import dev.calls.CallsConfig;
import dev.calls.meeting.MeetingSettings;
import dev.calls.spi.CallListener;
import dev.calls.spi.CallPolicy;
import dev.calls.spi.CallStore;
import dev.calls.spi.DeliveryCursors;
import dev.calls.spi.EventTransport;
import dev.calls.spi.InvitationLinks;
import dev.calls.spi.InvitationMailer;
import dev.calls.spi.Lifecycle;
import dev.calls.spi.MeetingProviderResolver;
import dev.calls.spi.MeetingStore;
import dev.calls.spi.PresenceStore;
import dev.calls.spi.PushNotifier;
import dev.calls.spi.RateLimits;
import dev.calls.spi.RoomAccessPolicy;
import dev.calls.spi.Scheduler;
import dev.calls.spi.UserDirectory;
import java.time.Clock;
import java.util.List;

/** Everything the builder collected; the engine's wiring. */
public record Components(
        CallsConfig config,
        UserDirectory users,
        CallStore callStore,
        PresenceStore presenceStore,
        MeetingStore meetingStore,
        EventTransport transport,
        CallPolicy policy,
        PushNotifier push,
        DeviceRegistry devices,
        MeetingProviderResolver providers,
        List<CallListener> listeners,
        List<Lifecycle> lifecycles,
        Clock clock,
        Scheduler scheduler,
        MeetingSettings meetingSettings,
        RoomAccessPolicy roomAccess,
        DeliveryCursors cursors,
        InvitationMailer invitationMailer,
        InvitationLinks invitationLinks,
        RateLimits rateLimits,
        dev.calls.guest.GuestSettings guests) {

    /** Every adapter that has install/uninstall hooks, each once. */
    List<Lifecycle> allLifecycles() {
        java.util.LinkedHashSet<Lifecycle> all = new java.util.LinkedHashSet<>();
        for (Object adapter : List.of(callStore, presenceStore, meetingStore, transport, devices.store(), guests.store())) {
            if (adapter instanceof Lifecycle l) {
                all.add(l);
            }
        }
        all.addAll(lifecycles);
        return List.copyOf(all);
    }

}
