package dev.calls.contract;

import static dev.calls.contract.CallFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.calls.MediaType;
import dev.calls.meeting.Meeting;
import dev.calls.spi.MeetingStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link MeetingStore} passes: create, find, the version check on update, idempotent
 * delete and the upcoming-meetings listing. Extend it, return an empty store from {@link #newStore()} and,
 * for a durable store, empty its tables in {@link #cleanUp()}.
 */
public abstract class AbstractMeetingStoreContractTest {
    protected MeetingStore store;
    protected String tenant;

    /** A store without meetings. */
    protected abstract MeetingStore newStore();

    /** Runs after each test: a durable store deletes what the test wrote. */
    protected void cleanUp() {
    }

    @BeforeEach
    void openStore() {
        store = newStore();
        tenant = CallFixtures.tenant();
    }

    @AfterEach
    void closeStore() {
        cleanUp();
    }

    /** A one-hour meeting hosted by {@code host}, version 0. */
    protected Meeting meeting(String tenant, String host, Instant startsAt, String... invitees) {
        return new Meeting(UUID.randomUUID(), tenant, "Quarterly review — Zoë & 李", host, List.of(invitees),
                MediaType.VIDEO, startsAt, startsAt.plus(Duration.ofHours(1)), CallFixtures.room(), "jaas",
                T0.minus(Duration.ofDays(2)), 0);
    }

    private static Meeting next(Meeting m, String title, List<String> invitees, Instant startsAt) {
        return new Meeting(m.id(), m.tenant(), title, m.host(), invitees, MediaType.AUDIO, startsAt,
                startsAt.plus(Duration.ofMinutes(45)), m.room(), m.providerId(), m.createdAt(), m.version() + 1);
    }

    private static Meeting withVersion(Meeting m, long version) {
        return new Meeting(m.id(), m.tenant(), m.title(), m.host(), m.inviteeIds(), m.type(), m.startsAt(),
                m.endsAt(), m.room(), m.providerId(), m.createdAt(), version);
    }

    @Test
    void createThenFindReturnsEqualMeeting() {
        List<String> many = new ArrayList<>();
        for (int i = 40; i > 0; i--) {
            many.add("invitee-" + i);
        }
        Meeting m = meeting(tenant, "alice", T0.plusNanos(123_999_999), many.toArray(String[]::new));

        store.create(m);

        assertEquals(Optional.of(m), store.find(m.id()));
        assertEquals(many, store.find(m.id()).orElseThrow().inviteeIds(), "invitees keep their order");
    }

    @Test
    void createWithWaitingRoomThenRoundTripsAndTheOrganizersJoiningIsAnUpdate() {
        Meeting base = meeting(tenant, "alice", T0, "bob");
        Meeting m = new Meeting(base.id(), base.tenant(), base.title(), base.host(), base.inviteeIds(), base.type(),
                base.startsAt(), base.endsAt(), base.room(), base.providerId(), base.createdAt(), 0, true, true, null);

        store.create(m);
        assertEquals(Optional.of(m), store.find(m.id()));

        Meeting joined = m.withHostJoined(T0.plusNanos(5_500_000));
        assertTrue(store.update(joined));
        Meeting read = store.find(m.id()).orElseThrow();
        assertEquals(joined, read);
        assertEquals(T0.plusMillis(5), read.hostJoinedAt());
        assertTrue(read.waitingRoom() && read.admitOnHostJoin());
        assertFalse(store.update(joined), "the same version again");
    }

    @Test
    void createWhenNoInviteesThenFoundEqual() {
        Meeting m = meeting(tenant, "alice", T0);

        store.create(m);

        assertEquals(Optional.of(m), store.find(m.id()));
    }

    @Test
    void createWhenIdExistsThenIllegalArgumentAndFirstKept() {
        Meeting m = meeting(tenant, "alice", T0, "bob");
        store.create(m);
        Meeting clash = new Meeting(m.id(), tenant, "Other", "carol", List.of("dave"), MediaType.AUDIO, T0,
                T0.plusSeconds(60), CallFixtures.room(), "public", T0, 0);

        assertThrows(IllegalArgumentException.class, () -> store.create(clash));

        assertEquals(Optional.of(m), store.find(m.id()));
    }

    @Test
    void findWhenUnknownThenEmpty() {
        assertEquals(Optional.empty(), store.find(UUID.randomUUID()));
    }

    @Test
    void updateWhenVersionFollowsThenReplaced() {
        Meeting m = meeting(tenant, "alice", T0, "bob", "carol");
        store.create(m);
        Meeting moved = next(m, "Moved review", List.of("carol", "dave"), T0.plus(Duration.ofDays(1)));

        assertTrue(store.update(moved));

        assertEquals(Optional.of(moved), store.find(m.id()));
    }

    @Test
    void updateWhenVersionIsStaleThenFalseAndNothingWritten() {
        Meeting m = meeting(tenant, "alice", T0, "bob");
        store.create(m);
        Meeting first = next(m, "First", List.of("bob"), T0.plusSeconds(60));
        Meeting second = next(m, "Second", List.of("erin"), T0.plusSeconds(120));
        assertTrue(store.update(first));

        assertFalse(store.update(second));
        assertFalse(store.update(withVersion(next(first, "Skipping", List.of(), T0), 3)));

        assertEquals(Optional.of(first), store.find(m.id()));
    }

    @Test
    void updateWhenUnknownThenFalse() {
        Meeting m = meeting(tenant, "alice", T0, "bob");

        assertFalse(store.update(next(m, "Nope", List.of(), T0)));

        assertEquals(Optional.empty(), store.find(m.id()));
    }

    @Test
    void updateWhenThreadsRaceAtTheSameVersionThenExactlyOneWins() {
        Meeting m = meeting(tenant, "alice", T0, "bob");
        store.create(m);

        List<Boolean> won = Race.run(8, t -> store.update(next(m, "Title " + t, List.of("bob"), T0)));

        assertEquals(1, won.stream().filter(w -> w).count());
        assertEquals("Title " + won.indexOf(true), store.find(m.id()).orElseThrow().title());
    }

    @Test
    void deleteThenGoneAndASecondDeleteReturnsFalse() {
        Meeting m = meeting(tenant, "alice", T0, "bob");
        Meeting kept = meeting(tenant, "alice", T0, "bob");
        store.create(m);
        store.create(kept);

        assertTrue(store.delete(m.id()));
        assertFalse(store.delete(m.id()));

        assertEquals(Optional.empty(), store.find(m.id()));
        assertEquals(Optional.of(kept), store.find(kept.id()));
        assertFalse(store.delete(UUID.randomUUID()));
    }

    @Test
    void findUpcomingThenTheUsersMeetingsEndingAfterTheInstantByStartUpToLimit() {
        Instant now = T0.plus(Duration.ofDays(1));
        Meeting ended = meeting(tenant, "alice", now.minus(Duration.ofHours(1)), "bob");
        Meeting running = meeting(tenant, "bob", now.minus(Duration.ofMinutes(30)), "carol", "alice");
        Meeting tomorrow = meeting(tenant, "alice", now.plus(Duration.ofDays(1)));
        Meeting later = meeting(tenant, "dave", now.plus(Duration.ofDays(2)), "alice");
        Meeting soon = meeting(tenant, "erin", now.plus(Duration.ofHours(2)), "alice", "bob");
        Meeting notMine = meeting(tenant, "bob", now.plus(Duration.ofHours(1)), "carol");
        Meeting otherTenant = meeting(CallFixtures.tenant(), "alice", now.plus(Duration.ofHours(1)), "bob");
        for (Meeting m : List.of(later, notMine, ended, tomorrow, otherTenant, soon, running)) {
            store.create(m);
        }

        assertEquals(List.of(running, soon, tomorrow, later), store.findUpcoming(tenant, "alice", now, 10));
        assertEquals(List.of(running, soon), store.findUpcoming(tenant, "alice", now, 2));
        assertEquals(List.of(soon, tomorrow, later),
                store.findUpcoming(tenant, "alice", running.endsAt(), 10), "ending exactly then is not after");
    }

    @Test
    void createWhenScheduledYearsAheadThenInstantsKept() {
        Instant far = Instant.parse("2039-11-30T08:00:00.250Z");
        Meeting m = meeting(tenant, "alice", far, "bob");

        store.create(m);

        assertEquals(far, store.find(m.id()).orElseThrow().startsAt());
        assertEquals(Optional.of(m), store.find(m.id()));
    }
}
