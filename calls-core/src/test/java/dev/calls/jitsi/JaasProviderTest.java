package dev.calls.jitsi;

import static dev.calls.jitsi.Joins.ALICE;
import static dev.calls.jitsi.Joins.BOB;
import static dev.calls.jitsi.Joins.NOW;
import static dev.calls.jitsi.Joins.NOW_S;
import static dev.calls.jitsi.Joins.ROOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.calls.JoinInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JaasProviderTest {
    static final String APP_ID = "vpaas-magic-cookie-5703ae038cf44020aaf85831e835d5f6";

    private final JaasProvider jaas = JaasProvider.builder().appId(APP_ID).keyId("4b446c")
            .privateKey(TestKeys.privateKey()).build();

    @Test
    void joinThenRs256HeaderWithAppIdSlashKeyId() throws Exception {
        SignedJWT jwt = SignedJWT.parse(jaas.join(Joins.group(ALICE, true)).jwt());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(APP_ID + "/4b446c");
        assertThat(jwt.verify(new RSASSAVerifier(TestKeys.publicKey()))).isTrue();
    }

    @Test
    void joinThenClaimsAreExactlyTheJaasOnes() throws Exception {
        SignedJWT jwt = SignedJWT.parse(jaas.join(Joins.group(ALICE, true)).jwt());

        Map<String, Object> claims = jwt.getPayload().toJSONObject();
        assertThat(claims).containsEntry("aud", "jitsi").containsEntry("iss", "chat").containsEntry("sub", APP_ID)
                .containsEntry("room", ROOM).containsEntry("nbf", NOW_S - 10).containsEntry("exp", NOW_S + 3600);
        assertThat(TokenJson.user(jwt)).containsExactly(Map.entry("id", "alice"), Map.entry("name", "Alice Example"),
                Map.entry("avatar", "https://example.com/a.png"), Map.entry("email", "alice@example.com"),
                Map.entry("moderator", "true"));
        assertThat(TokenJson.context(jwt)).doesNotContainKeys("features", "callee");
    }

    @Test
    void joinAsGuestThenModeratorIsTheStringFalse() throws Exception {
        SignedJWT jwt = SignedJWT.parse(jaas.join(Joins.group(BOB, false)).jwt());

        assertThat(TokenJson.user(jwt)).containsEntry("moderator", "false").doesNotContainKeys("email", "avatar");
        assertThat(TokenJson.user(jwt).values()).allMatch(String.class::isInstance);
    }

    @Test
    void joinThenRoomNameUrlAndScriptCarryTheAppId() {
        JoinInfo info = jaas.join(Joins.group(ALICE, true));

        assertThat(info.provider()).isEqualTo("jaas");
        assertThat(info.domain()).isEqualTo("8x8.vc");
        assertThat(info.room()).isEqualTo(APP_ID + "/" + ROOM);
        assertThat(info.url()).isEqualTo("https://8x8.vc/" + APP_ID + "/" + ROOM + "?jwt=" + info.jwt());
        assertThat(info.scriptUrl()).isEqualTo("https://8x8.vc/" + APP_ID + "/external_api.js");
        assertThat(info.appId()).isEqualTo(APP_ID);
        assertThat(info.expiresAt()).isEqualTo(Instant.ofEpochSecond(NOW_S + 3600));
        assertThat(jaas.roomUrl(ROOM)).isEqualTo("https://8x8.vc/" + APP_ID + "/" + ROOM);
        assertThat(jaas.supportsLobby()).isTrue();
    }

    @Test
    void joinOneToOneThenContextCallee() throws Exception {
        SignedJWT jwt = SignedJWT.parse(jaas.join(Joins.oneToOne(ALICE, BOB)).jwt());

        assertThat(TokenJson.context(jwt).get("callee")).isEqualTo(Map.of("id", "bob", "name", "Bob"));
    }

    @Test
    void buildWithFeaturesThenStringBooleansInContextFeatures() throws Exception {
        Map<String, Boolean> features = new LinkedHashMap<>();
        features.put("livestreaming", false);
        features.put("outbound-call", true);
        JaasProvider withFeatures = JaasProvider.builder().appId(APP_ID).keyId(APP_ID + "/4b446c")
                .privateKey(TestKeys.privateKey()).features(features).feature("recording", true)
                .tokenTtl(Duration.ofMinutes(15)).build();

        SignedJWT jwt = SignedJWT.parse(withFeatures.join(Joins.group(ALICE, true)).jwt());

        assertThat(TokenJson.context(jwt).get("features")).isEqualTo(Map.of("livestreaming", "false",
                "outbound-call", "true", "recording", "true"));
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(APP_ID + "/4b446c");
        assertThat(jwt.getPayload().toJSONObject()).containsEntry("exp", NOW_S + 900);
    }

    @Test
    void verifyLikeTheServerThenExpiredOrOtherRoomRejected() throws Exception {
        String token = jaas.join(Joins.group(ALICE, true)).jwt();
        ProsodyVerifier server = new ProsodyVerifier(new RSASSAVerifier(TestKeys.publicKey()), "RS256",
                Set.of("chat"), Set.of("jitsi"), APP_ID);

        assertThat(server.check(token, ROOM, NOW)).isNull();
        assertThat(server.check(token, ROOM, Instant.ofEpochSecond(NOW_S + 3600))).isEqualTo("expired");
        assertThat(server.check(token, "calls-another-room", NOW)).isEqualTo("room");
        assertThat(server.check(token, ROOM, Instant.ofEpochSecond(NOW_S - 11))).isEqualTo("not yet valid");
    }

    @Test
    void buildWithKeyIdOfAnotherAppThenError() {
        JaasProvider.Builder b = JaasProvider.builder().appId(APP_ID).privateKey(TestKeys.privateKey())
                .keyId("vpaas-magic-cookie-other/4b446c");

        assertThatThrownBy(b::build).hasMessageContaining("does not belong to AppID " + APP_ID);
    }

    @Test
    void buildWithMissingOrMalformedSettingsThenErrorsNameThem() {
        assertThatThrownBy(() -> JaasProvider.builder().appId("my-app")).hasMessageContaining("vpaas-magic-cookie-");
        assertThatThrownBy(() -> JaasProvider.builder().keyId("k").privateKey(TestKeys.privateKey()).build())
                .hasMessageContaining("appId is required");
        assertThatThrownBy(() -> JaasProvider.builder().appId(APP_ID).privateKey(TestKeys.privateKey()).build())
                .hasMessageContaining("keyId is required");
        assertThatThrownBy(() -> JaasProvider.builder().appId(APP_ID).keyId("k").build())
                .hasMessageContaining("privateKey is required");
        assertThatThrownBy(() -> JaasProvider.builder().feature("Bad Name", true))
                .hasMessageContaining("feature names");
    }

    @Test
    void toStringThenNamesAppAndKidButNotTheKey() {
        assertThat(jaas.toString()).contains(APP_ID + "/4b446c", "8x8.vc")
                .doesNotContain(TestKeys.privateKey().getPrivateExponent().toString())
                .doesNotContain(TestKeys.PKCS8_BODY.substring(0, 40));
    }
}
