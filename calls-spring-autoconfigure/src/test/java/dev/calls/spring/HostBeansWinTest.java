package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.jitsi.PublicJitsi;
import dev.calls.jpa.JpaMeetingStore;
import dev.calls.jpa.JpaPresenceStore;
import dev.calls.memory.InMemoryMeetingStore;
import dev.calls.memory.InMemoryPresenceStore;
import dev.calls.spi.MeetingProvider;
import dev.calls.spi.MeetingProviderResolver;
import dev.calls.spring.support.Acme;
import dev.calls.spring.support.BootAutoConfigurations;
import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** The remaining conditional beans: a bean of the host's own replaces the auto-configured one. */
class HostBeansWinTest {
    private final ApplicationContextRunner engine = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class))
            .withUserConfiguration(Acme.class);

    @Test
    void hostMeetingProviderThenCallsJoinThere() {
        engine.withBean("ownProvider", MeetingProvider.class, () -> new PublicJitsi("meet.host.example")).run(context -> {
            assertThat(context).getBeans(MeetingProvider.class).containsOnlyKeys("ownProvider");
            assertThat(join(context.getBean(Calls.class))).isEqualTo("meet.host.example");
        });
    }

    @Test
    void hostMeetingProviderResolverThenItPicksTheDeployment() {
        MeetingProviderResolver perTenant = tenant -> new PublicJitsi(tenant + ".meet.example");
        engine.withBean(MeetingProviderResolver.class, () -> perTenant).run(context -> {
            assertThat(context).doesNotHaveBean("callsMeetingProvider");
            assertThat(join(context.getBean(Calls.class))).isEqualTo("acme.meet.example");
        });
    }

    @Test
    void hostWebhookReceiversThenTheyWin() {
        engine.withPropertyValues("calls.webhooks.jaas-secret=whsec-0123456789abcdef",
                "calls.webhooks.jitsi-secret=event-sync-0123456789abcdef")
                .withUserConfiguration(OwnReceivers.class)
                .run(context -> {
                    assertThat(context).getBeans(JaasWebhookReceiver.class).containsOnlyKeys("ownJaas");
                    assertThat(context).getBeans(JitsiEventSyncReceiver.class).containsOnlyKeys("ownEventSync");
                });
    }

    @Test
    void hostPresenceAndMeetingStoresThenJpaOnesStayAway() {
        new ApplicationContextRunner()
                .withConfiguration(BootAutoConfigurations.jpa())
                .withConfiguration(AutoConfigurations.of(CallsJpaAutoConfiguration.class, CallsAutoConfiguration.class))
                .withUserConfiguration(Acme.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:calls-" + UUID.randomUUID(),
                        "calls.relay.enabled=false")
                .withBean(InMemoryPresenceStore.class, InMemoryPresenceStore::new)
                .withBean(InMemoryMeetingStore.class, InMemoryMeetingStore::new)
                .run(context -> assertThat(context).doesNotHaveBean(JpaPresenceStore.class)
                        .doesNotHaveBean(JpaMeetingStore.class).hasBean("callsCallStore"));
    }

    @Test
    void hostStreamsShutdownAndStreamGaugeThenTheyWin() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class,
                        CallsServletAutoConfiguration.class, CallsMetricsAutoConfiguration.class))
                .withUserConfiguration(Acme.class)
                .withBean("callsStreamMetrics", MeterBinder.class, () -> registry -> { })
                .withBean("ownShutdown", CallsStreamsShutdown.class,
                        () -> new CallsStreamsShutdown(new dev.calls.servlet.CallsFilter()))
                .run(context -> {
                    assertThat(context).getBeans(CallsStreamsShutdown.class).containsOnlyKeys("ownShutdown");
                    assertThat(context).getBeans(MeterBinder.class).containsKey("callsStreamMetrics");
                    assertThat(context.getBean("callsStreamMetrics")).isNotInstanceOf(CallsMetrics.class);
                });
    }

    private static String join(Calls calls) {
        Acme.online(calls, "alice", "bob");
        Call call = calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
        return calls.join(call.id(), Acme.user("alice")).domain();
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class OwnReceivers {
        @org.springframework.context.annotation.Bean
        JaasWebhookReceiver ownJaas(Calls calls) {
            return JaasWebhookReceiver.builder(calls).secret("own-secret-0123456789abcdef").build();
        }

        @org.springframework.context.annotation.Bean
        JitsiEventSyncReceiver ownEventSync(Calls calls) {
            return JitsiEventSyncReceiver.builder(calls).header("X-Own", "own-secret-0123456789abcdef").build();
        }
    }
}
