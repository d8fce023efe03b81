package dev.calls.push.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.push.mobile.testing.MockApns;
import dev.calls.push.mobile.testing.StandInFcm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code calls.push.*} settings turn each adapter on when its key settings are present. */
class MobilePushTest {

    @Test
    void fromWhenNothingIsSetThenNoAdapter() {
        try (MobilePush push = MobilePush.from(PushSettings.from(k -> null))) {
            assertThat(push.notifier()).isNull();
            assertThat(push.describe()).isEqualTo("push adapters: none");
        }
    }

    @Test
    void fromWhenBothAreSetFromFilesThenBothOnAndNoSecretDescribed(@TempDir Path dir) throws Exception {
        try (MockApns apns = new MockApns("com.example.app"); StandInFcm fcm = new StandInFcm()) {
            Path key = Files.writeString(dir.resolve("AuthKey.p8"), apns.signingKey());
            Path account = Files.writeString(dir.resolve("service-account.json"), fcm.serviceAccountJson());
            Map<String, String> p = new HashMap<>();
            p.put("calls.push.apns.key", key.toString());
            p.put("calls.push.apns.key-id", MockApns.KEY_ID);
            p.put("calls.push.apns.team-id", MockApns.TEAM_ID);
            p.put("calls.push.apns.topic", "com.example.app");
            p.put("calls.push.apns.host", "127.0.0.1");
            p.put("calls.push.apns.port", String.valueOf(apns.port()));
            p.put("calls.push.apns.trusted-certificate", apns.certificate());
            p.put("calls.push.fcm.service-account", account.toString());
            p.put("calls.push.fcm.project-id", StandInFcm.PROJECT);
            p.put("calls.push.fcm.endpoint", fcm.endpoint());

            try (MobilePush push = MobilePush.from(PushSettings.from(p::get))) {
                assertThat(push.notifiers()).hasSize(2);
                assertThat(push.describe()).startsWith("push adapters: APNs(127.0.0.1:" + apns.port())
                        .contains("FCM(http://127.0.0.1").doesNotContain("PRIVATE").doesNotContain(dir.toString());
            }
        }
    }

    @Test
    void fromWhenOnlyPartOfTheApnsSettingsThenApnsOff() {
        Map<String, String> p = Map.of("calls.push.apns.key-id", "K", "calls.push.apns.topic", "com.example.app");
        PushSettings s = PushSettings.from(p::get);

        assertThat(s.apnsOn()).isFalse();
        assertThat(s.apnsProduction()).isTrue();
    }

    @Test
    void fromWhenTheKeyFileIsMissingThenRefusedNamingTheSetting() {
        Map<String, String> p = Map.of("calls.push.apns.key", "/nowhere/AuthKey.p8", "calls.push.apns.key-id", "K",
                "calls.push.apns.team-id", "T", "calls.push.apns.topic", "com.example.app");

        assertThatThrownBy(() -> MobilePush.from(PushSettings.from(p::get)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calls.push.apns.key");
    }

    @Test
    void fromWhenThePortIsNotANumberThenRefused() {
        assertThatThrownBy(() -> PushSettings.from(Map.of("calls.push.apns.port", "x")::get))
                .hasMessageContaining("calls.push.apns.port");
    }
}
