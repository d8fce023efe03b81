package dev.calls.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.CallState;
import dev.calls.ErrorCode;
import dev.calls.MediaType;
import dev.calls.StorageException;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.event.EventType;
import dev.calls.jpa.schema.SchemaInstaller;
import dev.calls.jpa.support.FlakyDataSource;
import dev.calls.jpa.support.TestDatabase;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import dev.calls.testing.Recorder;
import dev.calls.testing.TestUsers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database going away under a running engine: requests fail with {@code storage_unavailable} (which the
 * servlet layer answers with 503), nothing is half-written, and service is whole again when it is back.
 */
public abstract class AbstractDatabaseOutageTest {
    private static final UserRef ALICE = UserRef.of("acme", "alice");
    private static final UserRef BOB = UserRef.of("acme", "bob");

    private TestDatabase db;
    private FlakyDataSource flaky;
    private JpaCalls jpa;
    private Calls calls;
    private Recorder<CallEvent> bobsDevice;

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void start() {
        db = createDatabase();
        new SchemaInstaller(db.dataSource()).install();
        flaky = new FlakyDataSource(db);
        jpa = JpaCalls.builder().dataSource(flaky).dialect(db.dialect()).build();
        MutableClock clock = MutableClock.at("2026-01-05T09:00:00Z");
        calls = Calls.builder()
                .userDirectory(new TestUsers().add("acme", "alice", "Alice").add("acme", "bob", "Bob"))
                .clock(clock)
                .scheduler(new ManualScheduler(clock))
                .callStore(jpa.callStore())
                .presenceStore(jpa.presenceStore())
                .meetingStore(jpa.meetingStore())
                .eventTransport(RelayEventTransport.builder(jpa.callStore()).pollInterval(Duration.ofMillis(50)).build())
                .build();
        bobsDevice = new Recorder<>();
        calls.events().subscribe(BOB, bobsDevice::add);
        calls.presence().heartbeat(ALICE);
        calls.presence().heartbeat(BOB);
    }

    @AfterEach
    void stop() {
        flaky.up();
        calls.close();
        jpa.close();
        db.close();
    }

    private long rows(String table) {
        return db.queryLong("SELECT COUNT(*) FROM " + table);
    }

    @Test
    void startWhenTheDatabaseIsDownThenStorageUnavailable() {
        flaky.down();

        StorageException e = catchThrowableOfType(() -> calls.start(ALICE, List.of("bob"), MediaType.VIDEO),
                StorageException.class);

        assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_UNAVAILABLE);
        assertThat(e.code().code()).isEqualTo("storage_unavailable");
        assertThat(e.getMessage()).contains("unavailable");
    }

    @Test
    void startWhenTheDatabaseGoesAwayMidTransactionThenNoHalfWrittenCall() {
        long events = rows("calls_event");
        flaky.downAt(sql -> sql.contains("insert into calls_event ("));

        StorageException e = catchThrowableOfType(() -> calls.start(ALICE, List.of("bob"), MediaType.VIDEO),
                StorageException.class);

        assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_UNAVAILABLE);
        assertThat(rows("calls_call")).isZero();
        assertThat(rows("calls_participant")).isZero();
        assertThat(rows("calls_event")).isEqualTo(events);
        assertThat(db.queryLong("SELECT last_sequence FROM calls_event_sequence")).isEqualTo(events);
    }

    @Test
    void acceptWhenTheDatabaseGoesAwayMidTransactionThenTheCallIsStillRinging() {
        Call call = calls.start(ALICE, List.of("bob"), MediaType.VIDEO);
        flaky.downAt(sql -> sql.contains("insert into calls_event ("));

        catchThrowableOfType(() -> calls.accept(call.id(), BOB), StorageException.class);
        flaky.up();

        Call stored = jpa.callStore().find(call.id()).orElseThrow();
        assertThat(stored).isEqualTo(call);
        assertThat(stored.state()).isEqualTo(CallState.RINGING);
        assertThat(calls.accept(call.id(), BOB).state()).isEqualTo(CallState.ACTIVE);
    }

    @Test
    void serviceWhenTheDatabaseIsBackThenCallsAndDeliveryWorkAgain() {
        flaky.down();
        catchThrowableOfType(() -> calls.start(ALICE, List.of("bob"), MediaType.VIDEO), StorageException.class);
        catchThrowableOfType(() -> calls.activeCalls(BOB), StorageException.class);

        flaky.up();
        Call call = calls.start(ALICE, List.of("bob"), MediaType.VIDEO);
        calls.accept(call.id(), BOB);
        Call ended = calls.end(call.id(), ALICE);

        assertThat(ended.state()).isEqualTo(CallState.COMPLETED);
        bobsDevice.awaitAny(ev -> call.id().equals(ev.callId()) && ev.type() == EventType.CALL_ENDED, "call.ended");
        assertThat(calls.history(BOB, false, null, null, 10).items()).extracting(h -> h.call().id())
                .containsExactly(call.id());
    }
}
