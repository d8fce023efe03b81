package dev.calls.jpa;

import static dev.calls.jpa.support.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.MediaType;
import dev.calls.jpa.support.JpaTestBase;
import dev.calls.meeting.Meeting;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The JPA meeting store on one database. */
public abstract class AbstractJpaMeetingStoreTest extends JpaTestBase {

    private JpaMeetingStore store() {
        return jpa.meetingStore();
    }

    private static Meeting meeting(String host, Instant start, String... invitees) {
        return new Meeting(UUID.randomUUID(), "acme", "Weekly sync", host, List.of(invitees), MediaType.VIDEO, start,
                start.plusSeconds(1800), "calls-" + UUID.randomUUID(), "public", T0, 0);
    }

    @Test
    void createThenFindReturnsTheMeetingWithInviteesInOrder() {
        Meeting m = meeting("alice", T0, "carol", "bob", "dave");
        store().create(m);

        assertThat(store().find(m.id())).contains(m);
        assertThat(store().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void createWhenIdExistsThenRefuses() {
        Meeting m = meeting("alice", T0, "bob");
        store().create(m);

        assertThatThrownBy(() -> store().create(m)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void updateWithNextVersionReplacesTitleTimesAndInvitees() {
        Meeting m = meeting("alice", T0, "bob", "carol");
        store().create(m);
        Meeting moved = new Meeting(m.id(), "acme", "Moved sync", "alice", List.of("dave"), MediaType.AUDIO,
                T0.plusSeconds(3600), T0.plusSeconds(7200), m.room(), "public", T0, 1);

        assertThat(store().update(moved)).isTrue();
        assertThat(store().find(m.id())).contains(moved);
    }

    @Test
    void updateWithStaleVersionThenFalseAndUnchanged() {
        Meeting m = meeting("alice", T0, "bob");
        store().create(m);
        Meeting stale = new Meeting(m.id(), "acme", "Other", "alice", List.of(), MediaType.AUDIO, T0,
                T0.plusSeconds(60), m.room(), "public", T0, 2);

        assertThat(store().update(stale)).isFalse();
        assertThat(store().find(m.id())).contains(m);
    }

    @Test
    void deleteRemovesOnceThenFalse() {
        Meeting m = meeting("alice", T0, "bob");
        store().create(m);

        assertThat(store().delete(m.id())).isTrue();
        assertThat(store().delete(m.id())).isFalse();
        assertThat(store().find(m.id())).isEmpty();
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_meeting_invitee")).isZero();
    }

    @Test
    void findUpcomingReturnsHostedAndInvitedMeetingsNotYetOverByStart() {
        Meeting later = meeting("alice", T0.plusSeconds(7200), "bob");
        Meeting sooner = meeting("carol", T0.plusSeconds(600), "alice");
        Meeting over = meeting("alice", T0.minusSeconds(3600), "bob");
        Meeting notMine = meeting("carol", T0, "dave");
        List.of(later, sooner, over, notMine).forEach(store()::create);

        assertThat(store().findUpcoming("acme", "alice", T0, 10)).containsExactly(sooner, later);
        assertThat(store().findUpcoming("acme", "alice", T0, 1)).containsExactly(sooner);
        assertThat(store().findUpcoming("acme", "bob", T0, 10)).containsExactly(later);
        assertThat(store().findUpcoming("globex", "alice", T0, 10)).isEmpty();
    }
}
