package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.device.DeviceRegistration;
import dev.calls.push.HttpPushNotifier;
import dev.calls.push.mobile.ApnsPushNotifier;
import dev.calls.push.mobile.FcmPushNotifier;
import dev.calls.push.mobile.testing.MockApns;
import dev.calls.push.mobile.testing.StandInFcm;
import dev.calls.spring.support.Acme;
import dev.calls.spring.support.BootAutoConfigurations;
import dev.calls.spring.support.Eventually;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code calls.push.apns.*} and {@code calls.push.fcm.*} turn the adapters on; the engine sends to each. */
class CallsPushAutoConfigurationTest {
    private static final String TOPIC = "com.example.app";
    private static final String IPHONE = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private final MockApns apns = new MockApns(TOPIC, TOPIC + ".voip");
    private final StandInFcm fcm = new StandInFcm();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(BootAutoConfigurations.metrics())
            .withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class, CallsPushAutoConfiguration.class,
                    CallsMetricsAutoConfiguration.class))
            .withUserConfiguration(Acme.class);

    @AfterEach
    void stop() {
        apns.close();
        fcm.close();
    }

    private ApplicationContextRunner withBoth() {
        return runner.withPropertyValues(
                "calls.push.apns.key=" + apns.signingKey(), "calls.push.apns.key-id=" + MockApns.KEY_ID,
                "calls.push.apns.team-id=" + MockApns.TEAM_ID, "calls.push.apns.topic=" + TOPIC,
                "calls.push.apns.host=127.0.0.1", "calls.push.apns.port=" + apns.port(),
                "calls.push.apns.trusted-certificate=" + apns.certificate(),
                "calls.push.fcm.service-account=" + fcm.serviceAccountJson(),
                "calls.push.fcm.project-id=" + StandInFcm.PROJECT, "calls.push.fcm.endpoint=" + fcm.endpoint());
    }

    @Test
    void noPushPropertiesThenNoAdapterAndOfflineUsersAreNotRung() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(ApnsPushNotifier.class).doesNotHaveBean(FcmPushNotifier.class);
            assertThat(context.getBean(Calls.class).config().ringOfflineUsers()).isFalse();
        });
    }

    @Test
    void bothSetThenAnOfflineUsersPhonesAreRungAndCounted() {
        apns.register(TOPIC + ".voip", IPHONE);
        withBoth().run(context -> {
            assertThat(context).hasSingleBean(ApnsPushNotifier.class).hasSingleBean(FcmPushNotifier.class);
            Calls calls = context.getBean(Calls.class);
            assertThat(calls.config().ringOfflineUsers()).isTrue();
            Acme.online(calls, "alice");
            calls.devices().register(Acme.user("bob"), new DeviceRegistration("ios", "voip", IPHONE, TOPIC, null));
            calls.devices().register(Acme.user("bob"),
                    new DeviceRegistration("android", "fcm", "fcm-token:bob-0001", TOPIC, null));

            String id = calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO).id().toString();

            assertThat(apns.await(p -> p.payload().contains(id), "VoIP ring").header("apns-push-type")).isEqualTo("voip");
            assertThat(fcm.await(m -> m.data().path("callId").asText().equals(id), "FCM ring").token())
                    .isEqualTo("fcm-token:bob-0001");
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            Eventually.until("both sends counted", () -> sent(registry, "apns") == 1 && sent(registry, "fcm") == 1);
        });
    }

    @Test
    void onlyPartOfTheApnsKeysThenNoApnsAdapter() {
        runner.withPropertyValues("calls.push.apns.key-id=K", "calls.push.apns.topic=" + TOPIC)
                .run(context -> assertThat(context).doesNotHaveBean(ApnsPushNotifier.class));
    }

    @Test
    void withTheHttpHookTooThenEveryNotifierIsABean() {
        withBoth().withPropertyValues("calls.push.url=http://127.0.0.1:9/push", "calls.push.secret=0123456789abcdef0123")
                .run(context -> {
                    assertThat(context).hasSingleBean(HttpPushNotifier.class).hasSingleBean(ApnsPushNotifier.class)
                            .hasSingleBean(FcmPushNotifier.class);
                    assertThat(context.getBean(Calls.class).config().ringOfflineUsers()).isTrue();
                });
    }

    @Test
    void theHostsOwnApnsBeanThenItWins() {
        ApnsPushNotifier own = ApnsPushNotifier.builder().signingKey(apns.signingKey(), MockApns.KEY_ID, MockApns.TEAM_ID)
                .topic("com.example.own").host("127.0.0.1", apns.port()).trustedCertificate(apns.certificate()).build();
        withBoth().withBean(ApnsPushNotifier.class, () -> own)
                .run(context -> assertThat(context.getBean(ApnsPushNotifier.class)).isSameAs(own));
        own.close();
    }

    private static double sent(MeterRegistry registry, String adapter) {
        var counter = registry.find(CallsMetricsAutoConfiguration.PUSH_SENT).tag("adapter", adapter).functionCounter();
        return counter == null ? -1 : counter.count();
    }
}
