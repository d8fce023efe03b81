package dev.calls.spring;

import dev.calls.Calls;
import dev.calls.CallsBuilder;
import dev.calls.meeting.MeetingSettings;
import dev.calls.spi.AdminPolicy;
import dev.calls.spi.AdminStore;
import dev.calls.spi.CallListener;
import dev.calls.spi.CallPolicy;
import dev.calls.spi.CallStore;
import dev.calls.spi.EventTransport;
import dev.calls.spi.InvitationLinks;
import dev.calls.spi.InvitationMailer;
import dev.calls.spi.RateLimits;
import dev.calls.spi.Lifecycle;
import dev.calls.spi.MeetingProvider;
import dev.calls.spi.MeetingProviderResolver;
import dev.calls.spi.MeetingStore;
import dev.calls.spi.PresenceStore;
import dev.calls.spi.DeviceStore;
import dev.calls.spi.GuestListener;
import dev.calls.spi.GuestStore;
import dev.calls.spi.PushNotifier;
import dev.calls.spi.RoomAccessPolicy;
import dev.calls.spi.Scheduler;
import dev.calls.spi.UserDirectory;
import java.time.Clock;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds the engine from the {@code calls.*} properties and every adapter bean of the context. A bean the
 * context lacks keeps the builder's default (in-memory stores, in-process transport, system clock); a
 * {@code MeetingSettings} bean wins over {@code calls.meetings.*}. Unless {@code calls.ring-offline-users} is set,
 * offline users are rung when the engine has a push notifier: a {@code PushNotifier} bean (every one of them gets
 * every message) or one a customizer adds.
 */
final class CallsEngineFactory {
    private final BeanFactory beans;
    private final CallsProperties properties;

    CallsEngineFactory(BeanFactory beans, CallsProperties properties) {
        this.beans = beans;
        this.properties = properties;
    }

    Calls build() {
        UserDirectory users = one(UserDirectory.class).getIfAvailable();
        if (users == null) {
            throw new MissingUserDirectoryException();
        }
        CallsBuilder b = Calls.builder().userDirectory(users).settings(CoreSettings.engine(properties));
        if (properties.getRingOfflineUsers() != null) {
            // settings(..) leaves a false ringOfflineUsers to the builder's default ("when there is a notifier"):
            // a property set either way wins
            b.ringOfflineUsers(properties.getRingOfflineUsers());
        }
        one(CallStore.class).ifAvailable(b::callStore);
        one(PresenceStore.class).ifAvailable(b::presenceStore);
        one(MeetingStore.class).ifAvailable(b::meetingStore);
        one(EventTransport.class).ifAvailable(b::eventTransport);
        one(RateLimits.class).ifAvailable(b::rateLimits);
        one(CallPolicy.class).ifAvailable(b::callPolicy);
        // Every notifier gets every message: APNs, FCM and the host's own (or the HTTP hook).
        one(PushNotifier.class).orderedStream().forEach(b::pushNotifier);
        one(DeviceStore.class).ifAvailable(b::deviceStore);
        one(InvitationMailer.class).ifAvailable(b::invitationMailer);
        one(InvitationLinks.class).ifAvailable(b::invitationLinks);
        one(GuestStore.class).ifAvailable(b::guestStore);
        one(GuestListener.class).ifAvailable(b::guestListener);
        b.guestSecret(properties.getGuests().getSecret());
        b.maxDevicesPerUser(properties.getMaxDevicesPerUser());
        one(RoomAccessPolicy.class).ifAvailable(b::roomAccessPolicy);
        one(AdminPolicy.class).ifAvailable(b::adminPolicy);
        one(AdminStore.class).ifAvailable(b::adminStore);
        b.meetingSettings(one(MeetingSettings.class)
                .getIfAvailable(() -> CoreSettings.meetings(properties.getMeetings())));
        // A host may have several clocks for its own reasons; only an unambiguous one is the engine's.
        one(Clock.class).ifUnique(b::clock);
        one(Scheduler.class).ifAvailable(b::scheduler);
        MeetingProviderResolver resolver = one(MeetingProviderResolver.class).getIfAvailable();
        if (resolver != null) {
            b.meetingProviders(resolver);
        } else {
            one(MeetingProvider.class).ifAvailable(b::meetingProvider);
        }
        one(CallListener.class).orderedStream().forEach(b::listener);
        one(Lifecycle.class).orderedStream().forEach(b::lifecycle);
        one(CallsBuilderCustomizer.class).orderedStream().forEach(c -> c.customize(b));
        return b.build();
    }

    private <T> ObjectProvider<T> one(Class<T> type) {
        return beans.getBeanProvider(type);
    }
}
