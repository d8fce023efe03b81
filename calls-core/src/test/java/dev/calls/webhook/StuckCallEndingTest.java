package dev.calls.webhook;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.Calls;
import dev.calls.EndReason;
import dev.calls.MediaType;
import dev.calls.testing.EngineFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls nobody ends by hand still end: idle once the media room is empty, or at the maximum duration. */
class StuckCallEndingTest {
    private final EngineFixture f = new EngineFixture(b -> b.idleTimeout(Duration.ofMinutes(2))
            .maxCallDuration(Duration.ofHours(1))).online("alice", "bob");
    private final Calls calls = f.calls;
    private final JaasWebhookReceiver jaas = JaasWebhookReceiver.builder(calls).secret(Jaas.SECRET).build();
    private int keys;

    @AfterEach
    void close() {
        f.close();
    }

    private Call answered() {
        Call call = calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        return calls.accept(call.id(), acme("bob"));
    }

    private void media(String type, Call call, String userId) {
        byte[] body = Jaas.participant("k" + ++keys, type, call.room(), f.clock.instant(), userId);
        jaas.receive(body, Jaas.sign(body, f.clock.instant()));
    }

    private Call reload(Call call) {
        return calls.get(call.id(), acme("alice"));
    }

    @Test
    void activeCallWhenNobodyEverEntersMediaRoomThenEndsIdleOnceEveryoneIsOffline() {
        Call call = answered();

        // no room report at all (a host without the browser client or webhooks): online users keep the call
        f.advance(Duration.ofMinutes(4));
        assertThat(reload(call).state()).isEqualTo(CallState.ACTIVE);
        // their heartbeats stopped at the start: offline after the 5-minute presence timeout
        f.advance(Duration.ofMinutes(1).plusSeconds(5));

        Call ended = reload(call);
        assertThat(ended.state()).isEqualTo(CallState.COMPLETED);
        assertThat(ended.endReason()).isEqualTo(EndReason.IDLE);
    }

    @Test
    void activeCallWhenWebhooksReportPeopleInRoomThenStaysActivePastIdleTime() {
        Call call = answered();
        media("PARTICIPANT_JOINED", call, "alice");
        media("PARTICIPANT_JOINED", call, "bob");

        f.advance(Duration.ofMinutes(30));
        media("PARTICIPANT_LEFT", call, "alice");
        f.advance(Duration.ofMinutes(10));

        assertThat(reload(call).state()).isEqualTo(CallState.ACTIVE);
        assertThat(reload(call).idleSince()).isNull();
    }

    @Test
    void activeCallWhenWebhooksReportEveryoneLeftThenEndsIdleAfterIdleTime() {
        Call call = answered();
        media("PARTICIPANT_JOINED", call, "alice");
        media("PARTICIPANT_JOINED", call, "bob");
        f.advance(Duration.ofMinutes(20));
        media("PARTICIPANT_LEFT", call, "alice");
        f.advance(Duration.ofSeconds(30));
        media("PARTICIPANT_LEFT", call, "bob");
        Instant emptySince = f.clock.instant();
        assertThat(reload(call).idleSince()).isEqualTo(emptySince);

        f.advance(Duration.ofSeconds(119));
        assertThat(reload(call).state()).isEqualTo(CallState.ACTIVE);
        f.advance(Duration.ofSeconds(1));

        Call ended = reload(call);
        assertThat(ended.endReason()).isEqualTo(EndReason.IDLE);
        assertThat(ended.endedAt()).isEqualTo(emptySince.plus(Duration.ofMinutes(2)));
    }

    @Test
    void activeCallWhenLeaveReportedLateThenIdleTimeCountsFromTheRealLeave() {
        Call call = answered();
        media("PARTICIPANT_JOINED", call, "bob");
        f.advance(Duration.ofMinutes(5));
        Instant bobLeft = f.clock.instant();
        f.advance(Duration.ofSeconds(90));
        byte[] late = Jaas.participant("late", "PARTICIPANT_LEFT", call.room(), bobLeft, "bob");

        jaas.receive(late, Jaas.sign(late, f.clock.instant()));
        assertThat(reload(call).idleSince()).isEqualTo(bobLeft);
        f.advance(Duration.ofSeconds(30));

        Call ended = reload(call);
        assertThat(ended.endReason()).isEqualTo(EndReason.IDLE);
        assertThat(ended.endedAt()).isEqualTo(bobLeft.plus(Duration.ofMinutes(2)));
    }

    @Test
    void activeCallWhenSomeoneReturnsBeforeIdleTimeThenStaysActive() {
        Call call = answered();
        media("PARTICIPANT_JOINED", call, "bob");
        f.advance(Duration.ofMinutes(5));
        media("PARTICIPANT_LEFT", call, "bob");
        f.advance(Duration.ofSeconds(90));
        media("PARTICIPANT_JOINED", call, "bob");

        f.advance(Duration.ofMinutes(5));

        assertThat(reload(call).state()).isEqualTo(CallState.ACTIVE);
    }

    @Test
    void activeCallWhenPeopleStayInRoomPastMaxDurationThenEndsWithMaxDuration() {
        Call call = answered();
        media("PARTICIPANT_JOINED", call, "alice");
        media("PARTICIPANT_JOINED", call, "bob");

        f.advance(Duration.ofMinutes(59));
        assertThat(reload(call).state()).isEqualTo(CallState.ACTIVE);
        f.advance(Duration.ofMinutes(1));

        Call ended = reload(call);
        assertThat(ended.endReason()).isEqualTo(EndReason.MAX_DURATION);
        assertThat(ended.durationSeconds()).isEqualTo(3600);
    }
}
