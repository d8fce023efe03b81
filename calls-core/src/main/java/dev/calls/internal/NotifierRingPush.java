package dev.calls.internal;

import dev.calls.Call;
import dev.calls.Participant;
import dev.calls.UserRef;
import dev.calls.spi.MeetingProviderResolver;
import dev.calls.spi.PushInvitation;
import dev.calls.spi.PushNotifier;

/** Rings and stops phones through the host's {@link PushNotifier}. */
final class NotifierRingPush implements RingPush {
    private final PushNotifier push;
    private final MeetingProviderResolver providers;

    NotifierRingPush(PushNotifier push, MeetingProviderResolver providers) {
        this.push = push;
        this.providers = providers;
    }

    @Override
    public void ring(Call call, UserRef invitee) {
        Participant caller = call.participant(call.initiator()).orElseThrow();
        String url = providers.forTenant(call.tenant()).roomUrl(call.room());
        push.invite(new PushInvitation(invitee, call.id(), url, call.type().wire(), caller.name(), caller.userId(),
                call.room()));
    }

    @Override
    public void stop(Call call, UserRef invitee, String reason) {
        push.cancel(invitee, call.id(), reason);
    }
}
