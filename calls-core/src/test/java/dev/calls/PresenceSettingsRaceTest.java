package dev.calls;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.memory.InMemoryPresenceStore;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceUpdate;
import dev.calls.presence.PresenceView;
import dev.calls.spi.PresenceStore;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.Intercept;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two devices of one user changing different presence settings at the same moment both keep their change. */
class PresenceSettingsRaceTest {

    @Test
    void updateWhenTwoDevicesChangeDifferentSettingsAtOnceThenBothChangesSurvive() throws Exception {
        // every read of the store is slow, so a read-then-write from one device straddles the other's write
        PresenceStore slowReads = Intercept.before(PresenceStore.class, new InMemoryPresenceStore(), (method, args) -> {
            if (method.equals("find")) {
                Thread.sleep(100);
            }
        });
        try (EngineFixture f = new EngineFixture(b -> b.presenceStore(slowReads))) {
            CompletableFuture<PresenceView> phone = CompletableFuture.supplyAsync(() -> f.calls.presence()
                    .update(acme("bob"), new PresenceUpdate(null, "at the dentist", null, null)));
            CompletableFuture<PresenceView> laptop = CompletableFuture.supplyAsync(() -> f.calls.presence()
                    .update(acme("bob"), new PresenceUpdate(PresenceStatus.AWAY, null, null, true)));
            phone.get(10, TimeUnit.SECONDS);
            laptop.get(10, TimeUnit.SECONDS);

            PresenceView bob = f.calls.presence().get(acme("bob"));

            assertThat(bob.message()).isEqualTo("at the dentist");
            assertThat(bob.doNotDisturb()).isTrue();
            assertThat(bob.status()).isEqualTo(PresenceStatus.AWAY);
        }
    }
}
