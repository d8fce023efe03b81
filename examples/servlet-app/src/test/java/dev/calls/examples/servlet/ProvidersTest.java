package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example started with each kind of media deployment, and refusing to start on impossible settings. */
class ProvidersTest {
    static final String APP_ID = "vpaas-magic-cookie-0123456789abcdef0123456789abcdef";
    static final String HS_SECRET = "example-app-secret-0123456789abcdef";
    static KeyPair rsa;

    @TempDir
    static Path dir;
    static Path keyFile;

    private final MutableClock clock = MutableClock.at("2026-03-02T10:00:00Z");
    private RunningApp app;

    @BeforeAll
    static void key() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        rsa = generator.generateKeyPair();
        keyFile = dir.resolve("jaas-key.pem");
        Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(
                StandardCharsets.US_ASCII)).encodeToString(rsa.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private RunningApp start(Map<String, String> settings) throws Exception {
        app = ServletApp.start(AppOptions.defaults().port(0).settings(dev.calls.examples.servlet.TestSettings.of(settings))
                .engine(b -> b.clock(clock).scheduler(new ManualScheduler(clock))));
        return app;
    }

    /** testuser4 calls calluser8 over HTTP, calluser8 answers; returns calluser8's join information. */
    private JsonNode calleeJoin() {
        Browser caller = Browser.basic(app, "testuser4");
        Browser callee = Browser.basic(app, "calluser8");
        caller.postJson("/api/calls/presence/heartbeat", "{}");
        callee.postJson("/api/calls/presence/heartbeat", "{}");
        String id = caller.json(caller.postJson("/api/calls", "{\"recipientIds\":[\"calluser8\"]}")).get("id").asText();
        callee.postJson("/api/calls/" + id + "/accept", "{}"); // join information is for those in the call
        return callee.json(callee.get("/api/calls/" + id + "/join"));
    }

    private static JsonNode part(String jwt, int index) throws Exception {
        return Browser.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }

    private static byte[] signingInput(String jwt) {
        return jwt.substring(0, jwt.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
    }

    /** Starts the app with these settings, returning what it logged to the standard error while starting. */
    private String startLogging(Map<String, String> settings) throws Exception {
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            start(settings);
        } finally {
            System.setErr(original);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        original.print(logged);
        return logged;
    }

    @Test
    void defaultMeetJitSiThenOneStartUpWarningAndCallsOpenInTheirOwnWindow() throws Exception {
        String logged = startLogging(Map.of());

        assertThat(logged.split("Calls is using meet.jit.si for media", -1)).as("exactly one warning").hasSize(2);
        assertThat(logged).contains("calls.jitsi.provider=jaas").contains("calls.jitsi.provider=self-hosted");
        JsonNode join = calleeJoin();
        assertThat(join.get("domain").asText()).isEqualTo("meet.jit.si");
        assertThat(join.get("display").asText()).isEqualTo("window");
    }

    @Test
    void selfHostedThenNoWarningAndEmbeddedUnlessDisplaySaysWindow() throws Exception {
        String logged = startLogging(Map.of("calls.jitsi.provider", "self-hosted", "calls.jitsi.domain", "meet.example.org",
                "calls.jitsi.app-id", "calls-example", "calls.jitsi.app-secret", HS_SECRET));

        assertThat(logged).doesNotContain("meet.jit.si");
        assertThat(calleeJoin().get("display").asText()).isEqualTo("embed");

        app.close();
        start(Map.of("calls.jitsi.provider", "self-hosted", "calls.jitsi.domain", "meet.example.org",
                "calls.jitsi.app-id", "calls-example", "calls.jitsi.app-secret", HS_SECRET, "calls.jitsi.display", "window"));
        assertThat(calleeJoin().get("display").asText()).isEqualTo("window");
    }

    @Test
    void jaasSettingsThenAppStartsAndJoinsCarryRs256TokensForTheApp() throws Exception {
        start(Map.of("calls.jitsi.provider", "jaas", "calls.jitsi.app-id", APP_ID,
                "calls.jitsi.private-key", keyFile.toString(), "calls.jitsi.key-id", "4f4910"));

        JsonNode join = calleeJoin();

        assertThat(join.get("provider").asText()).isEqualTo("jaas");
        assertThat(join.get("domain").asText()).isEqualTo("8x8.vc");
        assertThat(join.get("room").asText()).startsWith(APP_ID + "/calls-");
        String jwt = join.get("jwt").asText();
        assertThat(part(jwt, 0).get("kid").asText()).isEqualTo(APP_ID + "/4f4910");
        assertThat(part(jwt, 0).get("alg").asText()).isEqualTo("RS256");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(rsa.getPublic());
        verifier.update(signingInput(jwt));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(jwt.substring(jwt.lastIndexOf('.') + 1)))).isTrue();
        JsonNode claims = part(jwt, 1);
        assertThat(claims.get("iss").asText()).isEqualTo("chat");
        assertThat(claims.get("sub").asText()).isEqualTo(APP_ID);
        assertThat(claims.get("context").get("user").get("id").asText()).isEqualTo("calluser8");
    }

    @Test
    void selfHostedSettingsThenAppStartsAndJoinsCarryHs256Tokens() throws Exception {
        start(Map.of("calls.jitsi.provider", "self-hosted", "calls.jitsi.domain", "meet.example.org",
                "calls.jitsi.app-id", "calls-example", "calls.jitsi.app-secret", HS_SECRET));

        JsonNode join = calleeJoin();

        assertThat(join.get("provider").asText()).isEqualTo("self-hosted");
        assertThat(join.get("url").asText()).startsWith("https://meet.example.org/calls-");
        String jwt = join.get("jwt").asText();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HS_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(MessageDigest.isEqual(mac.doFinal(signingInput(jwt)),
                Base64.getUrlDecoder().decode(jwt.substring(jwt.lastIndexOf('.') + 1)))).isTrue();
        assertThat(part(jwt, 1).get("iss").asText()).isEqualTo("calls-example");
        assertThat(part(jwt, 1).get("context").get("user").get("name").asText()).isEqualTo("Call User 8");
    }

    @Test
    void impossibleProviderSettingsThenStartFailsNamingThePropertyWithoutSecrets() {
        assertFails(Map.of("calls.jitsi.provider", "zoom"), "calls.jitsi.provider");
        assertFails(Map.of("calls.jitsi.provider", "self-hosted", "calls.jitsi.domain", "meet.example.org",
                "calls.jitsi.app-id", "calls-example"), "calls.jitsi.app-secret");
        assertFails(Map.of("calls.jitsi.provider", "self-hosted", "calls.jitsi.domain", "meet.example.org",
                "calls.jitsi.app-id", "calls-example", "calls.jitsi.app-secret", "short-secret-xyz"),
                "calls.jitsi.app-secret");
        assertFails(Map.of("calls.jitsi.provider", "jaas", "calls.jitsi.app-id", APP_ID, "calls.jitsi.key-id", "4f4910"),
                "calls.jitsi.private-key");
        assertFails(Map.of("calls.jitsi.provider", "jaas", "calls.jitsi.app-id", APP_ID, "calls.jitsi.key-id", "4f4910",
                "calls.jitsi.private-key", dir.resolve("missing.pem").toString()), "calls.jitsi.private-key");
        assertFails(Map.of("calls.jitsi.token-ttl", "forever", "calls.jitsi.provider", "self-hosted"),
                "calls.jitsi.token-ttl");
        Map<String, String> publicWithSecret = new HashMap<>(Map.of("calls.jitsi.app-secret", HS_SECRET));
        assertFails(publicWithSecret, "calls.jitsi.app-secret");
    }

    private void assertFails(Map<String, String> settings, String property) {
        assertThatThrownBy(() -> start(settings)).as(settings.keySet().toString())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(property)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(HS_SECRET).doesNotContain("short-secret-xyz"));
        app = null;
    }
}
