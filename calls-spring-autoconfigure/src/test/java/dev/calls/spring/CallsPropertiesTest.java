package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.CallsConfig;
import dev.calls.CallsException;
import dev.calls.ErrorCode;
import dev.calls.JoinInfo;
import dev.calls.MediaType;
import dev.calls.push.HttpPushNotifier;
import dev.calls.spi.PushNotifier;
import dev.calls.spring.support.Acme;
import dev.calls.spring.support.TestKeys;
import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;
import dev.calls.webhook.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** One test per engine, Jitsi and webhook property: each setting reaches the engine and changes what it does. */
class CallsPropertiesTest {
    private static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class))
            .withUserConfiguration(Acme.class)
            .withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void defaultsThenEngineHasDocumentedDefaults() {
        runner.run(context -> {
            var config = context.getBean(Calls.class).config();
            assertThat(config.ringTimeout()).isEqualTo(Duration.ofSeconds(30));
            assertThat(config.presenceTimeout()).isEqualTo(Duration.ofMinutes(5));
            assertThat(config.maxCallDuration()).isEqualTo(Duration.ofHours(8));
            assertThat(config.idleTimeout()).isEqualTo(Duration.ofMinutes(3));
            assertThat(join(context.getBean(Calls.class)).domain()).isEqualTo("meet.jit.si");
        });
    }

    @Test
    void ringTimeoutThenEngineRingsThatLong() {
        runner.withPropertyValues("calls.ring-timeout=45s").run(context ->
                assertThat(context.getBean(Calls.class).config().ringTimeout()).isEqualTo(Duration.ofSeconds(45)));
    }

    @Test
    void presenceTimeoutThenEngineUsesIt() {
        runner.withPropertyValues("calls.presence-timeout=90s").run(context ->
                assertThat(context.getBean(Calls.class).config().presenceTimeout()).isEqualTo(Duration.ofSeconds(90)));
    }

    @Test
    void maxCallDurationThenEngineUsesIt() {
        runner.withPropertyValues("calls.max-call-duration=2h").run(context ->
                assertThat(context.getBean(Calls.class).config().maxCallDuration()).isEqualTo(Duration.ofHours(2)));
    }

    @Test
    void idleTimeoutThenEngineUsesIt() {
        runner.withPropertyValues("calls.idle-timeout=90s").run(context ->
                assertThat(context.getBean(Calls.class).config().idleTimeout()).isEqualTo(Duration.ofSeconds(90)));
        runner.withPropertyValues("calls.idle-timeout=0").run(context ->
                assertThat(context.getBean(Calls.class).config().idleTimeout()).isNull());
    }

    @Test
    void maxGroupSizeThenLargerCallsAreRefused() {
        runner.withPropertyValues("calls.max-group-size=1").run(context -> {
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob", "carol");
            assertThatThrownBy(() -> calls.start(Acme.user("alice"), List.of("bob", "carol"), MediaType.AUDIO))
                    .isInstanceOfSatisfying(CallsException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        });
    }

    @Test
    void startsPerMinuteThenFurtherStartsAreRateLimited() {
        runner.withPropertyValues("calls.starts-per-minute=1").run(context -> {
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob", "carol");
            Call first = calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO);
            calls.cancel(first.id(), Acme.user("alice"));
            assertThatThrownBy(() -> calls.start(Acme.user("alice"), List.of("carol"), MediaType.AUDIO))
                    .isInstanceOfSatisfying(CallsException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED));
        });
    }

    @Test
    void roomPrefixThenRoomsStartWithIt() {
        runner.withPropertyValues("calls.room-prefix=crm").run(context -> {
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice", "bob");
            assertThat(calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO).room()).startsWith("crm-");
        });
    }

    @Test
    void ringOfflineUsersFalseThenOfflineCalleeIsRefusedDespiteNotifier() {
        PushNotifier push = (message, devices, feedback) -> { };
        ApplicationContextRunner withPush = runner.withBean(PushNotifier.class, () -> push);
        withPush.run(context -> assertThat(context.getBean(Calls.class).config().ringOfflineUsers()).isTrue());
        withPush.withPropertyValues("calls.ring-offline-users=false").run(context -> {
            Calls calls = context.getBean(Calls.class);
            Acme.online(calls, "alice");
            assertThatThrownBy(() -> calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO))
                    .isInstanceOfSatisfying(CallsException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.RECIPIENT_OFFLINE));
        });
    }

    @Test
    void sweepPresenceFlushAndAnnounceThenEngineUsesThem() {
        runner.withPropertyValues("calls.sweep-interval=750ms", "calls.presence-flush-interval=3s",
                "calls.announce-call-presence=true", "calls.busy-policy=wait").run(context -> {
                    var config = context.getBean(Calls.class).config();
                    assertThat(config.sweepInterval()).isEqualTo(Duration.ofMillis(750));
                    assertThat(config.presenceFlushInterval()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(config.announceCallPresence()).isTrue();
                    assertThat(config.busyPolicy()).isEqualTo(dev.calls.BusyPolicy.WAIT);
                });
    }

    @Test
    void defaultsThenTheyAreCoresDefaults() {
        runner.run(context -> assertThat(context.getBean(Calls.class).config())
                .isEqualTo(CallsConfig.defaults()));
    }

    @Test
    void pushUrlAndSecretThenOfflineUsersAreRungThroughThatEndpoint() {
        runner.withPropertyValues("calls.push.url=http://127.0.0.1:9/push", "calls.push.secret=0123456789abcdef")
                .run(context -> {
                    assertThat(context).hasSingleBean(HttpPushNotifier.class);
                    assertThat(context.getBean(Calls.class).config().ringOfflineUsers()).isTrue();
                });
        runner.run(context -> assertThat(context).doesNotHaveBean(PushNotifier.class));
    }

    @Test
    void jitsiDomainThenJoinInformationPointsThere() {
        runner.withPropertyValues("calls.jitsi.domain=meet.example.org").run(context -> {
            JoinInfo join = join(context.getBean(Calls.class));
            assertThat(join.domain()).isEqualTo("meet.example.org");
            assertThat(join.url()).startsWith("https://meet.example.org/");
            assertThat(join.jwt()).isNull();
        });
    }

    @Test
    void jitsiDisplayThenJoinInformationSaysHowBrowsersShowTheRoom() {
        runner.run(context -> assertThat(join(context.getBean(Calls.class)).display()).as("meet.jit.si").isEqualTo("window"));
        runner.withPropertyValues("calls.jitsi.domain=meet.example.org")
                .run(context -> assertThat(join(context.getBean(Calls.class)).display()).isEqualTo("embed"));
        runner.withPropertyValues("calls.jitsi.domain=meet.example.org", "calls.jitsi.display=window")
                .run(context -> assertThat(join(context.getBean(Calls.class)).display()).isEqualTo("window"));
        runner.withPropertyValues("calls.jitsi.display=embed")
                .run(context -> assertThat(join(context.getBean(Calls.class)).display()).isEqualTo("embed"));
        runner.withPropertyValues("calls.jitsi.display=popup").run(context -> assertThat(context).hasFailed());
    }

    @Test
    void selfHostedWithAppSecretThenTokensAreSignedWithIt() {
        runner.withPropertyValues("calls.jitsi.provider=self-hosted", "calls.jitsi.domain=meet.example.org",
                "calls.jitsi.app-id=crm", "calls.jitsi.app-secret=0123456789abcdef0123456789abcdef",
                "calls.jitsi.tenant=sales", "calls.jitsi.audience=jitsi-crm", "calls.jitsi.subject=meet.jitsi",
                "calls.jitsi.token-ttl=30m").run(context -> {
                    JoinInfo join = join(context.getBean(Calls.class));
                    JsonNode header = part(join.jwt(), 0);
                    JsonNode claims = part(join.jwt(), 1);
                    assertThat(header.get("alg").asText()).isEqualTo("HS256");
                    assertThat(claims.get("iss").asText()).isEqualTo("crm");
                    assertThat(claims.get("aud").asText()).isEqualTo("jitsi-crm");
                    assertThat(claims.get("sub").asText()).isEqualTo("meet.jitsi");
                    assertThat(join.url()).startsWith("https://meet.example.org/sales/");
                    assertThat(claims.get("exp").asLong()).isEqualTo(NOW.plus(Duration.ofMinutes(30)).getEpochSecond());
                });
    }

    @Test
    void selfHostedWithPrivateKeyAndKeyIdThenTokensAreRs256WithThatKid() {
        Path key = TestKeys.writePkcs8Pem(TestKeys.rsa(), dir, "asap.pem");
        runner.withPropertyValues("calls.jitsi.provider=self-hosted", "calls.jitsi.domain=meet.example.org",
                "calls.jitsi.app-id=crm", "calls.jitsi.private-key=" + key, "calls.jitsi.key-id=crm/key-1")
                .run(context -> {
                    JsonNode header = part(join(context.getBean(Calls.class)).jwt(), 0);
                    assertThat(header.get("alg").asText()).isEqualTo("RS256");
                    assertThat(header.get("kid").asText()).isEqualTo("crm/key-1");
                });
    }

    @Test
    void jaasWithFeaturesThenModeratorTokensCarryThem() {
        Path key = TestKeys.writePkcs8Pem(TestKeys.rsa(), dir, "jaas.pem");
        runner.withPropertyValues("calls.jitsi.provider=jaas", "calls.jitsi.app-id=vpaas-magic-cookie-abc",
                "calls.jitsi.private-key=" + key, "calls.jitsi.key-id=4f4910",
                "calls.jitsi.features.recording=true", "calls.jitsi.features.livestreaming=false").run(context -> {
                    JoinInfo join = join(context.getBean(Calls.class));
                    assertThat(join.domain()).isEqualTo("8x8.vc");
                    assertThat(part(join.jwt(), 0).get("kid").asText()).isEqualTo("vpaas-magic-cookie-abc/4f4910");
                    JsonNode features = part(join.jwt(), 1).path("context").path("features");
                    assertThat(features.get("recording").asText()).isEqualTo("true");
                    assertThat(features.get("livestreaming").asText()).isEqualTo("false");
                });
    }

    @Test
    void jaasSecretThenSignedWebhooksAreReceived() {
        runner.run(context -> assertThat(context).doesNotHaveBean(JaasWebhookReceiver.class));
        runner.withPropertyValues("calls.webhooks.jaas-secret=whsec-0123456789abcdef").run(context -> {
            JaasWebhookReceiver receiver = context.getBean(JaasWebhookReceiver.class);
            byte[] body = ping();
            String header = new WebhookSignature("whsec-0123456789abcdef", Duration.ofMinutes(5)).header(body, NOW);
            assertThat(receiver.receive(body, header)).isNotNull();
            String forged = new WebhookSignature("another-secret-0123456789", Duration.ofMinutes(5)).header(body, NOW);
            assertThatThrownBy(() -> receiver.receive(body, forged)).isInstanceOfSatisfying(CallsException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
        });
    }

    @Test
    void webhookToleranceThenOlderSignaturesAreAccepted() {
        byte[] body = ping();
        String tenMinutesOld = new WebhookSignature("whsec-0123456789abcdef", Duration.ofMinutes(5))
                .header(body, NOW.minus(Duration.ofMinutes(10)));
        ApplicationContextRunner jaas = runner.withPropertyValues("calls.webhooks.jaas-secret=whsec-0123456789abcdef");
        jaas.run(context -> assertThatThrownBy(() -> context.getBean(JaasWebhookReceiver.class).receive(body, tenMinutesOld))
                .isInstanceOf(CallsException.class));
        jaas.withPropertyValues("calls.webhooks.tolerance=15m").run(context ->
                assertThat(context.getBean(JaasWebhookReceiver.class).receive(body, tenMinutesOld)).isNotNull());
    }

    @Test
    void jitsiSecretAndHeaderThenEventSyncReceiverChecksThatHeader() {
        runner.withPropertyValues("calls.webhooks.jitsi-secret=event-sync-0123456789abcdef",
                "calls.webhooks.jitsi-header=X-Event-Sync").run(context -> {
                    JitsiEventSyncReceiver receiver = context.getBean(JitsiEventSyncReceiver.class);
                    assertThat(receiver.headerName()).isEqualTo("X-Event-Sync");
                    assertThatThrownBy(() -> receiver.receive("{}".getBytes(StandardCharsets.UTF_8), "wrong"))
                            .isInstanceOfSatisfying(CallsException.class,
                                    e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
                });
    }

    private static byte[] ping() {
        return ("{\"idempotencyKey\":\"k-1\",\"eventType\":\"SETTINGS_PROVISIONING\",\"timestamp\":"
                + NOW.toEpochMilli() + ",\"fqn\":\"vpaas-magic-cookie-abc/room\",\"data\":{}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static JoinInfo join(Calls calls) {
        Acme.online(calls, "alice", "bob");
        Call call = calls.start(Acme.user("alice"), List.of("bob"), MediaType.VIDEO);
        return calls.join(call.id(), Acme.user("alice"));
    }

    private static JsonNode part(String jwt, int index) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }
}
