package dev.calls.internal;

import dev.calls.Call;
import dev.calls.Participant;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.presence.Presence;
import dev.calls.spi.Device;
import dev.calls.spi.DeviceStore;
import dev.calls.spi.PushFeedback;
import dev.calls.spi.PushMessage;
import dev.calls.spi.PushNotifier;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rings and stops the invitee's registered devices through the {@link PushNotifier} with one
 * {@link PushMessage} each time. A user in do-not-disturb is not rung; a stop still goes out, as it may end a
 * ring pushed before do-not-disturb was turned on (a stop never makes a phone ring). The ring deadline is the
 * invitee's {@code invitedAt} plus the ring timeout. Dead tokens the notifier reports are removed.
 */
final class DeviceRingPush implements RingPush {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceRingPush.class);
    private final Components c;
    private final DeviceStore devices;
    private final PushFeedback feedback;

    private DeviceRingPush(Components c) {
        this.c = c;
        this.devices = c.devices().store();
        this.feedback = device -> {
            try {
                if (devices.removeToken(device.token())) {
                    LOG.info("removed device {} of {}: its token is dead", device.id(), device.user());
                }
            } catch (RuntimeException e) {
                LOG.warn("could not remove dead device {}", device.id(), e);
            }
        };
    }

    /** The ring push of the engine, or null without a push notifier. */
    static RingPush of(Components c) {
        return c.push() == null ? null : new DeviceRingPush(c);
    }

    @Override
    public void ring(Call call, UserRef invitee) {
        if (c.presenceStore().find(invitee).map(Presence::doNotDisturb).orElse(false)) {
            return;
        }
        send(call, invitee, PushMessage.Kind.RING, null);
    }

    @Override
    public void stop(Call call, UserRef invitee, String reason) {
        send(call, invitee, "missed".equals(reason) ? PushMessage.Kind.MISSED : PushMessage.Kind.CANCEL, reason);
    }

    private void send(Call call, UserRef invitee, PushMessage.Kind kind, String reason) {
        List<Device> reach = devices.list(invitee);
        c.push().send(message(call, invitee, kind, reason), reach, feedback);
    }

    private PushMessage message(Call call, UserRef invitee, PushMessage.Kind kind, String reason) {
        Participant caller = call.participant(call.initiator()).orElseThrow();
        String avatar = c.users().find(call.tenant(), caller.userId()).map(UserProfile::avatarUrl).orElse(null);
        Instant invitedAt = call.participant(invitee.userId()).map(Participant::invitedAt).orElse(call.createdAt());
        return new PushMessage(kind, call.id(), invitee, new PushMessage.Caller(caller.userId(), caller.name(), avatar),
                call.type() == dev.calls.MediaType.VIDEO, invitedAt.plus(c.config().ringTimeout()), reason,
                serverUrl(call));
    }

    /** The media deployment's base: the room URL without its last segment (the room). */
    private String serverUrl(Call call) {
        String url = c.providers().forTenant(call.tenant()).roomUrl(call.room());
        int slash = url.lastIndexOf('/');
        return slash > url.indexOf("//") + 1 ? url.substring(0, slash) : url;
    }
}
