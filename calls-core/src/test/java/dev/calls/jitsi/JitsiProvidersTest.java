package dev.calls.jitsi;

import static dev.calls.jitsi.Joins.ALICE;
import static dev.calls.jitsi.Joins.NOW_S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.calls.InvalidSettingException;
import dev.calls.spi.MeetingProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitsiProvidersTest {
    static final String SECRET = SelfHostedJitsiTest.SECRET;
    static final String APP_ID = JaasProviderTest.APP_ID;

    @TempDir
    Path dir;

    // ---- each key ----

    @Test
    void noSettingsThenPublicMeetJitSi() {
        MeetingProvider p = JitsiProviders.fromProperties(Map.of("calls.ring-timeout", "30s"));

        assertThat(p).isInstanceOf(PublicJitsi.class);
        assertThat(p.roomUrl("room-1")).isEqualTo("https://meet.jit.si/room-1");
    }

    @Test
    void displayByDefaultThenOwnWindowOnMeetJitSiOnlyAndEmbeddedElsewhere() {
        MeetingProvider selfHosted = from("provider", "self-hosted", "domain", "meet.example.com", "app-id", "calls-app",
                "app-secret", SECRET);

        assertThat(from().join(Joins.group(ALICE, true)).display()).isEqualTo("window");
        assertThat(from("domain", "MEET.JIT.SI").join(Joins.group(ALICE, true)).display()).isEqualTo("window");
        assertThat(from("domain", "jitsi.example.org").join(Joins.group(ALICE, true)).display()).isEqualTo("embed");
        assertThat(selfHosted.join(Joins.group(ALICE, true)).display()).isEqualTo("embed");
    }

    @Test
    void displaySetThenEveryJoinSaysSoAndTheRestIsUnchanged() throws Exception {
        MeetingProvider embedded = from("display", "embed");
        MeetingProvider window = from("provider", "self-hosted", "domain", "meet.example.com", "app-id", "calls-app",
                "app-secret", SECRET, "display", " Window ");

        dev.calls.JoinInfo j = window.join(Joins.group(ALICE, true));
        assertThat(embedded.join(Joins.group(ALICE, true)).display()).isEqualTo("embed");
        assertThat(embedded.roomUrl("room-1")).isEqualTo("https://meet.jit.si/room-1");
        assertThat(j.display()).isEqualTo("window");
        assertThat(window.id()).isEqualTo("self-hosted");
        assertThat(SignedJWT.parse(j.jwt()).verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(j.url()).startsWith("https://meet.example.com/" + Joins.ROOM + "?jwt=");
    }

    @Test
    void displayUnknownThenErrorNamingTheKey() {
        assertError(props("display", "popup"), "calls.jitsi.display", "must be auto, embed or window, was 'popup'");
    }

    @Test
    void meetJitSiThenOneStartUpWarningSayingWhatToConfigureAndNoneElsewhere() {
        assertThat(dev.calls.internal.MediaWarning.about(from())).get().asString()
                .contains("meet.jit.si").contains("calls.jitsi.provider=jaas").contains("calls.jitsi.provider=self-hosted");
        assertThat(dev.calls.internal.MediaWarning.about(from("display", "embed"))).isPresent();
        assertThat(dev.calls.internal.MediaWarning.about(from("domain", "jitsi.example.org"))).isEmpty();
        assertThat(dev.calls.internal.MediaWarning.about(from("provider", "self-hosted", "domain", "meet.example.com",
                "app-id", "calls-app", "app-secret", SECRET))).isEmpty();
    }

    @Test
    void domainWithPublicProviderThenThatDeployment() {
        MeetingProvider p = from("provider", "public", "domain", "jitsi.example.org");

        assertThat(p.roomUrl("room-1")).isEqualTo("https://jitsi.example.org/room-1");
    }

    @Test
    void selfHostedWithAppIdAndSecretThenHs256TokensForThatIssuer() throws Exception {
        MeetingProvider p = from("provider", "self-hosted", "domain", "meet.example.com", "app-id", "calls-app",
                "app-secret", SECRET);

        SignedJWT jwt = SignedJWT.parse(p.join(Joins.group(ALICE, true)).jwt());

        assertThat(p.id()).isEqualTo("self-hosted");
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("calls-app");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("meet.example.com");
    }

    @Test
    void privateKeyFilePathWithKeyIdThenRs256SelfHosted() throws Exception {
        Path pem = TestKeys.write(dir, "asap.pem", TestKeys.PKCS8_PEM);
        MeetingProvider p = from("provider", "self-hosted", "domain", "meet.example.com", "app-id", "calls-app",
                "private-key", pem.toString(), "key-id", "calls/key-1");

        SignedJWT jwt = SignedJWT.parse(p.join(Joins.group(ALICE, true)).jwt());

        assertThat(jwt.getHeader().getKeyID()).isEqualTo("calls/key-1");
        assertThat(jwt.verify(new RSASSAVerifier(TestKeys.publicKey()))).isTrue();
    }

    @Test
    void privateKeyInlinePemWithEscapedNewlinesThenAccepted() throws Exception {
        String escaped = TestKeys.PKCS8_PEM.replace("\n", "\\n");
        MeetingProvider p = from("provider", "jaas", "app-id", APP_ID, "key-id", "4b446c", "private-key", escaped);

        SignedJWT jwt = SignedJWT.parse(p.join(Joins.group(ALICE, true)).jwt());

        assertThat(jwt.verify(new RSASSAVerifier(TestKeys.publicKey()))).isTrue();
    }

    @Test
    void keyIdBareOrFullThenJaasKidIsAppIdSlashKeyId() throws Exception {
        Path pem = TestKeys.write(dir, "jaas.pem", TestKeys.PKCS8_PEM);
        for (String keyId : new String[] {"4b446c", APP_ID + "/4b446c"}) {
            MeetingProvider p = from("provider", "jaas", "app-id", APP_ID, "key-id", keyId,
                    "private-key", pem.toString());

            assertThat(SignedJWT.parse(p.join(Joins.group(ALICE, true)).jwt()).getHeader().getKeyID())
                    .isEqualTo(APP_ID + "/4b446c");
            assertThat(p.roomUrl("room-1")).isEqualTo("https://8x8.vc/" + APP_ID + "/room-1");
        }
    }

    @Test
    void tokenTtlShortFormAndIsoThenTokenLifetime() throws Exception {
        for (String[] ttl : new String[][] {{"30m", "1800"}, {"PT2H", "7200"}, {"90s", "90"}}) {
            MeetingProvider p = selfHosted("token-ttl", ttl[0]);

            assertThat(SignedJWT.parse(p.join(Joins.group(ALICE, true)).jwt()).getPayload().toJSONObject())
                    .containsEntry("exp", NOW_S + Long.parseLong(ttl[1]));
        }
    }

    @Test
    void tenantThenTenantPathAndSub() throws Exception {
        MeetingProvider p = selfHosted("tenant", "Acme");

        assertThat(p.roomUrl("room-1")).isEqualTo("https://meet.example.com/acme/room-1");
        assertThat(SignedJWT.parse(p.join(Joins.group(ALICE, true)).jwt()).getJWTClaimsSet().getSubject())
                .isEqualTo("acme");
    }

    @Test
    void subjectThenSubClaim() throws Exception {
        MeetingProvider p = selfHosted("subject", "meet.jitsi");

        assertThat(SignedJWT.parse(p.join(Joins.group(ALICE, true)).jwt()).getJWTClaimsSet().getSubject())
                .isEqualTo("meet.jitsi");
    }

    @Test
    void audienceThenAudClaim() throws Exception {
        MeetingProvider p = selfHosted("audience", "calls");

        assertThat(SignedJWT.parse(p.join(Joins.group(ALICE, true)).jwt()).getJWTClaimsSet().getAudience())
                .containsExactly("calls");
    }

    @Test
    void featuresThenJaasContextFeatures() throws Exception {
        MeetingProvider p = jaas("features.recording", "true", "features.livestreaming", "FALSE");

        SignedJWT jwt = SignedJWT.parse(p.join(Joins.group(ALICE, true)).jwt());

        assertThat(TokenJson.context(jwt).get("features"))
                .isEqualTo(Map.of("recording", "true", "livestreaming", "false"));
    }

    @Test
    void providerNameInCapitalsAndBlankValuesThenTreatedAsUnset() {
        MeetingProvider p = from("provider", "PUBLIC", "domain", " ", "app-secret", "");

        assertThat(p.roomUrl("room-1")).isEqualTo("https://meet.jit.si/room-1");
    }

    // ---- bad settings ----

    @Test
    void unknownProviderThenErrorNamesProvider() {
        assertError(Map.of("calls.jitsi.provider", "zoom"), "calls.jitsi.provider", "public, self-hosted or jaas");
    }

    @Test
    void misspelledKeyThenErrorNamesIt() {
        assertError(props("provider", "public", "appid", "x"), "calls.jitsi.appid", "not a known setting");
    }

    @Test
    void domainAsUrlThenErrorNamesDomain() {
        assertError(props("domain", "https://meet.example.com/"), "calls.jitsi.domain", "bare host name");
    }

    @Test
    void selfHostedWithoutDomainThenErrorNamesDomain() {
        assertError(props("provider", "self-hosted", "app-id", "a", "app-secret", SECRET), "calls.jitsi.domain",
                "is required");
    }

    @Test
    void selfHostedWithoutAppIdThenErrorNamesAppId() {
        assertError(props("provider", "self-hosted", "domain", "meet.example.com", "app-secret", SECRET),
                "calls.jitsi.app-id", "is required");
    }

    @Test
    void selfHostedWithoutSecretOrKeyThenErrorNamesBoth() {
        assertError(props("provider", "self-hosted", "domain", "meet.example.com", "app-id", "a"),
                "calls.jitsi.app-secret", "calls.jitsi.private-key");
    }

    @Test
    void selfHostedWithSecretAndKeyThenErrorSaysPickOne() {
        assertError(selfHostedProps("private-key", TestKeys.PKCS8_PEM, "key-id", "k"), "calls.jitsi.app-secret",
                "both set");
    }

    @Test
    void secretShorterThan32BytesThenErrorWithoutTheSecret() {
        String shortSecret = "only-thirty-one-bytes-long-abcd";
        Map<String, String> p = props("provider", "self-hosted", "domain", "meet.example.com", "app-id", "a",
                "app-secret", shortSecret);

        Throwable e = assertError(p, "calls.jitsi.app-secret", "at least 32 bytes");
        assertThat(e.getMessage()).doesNotContain(shortSecret);
    }

    @Test
    void privateKeyWithoutKeyIdThenErrorNamesKeyId() {
        assertError(props("provider", "self-hosted", "domain", "meet.example.com", "app-id", "a",
                "private-key", TestKeys.PKCS8_PEM), "calls.jitsi.key-id", "is required");
    }

    @Test
    void keyIdWithAppSecretThenErrorNamesKeyId() {
        assertError(selfHostedProps("key-id", "k"), "calls.jitsi.key-id", "RS256");
    }

    @Test
    void jaasWithoutPrivateKeyThenErrorNamesPrivateKey() {
        assertError(props("provider", "jaas", "app-id", APP_ID, "key-id", "k"), "calls.jitsi.private-key",
                "is required");
    }

    @Test
    void jaasWithoutKeyIdThenErrorNamesKeyId() {
        assertError(props("provider", "jaas", "app-id", APP_ID, "private-key", TestKeys.PKCS8_PEM),
                "calls.jitsi.key-id", "is required");
    }

    @Test
    void jaasWithoutAppIdOrWithForeignAppIdThenErrorNamesAppId() {
        assertError(props("provider", "jaas", "key-id", "k", "private-key", TestKeys.PKCS8_PEM),
                "calls.jitsi.app-id", "is required");
        assertError(props("provider", "jaas", "app-id", "my-app", "key-id", "k", "private-key", TestKeys.PKCS8_PEM),
                "calls.jitsi.app-id", "vpaas-magic-cookie-");
    }

    @Test
    void jaasKeyIdOfAnotherAppThenErrorNamesKeyId() {
        assertError(jaasProps("key-id", "vpaas-magic-cookie-other/4b446c"), "calls.jitsi.key-id",
                "does not belong");
    }

    @Test
    void jaasWithAppSecretThenErrorWithoutTheSecret() {
        Throwable e = assertError(jaasProps("app-secret", SECRET), "calls.jitsi.app-secret", "jaas uses no app secret");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void jaasWithTenantThenErrorNamesTenant() {
        assertError(jaasProps("tenant", "acme"), "calls.jitsi.tenant", "JaaS fixes this claim");
    }

    @Test
    void jaasWithForeignDomainThenErrorNamesDomain() {
        assertError(jaasProps("domain", "meet.jit.si"), "calls.jitsi.domain", "8x8.vc");
    }

    @Test
    void featuresOnSelfHostedThenErrorNamesFeature() {
        assertError(selfHostedProps("features.recording", "true"), "calls.jitsi.features.recording", "only");
    }

    @Test
    void featureNotBooleanThenErrorNamesFeature() {
        assertError(jaasProps("features.recording", "yes"), "calls.jitsi.features.recording", "true or false");
    }

    @Test
    void publicWithSecretThenErrorWithoutTheSecret() {
        Throwable e = assertError(props("app-secret", SECRET), "calls.jitsi.app-secret", "uses no tokens");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void tokenTtlMalformedOrOutOfRangeThenErrorNamesTokenTtl() {
        assertError(selfHostedProps("token-ttl", "an hour"), "calls.jitsi.token-ttl", "must be a duration");
        assertError(selfHostedProps("token-ttl", "48h"), "calls.jitsi.token-ttl", "between 1m and 24h");
        assertError(selfHostedProps("token-ttl", "10s"), "calls.jitsi.token-ttl", "between 1m and 24h");
    }

    @Test
    void privateKeyMissingFileThenErrorNamesFile() {
        String missing = dir.resolve("missing.pem").toString();

        assertError(jaasProps("private-key", missing), "calls.jitsi.private-key", "no such file: " + missing);
    }

    @Test
    void privateKeyHoldingASecretThenErrorWithoutEchoingIt() {
        Throwable e = assertError(jaasProps("private-key", SECRET), "calls.jitsi.private-key", "neither PEM text");
        assertThat(e.getMessage()).doesNotContain(SECRET);
        String body = TestKeys.PKCS8_BODY;
        Throwable bare = assertError(jaasProps("private-key", body), "calls.jitsi.private-key", "neither PEM text");
        assertThat(bare.getMessage()).doesNotContain(body.substring(0, 24));
    }

    @Test
    void privateKeyInPkcs1ThenErrorSaysHowToConvert() {
        String pkcs1 = TestKeys.PKCS8_PEM.replace("PRIVATE KEY", "RSA PRIVATE KEY");

        assertError(jaasProps("private-key", pkcs1), "calls.jitsi.private-key", "openssl pkcs8 -topk8 -nocrypt");
    }

    // ---- helpers ----

    private static Throwable assertError(Map<String, String> properties, String property, String says) {
        Throwable e = catchThrowable(() -> JitsiProviders.fromProperties(properties));
        assertThat(e).isInstanceOf(InvalidSettingException.class).hasMessageStartingWith(property)
                .hasMessageContaining(says);
        assertThat(((InvalidSettingException) e).setting()).isEqualTo(JitsiProviders.setting(property))
                .startsWith("jitsi.").doesNotContain("-");
        assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain(TestKeys.PKCS8_BODY.substring(30, 60));
        assertThat(e.getCause()).isNull();
        return e;
    }

    private static MeetingProvider from(String... pairs) {
        return JitsiProviders.fromProperties(props(pairs));
    }

    private MeetingProvider selfHosted(String... extra) {
        return JitsiProviders.fromProperties(selfHostedProps(extra));
    }

    private MeetingProvider jaas(String... extra) {
        return JitsiProviders.fromProperties(jaasProps(extra));
    }

    private static Map<String, String> selfHostedProps(String... extra) {
        Map<String, String> p = props("provider", "self-hosted", "domain", "meet.example.com", "app-id", "calls-app",
                "app-secret", SECRET);
        p.putAll(props(extra));
        return p;
    }

    private static Map<String, String> jaasProps(String... extra) {
        Map<String, String> p = props("provider", "jaas", "app-id", APP_ID, "key-id", "4b446c",
                "private-key", TestKeys.PKCS8_PEM);
        p.putAll(props(extra));
        return p;
    }

    private static Map<String, String> props(String... pairs) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            p.put("calls.jitsi." + pairs[i], pairs[i + 1]);
        }
        return p;
    }
}
