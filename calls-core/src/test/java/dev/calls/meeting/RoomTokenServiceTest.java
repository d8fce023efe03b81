package dev.calls.meeting;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Call;
import dev.calls.CallsException;
import dev.calls.ErrorCode;
import dev.calls.MediaType;
import dev.calls.spi.RoomAccessPolicy.Access;
import dev.calls.testing.EngineFixture;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoomTokenServiceTest {
    private final RecordingProvider provider = new RecordingProvider(false);
    private final EngineFixture denyAll = new EngineFixture(b -> b.meetingProvider(provider));
    private final EngineFixture teams = new EngineFixture(b -> b.meetingProvider(provider)
            .roomAccessPolicy((user, room) -> !room.startsWith("team-") ? Access.DENIED
                    : user.name().equals("Alice Adams") ? Access.MODERATOR : Access.GUEST));

    @AfterEach
    void close() {
        denyAll.close();
        teams.close();
    }

    private static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(CallsException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void generateWhenNoPolicyConfiguredThenDeniedByDefault() {
        assertRefused(() -> denyAll.calls.roomTokens().generate(acme("alice"), RoomTokenRequest.of("team-standup")),
                ErrorCode.NOT_PERMITTED);
        assertThat(provider.requests).isEmpty();
    }

    @Test
    void generateWhenPolicyAllowsThenTokenWithRoleThePolicyChose() {
        RoomToken moderator = teams.calls.roomTokens().generate(acme("alice"), RoomTokenRequest.of("team-standup"));
        RoomToken guest = teams.calls.roomTokens().generate(acme("bob"),
                new RoomTokenRequest("team-standup", MediaType.AUDIO));

        assertThat(moderator.moderator()).isTrue();
        assertThat(moderator.token()).isEqualTo("jwt.alice.moderator");
        assertThat(moderator.roomName()).isEqualTo("team-standup");
        assertThat(moderator.joinUrl()).isEqualTo("https://meet.example.test/team-standup?jwt=jwt.alice.moderator");
        assertThat(moderator.expiresAt()).isEqualTo(teams.clock.instant().plus(RecordingProvider.TTL));
        assertThat(guest.moderator()).isFalse();
        assertThat(guest.token()).isEqualTo("jwt.bob.guest");
        assertThat(provider.requests).extracting(r -> r.user().name()).containsExactly("Alice Adams", "Bob Brown");
        assertThat(provider.requests.get(1).mediaType()).isEqualTo(MediaType.AUDIO);
        assertThat(guest.toString()).doesNotContain("jwt.bob.guest");
    }

    @Test
    void generateWhenPolicyDeniesThisRoomThenNotPermitted() {
        assertRefused(() -> teams.calls.roomTokens().generate(acme("bob"), RoomTokenRequest.of("private-room")),
                ErrorCode.NOT_PERMITTED);
    }

    @Test
    void generateWhenRoomNameInvalidThenInvalidRequest() {
        for (String name : new String[] {null, "ab", "Team-Standup", "team standup", "team_1", "team/x",
                "t".repeat(65)}) {
            assertRefused(() -> teams.calls.roomTokens().generate(acme("alice"), RoomTokenRequest.of(name)),
                    ErrorCode.INVALID_REQUEST);
        }
        assertRefused(() -> teams.calls.roomTokens().generate(acme("alice"), null), ErrorCode.INVALID_REQUEST);
    }

    @Test
    void generateWhenNameBelongsToCallsOrMeetingsThenNotPermittedWhateverThePolicy() {
        try (EngineFixture allowAll = new EngineFixture(b -> b.meetingProvider(provider).roomPrefix("")
                .roomAccessPolicy((user, room) -> Access.MODERATOR)).online("alice", "bob")) {
            Call call = allowAll.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);

            assertRefused(() -> allowAll.calls.roomTokens().generate(acme("carol"), RoomTokenRequest.of(call.room())),
                    ErrorCode.NOT_PERMITTED);
        }
        try (EngineFixture prefixed = new EngineFixture(b -> b.meetingProvider(provider)
                .roomAccessPolicy((user, room) -> Access.MODERATOR))) {
            assertRefused(() -> prefixed.calls.roomTokens().generate(acme("carol"),
                    RoomTokenRequest.of("calls-abcdefghijklmnopqrstuvwxyz")), ErrorCode.NOT_PERMITTED);
            assertThat(prefixed.calls.roomTokens().generate(acme("carol"), RoomTokenRequest.of("callsroom")).token())
                    .isEqualTo("jwt.carol.moderator");
        }
    }
}
