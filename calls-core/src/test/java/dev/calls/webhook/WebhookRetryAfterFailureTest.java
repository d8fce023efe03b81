package dev.calls.webhook;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.MediaType;
import dev.calls.StorageException;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.spi.CallStore;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.Intercept;
import dev.calls.webhook.WebhookResult.Outcome;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A delivery that failed (the store was down) is not remembered as seen, so the sender's retry applies it. */
class WebhookRetryAfterFailureTest {
    private final AtomicBoolean storeDown = new AtomicBoolean();
    private final CallStore flaky = flaky(new InMemoryCallStore(), storeDown);
    private final EngineFixture f = new EngineFixture(b -> b.callStore(flaky)).online("alice", "bob");
    private final JaasWebhookReceiver jaas = JaasWebhookReceiver.builder(f.calls).secret(Jaas.SECRET).build();

    @AfterEach
    void close() {
        f.close();
    }

    private static CallStore flaky(CallStore store, AtomicBoolean down) {
        return Intercept.before(CallStore.class, store, (method, args) -> {
            if (down.get() && method.equals("findByRoom")) {
                throw new StorageException("database unreachable", null);
            }
        });
    }

    @Test
    void receiveWhenStoreFailedThenRetryOfSameDeliveryIsApplied() {
        Call call = f.calls.start(acme("alice"), List.of("bob"), MediaType.VIDEO);
        f.calls.accept(call.id(), acme("bob"));
        byte[] body = Jaas.event("k1", "ROOM_DESTROYED", call.room(), f.clock.instant(), "{}");
        storeDown.set(true);

        assertThatThrownBy(() -> jaas.receive(body, Jaas.sign(body, f.clock.instant())))
                .isInstanceOf(StorageException.class);
        storeDown.set(false);
        WebhookResult retry = jaas.receive(body, Jaas.sign(body, f.clock.instant()));

        assertThat(retry.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(f.calls.get(call.id(), acme("alice")).state()).isEqualTo(CallState.COMPLETED);
    }
}
