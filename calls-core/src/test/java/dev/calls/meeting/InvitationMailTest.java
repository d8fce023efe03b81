package dev.calls.meeting;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.CallsException;
import dev.calls.ErrorCode;
import dev.calls.MediaType;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.spi.InvitationLinks;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.Recorder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Meeting invitees are mailed on create, change and cancel, in the background, under one UID. */
class InvitationMailTest {
    private static final String PAGE = "https://app.example.org/api/calls/embed/meetings/{meetingId}";
    private final Recorder<Invitation> mailed = new Recorder<>();
    private final EngineFixture f = new EngineFixture(b -> b.invitationMailer(mailed::add)
            .invitationLinks(InvitationLinks.pattern(PAGE)));
    private final MeetingService meetings = f.calls.meetings();
    private final Instant start = f.clock.instant().plus(Duration.ofHours(1));
    private final Instant end = start.plus(Duration.ofMinutes(45));

    @AfterEach
    void close() {
        f.close();
    }

    private Meeting schedule(String... invitees) {
        return meetings.create(acme("alice"), new MeetingRequest("Weekly sync", start, end, List.of(invitees),
                MediaType.VIDEO));
    }

    private List<Invitation> awaitMail(int count) {
        return mailed.await(l -> l.size() >= count, count + " messages");
    }

    @Test
    void createThenEachInviteeWithAnAddressGetsARequestWithTheirLink() {
        f.users.put(new UserProfile(UserRef.of(EngineFixture.ACME, "nomail"), "No Mail", null, null));
        Meeting m = schedule("bob", "carol", "nomail");

        List<Invitation> sent = awaitMail(2);
        assertThat(sent).extracting(Invitation::recipientEmail)
                .containsExactlyInAnyOrder("bob@example.com", "carol@example.com");
        Invitation bob = sent.stream().filter(i -> i.recipientEmail().startsWith("bob")).findFirst().orElseThrow();
        assertThat(bob.method()).isEqualTo(Invitation.Method.REQUEST);
        assertThat(bob.recipientName()).isEqualTo("Bob Brown");
        assertThat(bob.organizerName()).isEqualTo("Alice Adams");
        assertThat(bob.link()).isEqualTo("https://app.example.org/api/calls/embed/meetings/" + m.id());
        assertThat(bob.ics()).contains("METHOD:REQUEST", "UID:" + IcsInvite.uid(m), "SEQUENCE:0",
                "mailto:bob@example.com", "mailto:carol@example.com").doesNotContain("nomail");
        assertThat(bob.toString()).doesNotContain("bob@");
        f.calls.close();
        assertThat(f.calls.invitations().counts()).isEqualTo(new InvitationCounts(2, 0, 0));
    }

