package dev.calls.jpa;

import static dev.calls.jpa.support.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Call;
import dev.calls.event.EventType;
import dev.calls.jpa.support.CountingDataSource;
import dev.calls.jpa.support.JpaTestBase;
import dev.calls.jpa.support.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the JPA call store adds to the core's contract (which {@code AbstractStoreContracts} runs): rows a
 * host can read with plain SQL, and few statements per change.
 */
public abstract class AbstractJpaCallStoreTest extends JpaTestBase {

    private JpaCallStore store() {
        return jpa.callStore();
    }

    @Test
    void createWhenIdExistsThenNoParticipantOrEventRowIsWritten() {
        Call call = Samples.ringing("acme", "alice", T0, "bob");
        store().create(call, List.of(Samples.event(EventType.CALL_RINGING, call, "alice", T0)));
        Call sameId = new Call(call.id(), "acme", call.type(), "carol", List.of(
                call.participants().get(0), call.participants().get(1)), "calls-other", "public", call.state(), T0,
                null, null, null, null, null, 0);

        assertThatThrownBy(() -> store().create(sameId, List.of(Samples.event(EventType.CALL_RINGING, sameId,
                "carol", T0)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_participant")).isEqualTo(2);
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_event")).isEqualTo(1);
        assertThat(db.queryLong("SELECT last_sequence FROM calls_event_sequence")).isEqualTo(1);
    }

    @Test
    void storedRowsHoldWireValuesAndEpochMillisForPlainSql() {
        Call call = Samples.ringing("acme", "alice", T0, "bob");
        store().create(call, List.of(Samples.event(EventType.CALL_RINGING, call, "alice", T0)));
        Call active = Samples.accepted(call, "bob", T0.plusSeconds(2));
        store().update(active, List.of(Samples.event(EventType.CALL_ACCEPTED, active, "bob", T0.plusSeconds(2))));
        store().update(Samples.ended(active, T0.plusSeconds(9)), List.of());

        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_call WHERE state = 'completed' AND end_reason = 'hung_up'"
                + " AND media_type = 'video' AND version = 2 AND answered_at = " + T0.plusSeconds(2).toEpochMilli()))
                .isEqualTo(1);
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_participant WHERE state = 'left' AND role = 'guest'"
                + " AND call_created_at = " + T0.toEpochMilli())).isEqualTo(1);
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_participant WHERE call_live = TRUE")).isZero();
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_event WHERE event_type = 'call.accepted'"
                + " AND actor = 'bob' AND seq = 2 AND payload LIKE '%\"ACTIVE\"%'")).isEqualTo(1);
    }

    @Test
    void createAndUpdateOfATwoPartyCallThenAFewStatementsEach() {
        CountingDataSource counting = new CountingDataSource(db.dataSource());
        try (JpaCalls counted = JpaCalls.builder().dataSource(counting).build()) {
            Call call = Samples.ringing("acme", "alice", T0, "bob");
            counting.reset();
            counted.callStore().create(call, List.of(Samples.event(EventType.CALL_RINGING, call, "alice", T0)));
            int create = counting.statements();

            Call active = Samples.accepted(call, "bob", T0.plusSeconds(2));
            counting.reset();
            counted.callStore().update(active, List.of(
                    Samples.event(EventType.CALL_ACCEPTED, active, "bob", T0.plusSeconds(2)),
                    Samples.event(EventType.PARTICIPANT_JOINED, active, "bob", T0.plusSeconds(2))));
            int update = counting.statements();

            // create: call, participants (one batch), claims read and claims (one batch), then the events;
            // update: conditional update, participant read, changed participants (one batch), claims read,
            // the taken claim, then the events. The events take one statement with their numbering on
            // PostgreSQL, counter and batch on H2, three on MySQL.
            int events = switch (db.dialect()) {
                case POSTGRESQL -> 1;
                case MYSQL -> 3;
                default -> 2;
            };
            assertThat(create).isEqualTo(4 + events);
            assertThat(update).isEqualTo(5 + events);
        }
    }
}
