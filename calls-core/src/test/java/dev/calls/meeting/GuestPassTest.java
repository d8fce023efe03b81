package dev.calls.meeting;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.CallsException;
import dev.calls.ErrorCode;
import dev.calls.MediaType;
import dev.calls.NotFoundException;
import dev.calls.Participant;
import dev.calls.ParticipantRole;
import dev.calls.ParticipantState;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.guest.GuestCall;
import dev.calls.guest.GuestInvite;
import dev.calls.guest.GuestJoin;
import dev.calls.guest.GuestPass;
import dev.calls.guest.GuestRequest;
import dev.calls.guest.GuestService;
import dev.calls.guest.GuestState;
import dev.calls.guest.GuestTarget;
import dev.calls.history.HistoryPage;
import dev.calls.spi.GuestListener;
import dev.calls.spi.JoinRequest;
import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuestPassTest {
    private static final String SECRET = "a-guest-pass-secret-of-32-bytes-or-more";
    private final RecordingProvider provider = new RecordingProvider(false);
    private final List<String> mailed = new CopyOnWriteArrayList<>();
    private final dev.calls.memory.InMemoryGuestStore passes = new dev.calls.memory.InMemoryGuestStore();
    private final EngineFixture f = new EngineFixture(b -> b.meetingProvider(provider).guestSecret(SECRET)
            .guestStore(passes)
            .guestListener(new GuestListener() {
                @Override
                public void passCreated(GuestPass pass, String link) {
                    mailed.add("created " + pass.name() + " " + link);
                }

                @Override
                public void passRevoked(GuestPass pass) {
                    mailed.add("revoked " + pass.name());
                }
            }));
    private final GuestService guests = f.calls.guests();
    private final Instant start = f.clock.instant().plus(Duration.ofHours(1));
    private final Instant end = start.plus(Duration.ofMinutes(45));

    @AfterEach
    void close() {
        f.close();
    }

    private Meeting meeting(boolean waitingRoom, boolean admitOnHostJoin) {
        return f.calls.meetings().create(acme("alice"), new MeetingRequest("Consultation", start, end,
                List.of("bob"), MediaType.VIDEO, waitingRoom, admitOnHostJoin));
    }

    private GuestInvite invite(Meeting m) {
        return guests.invite(GuestTarget.meeting(m.id()), acme("alice"), GuestRequest.of("Ann Client",
                "ann@example.org"), "https://app.example/api/calls/guest/");
    }

    private void openWindow() {
        f.clock.set(start.minus(Duration.ofMinutes(5)));
    }

    private List<CallEvent> guestEvents(EventType type) {
        f.drain();
        return f.listened.stream().filter(e -> e.type() == type).toList();
    }

    private static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(CallsException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void inviteThenPassIsOpaqueSignedAndHoldsNoUserDataAndTheListenerGetsTheLink() {
        Meeting m = meeting(true, false);

        GuestInvite invite = invite(m);

        assertThat(invite.token()).matches("[A-Za-z0-9_-]{24}\\.[A-Za-z0-9_-]{43}");
        assertThat(invite.token()).doesNotContain(invite.pass().id().toString(), m.id().toString(), m.room(), "Ann",
                "alice");
        assertThat(invite.pass().keyHash()).hasSize(64).doesNotContain(invite.token().substring(0, 24));
        assertThat(invite.pass().expiresAt()).isEqualTo(end);
        assertThat(invite.pass().waitingRoom()).isTrue();
        assertThat(mailed).containsExactly("created Ann Client https://app.example/api/calls/guest/" + invite.token());
        assertThat(guests.list(GuestTarget.meeting(m.id()), acme("alice"))).extracting(GuestPass::name)
                .containsExactly("Ann Client");
    }

    @Test
    void waitingRoomThenGuestWaitsHostSeesKnockAndAdmitsThenGuestTokenIsNoModeratorForTheRoom() {
        Meeting m = meeting(true, false);
        GuestInvite invite = invite(m);
        openWindow();

        assertThat(guests.view(invite.token()).status()).isEqualTo("invited");
        assertThat(guests.knock(invite.token(), null).status()).isEqualTo("waiting_for_host");
        assertRefused(() -> guests.join(invite.token()), ErrorCode.NOT_PERMITTED);
        List<CallEvent> waiting = guestEvents(EventType.GUEST_WAITING);
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).data()).containsEntry("name", "Ann Client")
                .containsEntry("meetingId", m.id().toString()).containsEntry("to", "alice")
                .doesNotContainValue(m.room());
        assertThat(waiting.get(0).isVisibleTo(acme("alice"))).isTrue();
        assertThat(waiting.get(0).isVisibleTo(acme("bob"))).isFalse();

        f.calls.meetings().join(m.id(), acme("alice"));
        assertThat(guests.view(invite.token()).status()).isEqualTo("waiting");
        guests.admit(GuestTarget.meeting(m.id()), invite.pass().id(), acme("alice"));
        GuestJoin join = guests.join(invite.token());

        assertThat(join.view().status()).isEqualTo("admitted");
        assertThat(join.join().room()).isEqualTo(m.room());
        JoinRequest minted = provider.requests.get(provider.requests.size() - 1);
        assertThat(minted.moderator()).isFalse();
        assertThat(minted.user().name()).isEqualTo("Ann Client");
        assertThat(minted.user().userId()).isEqualTo("guest:" + invite.pass().id()).doesNotContain("alice");
        assertThat(minted.notAfter()).isEqualTo(end);
        assertThat(guestEvents(EventType.GUEST_ADMITTED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("alice"));
    }

    @Test
    void denyThenJoinRefusedAndViewSaysDenied() {
        Meeting m = meeting(true, false);
        GuestInvite invite = invite(m);
        openWindow();
        guests.knock(invite.token(), null);

        guests.deny(GuestTarget.meeting(m.id()), invite.pass().id(), acme("alice"));

        assertThat(guests.view(invite.token()).status()).isEqualTo("denied");
        assertRefused(() -> guests.join(invite.token()), ErrorCode.NOT_PERMITTED);
        assertThat(guestEvents(EventType.GUEST_DENIED)).hasSize(1);
    }

    @Test
    void unknownForgedRevokedExpiredOrOtherSecretThenTheSameNotFound() {
        Meeting m = meeting(false, false);
        GuestInvite invite = invite(m);
        GuestInvite revoked = invite(m);
        String t = invite.token();
        char last = t.charAt(t.length() - 1);
        String forged = t.substring(0, t.length() - 1) + (last == 'A' ? 'B' : 'A');

        guests.revoke(GuestTarget.meeting(m.id()), revoked.pass().id(), acme("alice"));

        for (String bad : new String[] {forged, "x", "", null, revoked.token(), t + "x", t.replace('.', '_')}) {
            assertThatThrownBy(() -> guests.view(bad)).isInstanceOf(NotFoundException.class)
                    .hasMessage("no such guest pass");
        }
        assertThat(mailed).contains("revoked Ann Client");
        try (EngineFixture other = new EngineFixture(b -> b.guestSecret("another-secret-that-is-32-bytes-long!!"))) {
            assertThatThrownBy(() -> other.calls.guests().view(t)).isInstanceOf(NotFoundException.class);
        }
        f.clock.set(end);
        assertThatThrownBy(() -> guests.view(t)).isInstanceOf(NotFoundException.class)
                .hasMessage("no such guest pass");
    }

    @Test
    void meetingCancelledThenItsPassesGoAndTheListenerHearsOfEach() {
        Meeting m = meeting(false, false);
        GuestInvite invite = invite(m);

        f.calls.meetings().cancel(m.id(), acme("alice"));

        assertThat(mailed).contains("revoked Ann Client");
        assertThat(passes.find(invite.pass().id())).isEmpty();
        assertThatThrownBy(() -> guests.view(invite.token())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void beforeTheJoinWindowThenNotOpenAndKnockRefused() {
        Meeting m = meeting(false, false);
        GuestInvite invite = invite(m);

        assertThat(guests.view(invite.token()).status()).isEqualTo("not_open");
        assertRefused(() -> guests.knock(invite.token(), null), ErrorCode.OUTSIDE_JOIN_WINDOW);
        assertRefused(() -> guests.join(invite.token()), ErrorCode.OUTSIDE_JOIN_WINDOW);
    }

    @Test
    void admitOnHostJoinThenWaitingGuestLetInWhenTheOrganizerJoins() {
        Meeting m = meeting(true, true);
        GuestInvite invite = invite(m);
        openWindow();
        assertThat(guests.knock(invite.token(), "Ann C.").status()).isEqualTo("waiting_for_host");

        f.calls.meetings().join(m.id(), acme("alice"));

        assertThat(guests.view(invite.token()).status()).isEqualTo("admitted");
        assertThat(guests.view(invite.token()).name()).isEqualTo("Ann C.");
        assertThat(guestEvents(EventType.GUEST_ADMITTED)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isNull());
    }

    @Test
    void noWaitingRoomThenGuestWaitsForHostOnlyUntilTheOrganizerJoins() {
        Meeting m = meeting(false, false);
        GuestInvite invite = invite(m);
        openWindow();
        assertThat(guests.knock(invite.token(), null).status()).isEqualTo("waiting_for_host");

        f.calls.meetings().join(m.id(), acme("alice"));

        assertThat(guests.join(invite.token()).join().room()).isEqualTo(m.room());
    }

    @Test
    void nameNotEditableThenRenameForbidden() {
        Meeting m = meeting(false, false);
        GuestInvite invite = guests.invite(GuestTarget.meeting(m.id()), acme("alice"),
                new GuestRequest("Ann Client", null, null, false), null);
        openWindow();

        assertRefused(() -> guests.knock(invite.token(), "Someone Else"), ErrorCode.FORBIDDEN);
        assertThat(guests.knock(invite.token(), "Ann Client").status()).isEqualTo("waiting_for_host");
    }

    @Test
    void inviteByInviteeOrStrangerOrWithBadNameThenRefused() {
        Meeting m = meeting(false, false);
        GuestTarget t = GuestTarget.meeting(m.id());

        assertRefused(() -> guests.invite(t, acme("bob"), GuestRequest.of("Ann", null), null), ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> guests.invite(t, acme("dave"), GuestRequest.of("Ann", null), null))
                .isInstanceOf(NotFoundException.class);
        assertRefused(() -> guests.invite(t, acme("alice"), GuestRequest.of(" ", null), null),
                ErrorCode.INVALID_REQUEST);
        assertRefused(() -> guests.invite(t, acme("alice"), GuestRequest.of("Ann", "not-an-address"), null),
                ErrorCode.INVALID_REQUEST);
        assertRefused(() -> guests.list(t, acme("bob")), ErrorCode.FORBIDDEN);
    }

    @Test
    void guestCallThenGuestIsAnExternalParticipantAdmittedJoinedAndInTheHostsHistory() {
        f.online("alice");
        GuestCall gc = guests.call(acme("alice"), MediaType.VIDEO, new GuestRequest("Ann Client", null, true, null),
                null);
        Call call = gc.call();
        Participant guest = call.participant(gc.invite().pass().participantId()).orElseThrow();
        assertThat(guest.role()).isEqualTo(ParticipantRole.GUEST_EXTERNAL);
        assertThat(guest.role().wire()).isEqualTo("guest-external");
        assertThat(guest.name()).isEqualTo("Ann Client");

        assertThat(guests.knock(gc.invite().token(), null).status()).isEqualTo("waiting");
        assertRefused(() -> guests.join(gc.invite().token()), ErrorCode.NOT_PERMITTED);
        guests.admit(GuestTarget.call(call.id()), gc.invite().pass().id(), acme("alice"));
        GuestJoin join = guests.join(gc.invite().token());

        assertThat(join.join().room()).isEqualTo(call.room());
        assertThat(provider.requests.get(provider.requests.size() - 1).moderator()).isFalse();
        Call active = f.calls.get(call.id(), acme("alice"));
        assertThat(active.state()).isEqualTo(CallState.ACTIVE);
        assertThat(active.participant(join.participantId()).orElseThrow().state()).isEqualTo(ParticipantState.JOINED);

        guests.leave(gc.invite().token());
        assertThat(f.calls.get(call.id(), acme("alice")).state()).isEqualTo(CallState.COMPLETED);
        assertThatThrownBy(() -> guests.view(gc.invite().token())).isInstanceOf(NotFoundException.class);
        HistoryPage history = f.calls.history(acme("alice"), false, null, null, 10);
        assertThat(history.items().get(0).call().participants()).extracting(Participant::name)
                .contains("Ann Client");
    }

    @Test
    void guestInvitedIntoALiveCallWithoutWaitingRoomThenLetInAtOnce() {
        f.online("alice", "bob");
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.AUDIO);
        f.calls.accept(call.id(), acme("bob"));

        GuestInvite invite = guests.invite(GuestTarget.call(call.id()), acme("alice"), GuestRequest.of("Ann", null),
                null);
        assertRefused(() -> guests.invite(GuestTarget.call(call.id()), acme("bob"), GuestRequest.of("Eve", null), null),
                ErrorCode.FORBIDDEN);

        assertThat(guests.knock(invite.token(), null).status()).isEqualTo("admitted");
        guests.join(invite.token());
        Call after = f.calls.get(call.id(), acme("bob"));
        assertThat(after.participants()).hasSize(3);
        assertThat(after.participant(invite.pass().participantId()).orElseThrow().state())
                .isEqualTo(ParticipantState.JOINED);

        guests.revoke(GuestTarget.call(call.id()), invite.pass().id(), acme("alice"));
        assertThat(f.calls.get(call.id(), acme("bob")).participant(invite.pass().participantId()).orElseThrow()
                .state()).isEqualTo(ParticipantState.LEFT);
    }

    @Test
    void waitingRoomOnADeploymentWithALobbyThenTheOrganizerDoesNotAlsoTurnJitsisLobbyOn() {
        try (EngineFixture lobby = new EngineFixture(b -> b.meetingProvider(new RecordingProvider(true)))) {
            MeetingService meetings = lobby.calls.meetings();
            Meeting guarded = meetings.create(acme("alice"), new MeetingRequest("Guarded", start, end, List.of("bob"),
                    MediaType.VIDEO, true, false));
            Meeting open = meetings.create(acme("alice"), new MeetingRequest("Open", start, end, List.of("bob"),
                    MediaType.VIDEO));
            lobby.clock.set(start);

            assertThat(meetings.join(guarded.id(), acme("alice")).lobby()).isFalse();
            assertThat(meetings.join(open.id(), acme("alice")).lobby()).isTrue();
        }
    }

    @Test
    void guestStateWireNames() {
        assertThat(GuestState.ADMITTED.wire()).isEqualTo("admitted");
        assertThat(ParticipantRole.fromWire("guest-external")).isEqualTo(ParticipantRole.GUEST_EXTERNAL);
        assertThat(UserRef.of("acme", "guest:1").userId()).startsWith(GuestPass.PARTICIPANT_PREFIX);
    }
}