    @Test
    void updateThenRemainingGetTheNewVersionAndTheRemovedACancellation() {
        Meeting m = schedule("bob", "carol");
        awaitMail(2);

        Meeting moved = meetings.update(m.id(), acme("alice"), new MeetingRequest("Weekly sync (moved)",
                start.plus(Duration.ofHours(1)), end.plus(Duration.ofHours(1)), List.of("carol", "dave"),
                MediaType.VIDEO));

        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.room()).isEqualTo(m.room());
        List<Invitation> after = awaitMail(5).subList(2, 5);
        Invitation bob = only(after, "bob@example.com");
        assertThat(bob.method()).isEqualTo(Invitation.Method.CANCEL);
        assertThat(bob.ics()).contains("METHOD:CANCEL", "UID:" + IcsInvite.uid(m), "SEQUENCE:1", "STATUS:CANCELLED")
                .doesNotContain("carol@");
        for (String who : List.of("carol@example.com", "dave@example.com")) {
            Invitation i = only(after, who);
            assertThat(i.method()).isEqualTo(Invitation.Method.REQUEST);
            assertThat(i.ics()).contains("UID:" + IcsInvite.uid(m), "SEQUENCE:1", "SUMMARY:Weekly sync (moved)",
                    "DTSTART:20260105T110000Z");
        }
    }

    @Test
    void updateWithNothingChangedThenSameVersionAndNoMail() throws InterruptedException {
        Meeting m = schedule("bob");
        awaitMail(1);

        Meeting same = meetings.update(m.id(), acme("alice"), new MeetingRequest("Weekly sync", start, end,
                List.of("bob"), MediaType.VIDEO));

        assertThat(same).isEqualTo(m);
        f.calls.close();
        assertThat(mailed.snapshot()).hasSize(1);
    }

    @Test
    void updateByAnInviteeOrInvalidThenRefusedAndNothingMailed() {
        Meeting m = schedule("bob");
        awaitMail(1);
        MeetingRequest change = new MeetingRequest("Other", start, end, List.of("bob"), MediaType.AUDIO);

        assertThatThrownBy(() -> meetings.update(m.id(), acme("bob"), change))
                .isInstanceOfSatisfying(CallsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> meetings.update(m.id(), acme("alice"),
                new MeetingRequest("Other", end, start, List.of("bob"), MediaType.AUDIO)))
                .isInstanceOfSatisfying(CallsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        f.calls.close();
        assertThat(mailed.snapshot()).hasSize(1);
        assertThat(meetings.get(m.id(), acme("bob"))).isEqualTo(m);
    }

    @Test
    void cancelThenEveryInviteeGetsACancellationWithAHigherSequence() {
        Meeting m = schedule("bob", "carol");
        awaitMail(2);

        meetings.cancel(m.id(), acme("alice"));

        List<Invitation> cancels = awaitMail(4).subList(2, 4);
        assertThat(cancels).extracting(Invitation::method).containsOnly(Invitation.Method.CANCEL);
        assertThat(cancels).extracting(Invitation::recipientEmail)
                .containsExactlyInAnyOrder("bob@example.com", "carol@example.com");
        assertThat(cancels.get(0).ics()).contains("METHOD:CANCEL", "UID:" + IcsInvite.uid(m), "SEQUENCE:1");
    }

    @Test
    void mailerFailingThenTheApiCallSucceedsAndTheFailureIsCounted() {
        Recorder<String> tried = new Recorder<>();
        try (EngineFixture broken = new EngineFixture(b -> b.invitationMailer(i -> {
            tried.add(i.recipientEmail());
            throw new IllegalStateException("SMTP 451 try later");
        }))) {
            Meeting m = broken.calls.meetings().create(acme("alice"), new MeetingRequest("Sync", start, end,
                    List.of("bob", "carol"), MediaType.AUDIO));
            assertThat(broken.calls.meetings().get(m.id(), acme("bob"))).isEqualTo(m);
            tried.await(l -> l.size() == 2, "two attempts");
            broken.calls.close();
            assertThat(broken.calls.invitations().counts()).isEqualTo(new InvitationCounts(0, 2, 0));
        }
    }

    @Test
    void mailerStuckThenApiCallsReturnAndAFullOutboxDrops() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        try (EngineFixture stuck = new EngineFixture(b -> b.invitationMailer(i -> release.await()))) {
            long began = System.nanoTime();
            Meeting m = stuck.calls.meetings().create(acme("alice"), new MeetingRequest("Sync", start, end,
                    List.of("bob"), MediaType.AUDIO));
            InvitationService outbox = stuck.calls.invitations();
            int accepted = 0;
            for (int i = 0; i < 1100; i++) {
                if (outbox.send(new Invitation(Invitation.Method.REQUEST, m, "Ann", "ann@example.org", null,
                        "https://app.example.org/guest", "BEGIN:VCALENDAR"))) {
                    accepted++;
                }
            }
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began)).isLessThan(5);
            assertThat(accepted).isBetween(999, 1000);
            assertThat(outbox.counts().dropped()).isEqualTo(1100 - accepted);
            release.countDown();
        }
    }

    @Test
    void noMailerThenNothingQueued() {
        try (EngineFixture plain = new EngineFixture()) {
            Meeting m = plain.calls.meetings().create(acme("alice"), new MeetingRequest("Sync", start, end,
                    List.of("bob"), MediaType.AUDIO));
            assertThat(plain.calls.invitations().enabled()).isFalse();
            assertThat(plain.calls.invitations().send(new Invitation(Invitation.Method.CANCEL, m, null,
                    "ann@example.org", null, "https://x.example/", "ics"))).isFalse();
            assertThat(plain.calls.invitations().counts()).isEqualTo(new InvitationCounts(0, 0, 0));
        }
    }

    @Test
    void linkPatternMustBeAbsolute() {
        assertThatThrownBy(() -> InvitationLinks.pattern("/embed/meetings/{meetingId}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Invitation only(List<Invitation> list, String email) {
        List<Invitation> mine = list.stream().filter(i -> i.recipientEmail().equals(email)).toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }
}
