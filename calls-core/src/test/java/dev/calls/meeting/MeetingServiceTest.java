package dev.calls.meeting;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.CallsException;
import dev.calls.ErrorCode;
import dev.calls.MediaType;
import dev.calls.NotFoundException;
import dev.calls.UserRef;
import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeetingServiceTest {
    private final RecordingProvider provider = new RecordingProvider(false);
    private final EngineFixture f = new EngineFixture(b -> b.meetingProvider(provider).maxGroupSize(3)
            .callPolicy((caller, callee, type) -> !callee.userId().equals("erin")));
    private final MeetingService meetings = f.calls.meetings();
    private final Instant start = f.clock.instant().plus(Duration.ofHours(1));
    private final Instant end = start.plus(Duration.ofMinutes(45));

    @AfterEach
    void close() {
        f.close();
    }

    private Meeting schedule() {
        return meetings.create(acme("alice"), new MeetingRequest("Weekly sync", start, end, List.of("bob", "carol"),
                MediaType.VIDEO));
    }

    private static void assertRefused(Runnable action, ErrorCode code, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(CallsException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void createWhenValidThenStoredWithOwnRoomAndVisibleOnlyToAttendees() {
        Meeting m = schedule();

        assertThat(m.host()).isEqualTo("alice");
        assertThat(m.inviteeIds()).containsExactly("bob", "carol");
        assertThat(m.room()).matches("calls-[a-z2-7]{26}");
        assertThat(m.providerId()).isEqualTo("recording");
        assertThat(meetings.get(m.id(), acme("bob"))).isEqualTo(m);
        assertThat(meetings.get(m.id(), acme("alice"))).isEqualTo(m);
        assertThatThrownBy(() -> meetings.get(m.id(), acme("dave"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.get(m.id(), UserRef.of(EngineFixture.GLOBEX, "gina")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void createWhenTitleMissingTooLongOrWithControlCharactersThenInvalidRequest() {
        for (String title : new String[] {null, "  ", "x".repeat(201), "bell\u0007"}) {
            assertRefused(() -> meetings.create(acme("alice"), new MeetingRequest(title, start, end, List.of("bob"),
                    MediaType.AUDIO)), ErrorCode.INVALID_REQUEST, "title");
        }
        Meeting m = meetings.create(acme("alice"), new MeetingRequest("  Line one\r\nline two\t", start, end,
                List.of("bob"), MediaType.AUDIO));
        assertThat(m.title()).isEqualTo("Line one\nline two");
    }

    @Test
    void createWhenTimesWrongThenInvalidRequestNamingTheRule() {
        Instant now = f.clock.instant();
        assertRefused(() -> create(start, start), ErrorCode.INVALID_REQUEST, "endsAt must be after startsAt");
        assertRefused(() -> create(start, start.minusSeconds(1)), ErrorCode.INVALID_REQUEST, "after startsAt");
        assertRefused(() -> create(start, start.plus(Duration.ofHours(12)).plusSeconds(1)), ErrorCode.INVALID_REQUEST,
                "at most 720 minutes");
        assertRefused(() -> create(now.minusSeconds(3600), now), ErrorCode.INVALID_REQUEST, "in the future");
        assertRefused(() -> create(now.plus(Duration.ofDays(367)), now.plus(Duration.ofDays(367)).plusSeconds(60)),
                ErrorCode.INVALID_REQUEST, "days ahead");
        assertRefused(() -> create(null, end), ErrorCode.INVALID_REQUEST, "required");
        assertRefused(() -> meetings.create(acme("alice"), new MeetingRequest("t", start, end, List.of("bob"), null)),
                ErrorCode.INVALID_REQUEST, "type");
    }

    private Meeting create(Instant from, Instant to) {
        return meetings.create(acme("alice"), new MeetingRequest("t", from, to, List.of("bob"), MediaType.VIDEO));
    }

    @Test
    void createWhenInviteesInvalidThenRefusedWithReason() {
        assertRefused(() -> invite(List.of()), ErrorCode.INVALID_REQUEST, "at least one");
        assertRefused(() -> invite(List.of("alice")), ErrorCode.INVALID_REQUEST, "other than yourself");
        assertRefused(() -> invite(List.of("bob", " ")), ErrorCode.INVALID_REQUEST, "non-blank");
        assertRefused(() -> invite(List.of("bob", "carol", "dave", "erin")), ErrorCode.INVALID_REQUEST, "at most 3");
        assertRefused(() -> invite(List.of("bob", "gina")), ErrorCode.NOT_FOUND, "gina");
        assertRefused(() -> invite(List.of("bob", "erin")), ErrorCode.NOT_PERMITTED, "Erin Evans");
        assertThat(invite(List.of("bob", "bob", "alice")).inviteeIds()).containsExactly("bob");
    }

    private Meeting invite(List<String> ids) {
        return meetings.create(acme("alice"), new MeetingRequest("t", start, end, ids, MediaType.VIDEO));
    }

    @Test
    void joinWhenBeforeWindowThenOutsideJoinWindow() {
        Meeting m = schedule();
        f.advance(Duration.ofMinutes(49).plusSeconds(59));

        assertRefused(() -> meetings.join(m.id(), acme("bob")), ErrorCode.OUTSIDE_JOIN_WINDOW, "opens at");
        assertThat(provider.requests).isEmpty();
    }

    @Test
    void joinWhenWindowOpensTenMinutesBeforeStartThenTokensForHostAndGuest() {
        Meeting m = schedule();
        f.advance(Duration.ofMinutes(50));

        MeetingJoin host = meetings.join(m.id(), acme("alice"));
        MeetingJoin guest = meetings.join(m.id(), acme("bob"));

        assertThat(host.moderator()).isTrue();
        assertThat(host.join().jwt()).isEqualTo("jwt.alice.moderator");
        assertThat(guest.moderator()).isFalse();
        assertThat(guest.join().jwt()).isEqualTo("jwt.bob.guest");
        assertThat(guest.join().room()).isEqualTo(m.room());
        assertThat(guest.opensAt()).isEqualTo(start.minus(Duration.ofMinutes(10)));
        assertThat(provider.requests).allSatisfy(r -> {
            assertThat(r.notAfter()).isEqualTo(end);
            assertThat(r.mediaType()).isEqualTo(MediaType.VIDEO);
        });
    }

    @Test
    void joinWhenLateInMeetingThenTokenExpiresAtTheEndNotLater() {
        Meeting m = schedule();
        f.advance(Duration.ofMinutes(60 + 30));

        MeetingJoin join = meetings.join(m.id(), acme("carol"));

        assertThat(join.join().expiresAt()).isEqualTo(end);
        assertThat(join.endsAt()).isEqualTo(end);
    }

    @Test
    void joinWhenMeetingEndedThenOutsideJoinWindow() {
        Meeting m = schedule();
        f.advance(Duration.ofMinutes(60 + 45));

        assertRefused(() -> meetings.join(m.id(), acme("alice")), ErrorCode.OUTSIDE_JOIN_WINDOW, "ended");
        f.advance(Duration.ofDays(1));
        assertRefused(() -> meetings.join(m.id(), acme("bob")), ErrorCode.OUTSIDE_JOIN_WINDOW, "ended");
    }

    @Test
    void joinWhenNotAnAttendeeThenNotFound() {
        Meeting m = schedule();
        f.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> meetings.join(m.id(), acme("dave"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void joinWhenProviderHoldsGuestsInLobbyThenGuestsWaitForHost() {
        RecordingProvider withLobby = new RecordingProvider(true);
        try (EngineFixture lobby = new EngineFixture(b -> b.meetingProvider(withLobby))) {
            MeetingService service = lobby.calls.meetings();
            Meeting m = service.create(acme("alice"), new MeetingRequest("Consult", start, end, List.of("bob"),
                    MediaType.VIDEO));
            lobby.advance(Duration.ofHours(1));

            MeetingJoin host = service.join(m.id(), acme("alice"));
            MeetingJoin guest = service.join(m.id(), acme("bob"));

            assertThat(host.lobby()).isTrue();
            assertThat(host.waitForHost()).isFalse();
            assertThat(guest.lobby()).isTrue();
            assertThat(guest.waitForHost()).isTrue();
        }
        Meeting m = schedule();
        f.advance(Duration.ofHours(1));
        assertThat(meetings.join(m.id(), acme("bob")).waitForHost()).isFalse();
    }

    @Test
    void joinWhenJoinWindowConfiguredThenOpensThatEarly() {
        try (EngineFixture early = new EngineFixture(b -> b.meetingProvider(provider)
                .meetingSettings(MeetingSettings.defaults().withJoinEarly(Duration.ofMinutes(30))))) {
            MeetingService service = early.calls.meetings();
            Meeting m = service.create(acme("alice"), new MeetingRequest("t", start, end, List.of("bob"),
                    MediaType.AUDIO));
            early.advance(Duration.ofMinutes(29));
            assertRefused(() -> service.join(m.id(), acme("bob")), ErrorCode.OUTSIDE_JOIN_WINDOW, "opens at");
            early.advance(Duration.ofMinutes(1));

            assertThat(service.join(m.id(), acme("bob")).join().jwt()).isEqualTo("jwt.bob.guest");
        }
    }

    @Test
    void upcomingWhenSeveralThenNotEndedOnesSoonestFirst() {
        Meeting later = meetings.create(acme("alice"), new MeetingRequest("later", start.plus(Duration.ofDays(1)),
                end.plus(Duration.ofDays(1)), List.of("bob"), MediaType.VIDEO));
        Meeting sooner = schedule();
        Meeting carolOnly = meetings.create(acme("carol"), new MeetingRequest("other", start, end, List.of("dave"),
                MediaType.VIDEO));

        assertThat(meetings.upcoming(acme("bob"), 10)).containsExactly(sooner, later);
        f.advance(Duration.ofHours(2));
        assertThat(meetings.upcoming(acme("bob"), 10)).containsExactly(later);
        assertThat(meetings.upcoming(acme("dave"), 10)).isEmpty();
        assertThat(carolOnly.isAttendee("bob")).isFalse();
        assertRefused(() -> meetings.upcoming(acme("bob"), 0), ErrorCode.INVALID_REQUEST, "limit");
    }

    @Test
    void cancelWhenHostThenGoneForEveryoneAndRepeatNotFound() {
        Meeting m = schedule();

        Meeting cancelled = meetings.cancel(m.id(), acme("alice"));

        assertThat(cancelled).isEqualTo(m);
        assertThatThrownBy(() -> meetings.get(m.id(), acme("bob"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.cancel(m.id(), acme("alice"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void cancelWhenInviteeOrOutsiderThenForbiddenOrNotFound() {
        Meeting m = schedule();

        assertRefused(() -> meetings.cancel(m.id(), acme("bob")), ErrorCode.FORBIDDEN, "organizer");
        assertThatThrownBy(() -> meetings.cancel(m.id(), acme("dave"))).isInstanceOf(NotFoundException.class);
        assertThat(meetings.get(m.id(), acme("alice"))).isEqualTo(m);
    }
}
