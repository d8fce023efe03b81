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
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.calls.ErrorCode;
import dev.calls.JoinInfo;
import dev.calls.MediaType;
import dev.calls.RefusedException;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.spi.JoinRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SelfHostedJitsiTest {
    static final String SECRET = "s3cret-0123456789-abcdefghij-KLMNOP";

    private final SelfHostedJitsi hs256 = SelfHostedJitsi.builder().domain("meet.example.com").appId("calls-app")
            .appSecret(SECRET).build();

    @Test
    void joinWithSecretThenHs256HeaderAndClaimsPerJitsi() throws Exception {
        JoinInfo info = hs256.join(Joins.group(ALICE, true));

        SignedJWT jwt = SignedJWT.parse(info.jwt());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(jwt.getHeader().getKeyID()).isNull();
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        Map<String, Object> claims = jwt.getPayload().toJSONObject();
        assertThat(claims).containsEntry("iss", "calls-app").containsEntry("aud", "jitsi")
                .containsEntry("sub", "meet.example.com").containsEntry("room", ROOM)
                .containsEntry("iat", NOW_S).containsEntry("nbf", NOW_S - 10).containsEntry("exp", NOW_S + 3600);
        assertThat(TokenJson.user(jwt)).containsExactly(Map.entry("id", "alice"), Map.entry("name", "Alice Example"),
                Map.entry("avatar", "https://example.com/a.png"), Map.entry("email", "alice@example.com"),
                Map.entry("moderator", "true"), Map.entry("affiliation", "owner"));
        assertThat(TokenJson.context(jwt)).doesNotContainKeys("callee", "features");
        assertThat(info.expiresAt()).isEqualTo(Instant.ofEpochSecond(NOW_S + 3600));
    }

    @Test
    void joinThenInfoCarriesDomainRoomUrlAndScript() {
        JoinInfo info = hs256.join(Joins.group(ALICE, true));

        assertThat(info.provider()).isEqualTo("self-hosted");
        assertThat(info.domain()).isEqualTo("meet.example.com");
        assertThat(info.room()).isEqualTo(ROOM);
        assertThat(info.url()).isEqualTo("https://meet.example.com/" + ROOM + "?jwt=" + info.jwt());
        assertThat(info.appId()).isEqualTo("calls-app");
        assertThat(info.scriptUrl()).isEqualTo("https://meet.example.com/external_api.js");
        assertThat(hs256.roomUrl(ROOM)).isEqualTo("https://meet.example.com/" + ROOM);
        assertThat(hs256.supportsLobby()).isTrue();
    }

    @Test
    void joinAsGuestWithoutEmailOrAvatarThenOnlyStringFieldsAndModeratorFalse() throws Exception {
        SignedJWT jwt = SignedJWT.parse(hs256.join(Joins.group(BOB, false)).jwt());

        assertThat(TokenJson.user(jwt)).containsExactly(Map.entry("id", "bob"), Map.entry("name", "Bob"),
                Map.entry("moderator", "false"), Map.entry("affiliation", "member"));
        assertThat(TokenJson.user(jwt).values()).allMatch(String.class::isInstance);
    }

    @Test
    void joinWithQuotesControlCharactersAndEmojiInProfileThenJsonRoundTripsExactly() throws Exception {
        String name = "Zoë \"Z\" O'Neil \\ back\nslash\t\u0001 \uD83D\uDE00 \u2028";
        UserProfile odd = new UserProfile(UserRef.of("acme", "id\"with\\odd</script>"), name, "z@example.com",
                "https://example.com/a.png?x=\"1\"");

        SignedJWT jwt = SignedJWT.parse(hs256.join(Joins.oneToOne(ALICE, odd)).jwt());

        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(TokenJson.context(jwt).get("callee")).isEqualTo(Map.of("id", "id\"with\\odd</script>",
                "name", name, "avatar", "https://example.com/a.png?x=\"1\""));
    }

    @Test
    void joinOneToOneThenContextCalleeNamesTheOtherSide() throws Exception {
        SignedJWT jwt = SignedJWT.parse(hs256.join(Joins.oneToOne(BOB, ALICE)).jwt());

        assertThat(TokenJson.context(jwt).get("callee")).isEqualTo(Map.of("id", "alice", "name", "Alice Example",
                "avatar", "https://example.com/a.png"));
        assertThat(TokenJson.user(jwt)).containsEntry("id", "bob");
    }

    @Test
    void joinTwiceThenEachTokenIsMintedFromItsOwnRequestTime() throws Exception {
        JoinInfo first = hs256.join(Joins.group(ALICE, true));
        JoinInfo later = hs256.join(new JoinRequest(ROOM, ALICE, true, null, MediaType.VIDEO,
                NOW.plusSeconds(90), null));

        assertThat(later.jwt()).isNotEqualTo(first.jwt());
        assertThat(SignedJWT.parse(later.jwt()).getPayload().toJSONObject())
                .containsEntry("nbf", NOW_S + 80).containsEntry("exp", NOW_S + 90 + 3600);
    }

    @Test
    void joinWithNotAfterBeforeTtlThenExpCappedAtNotAfter() throws Exception {
        Instant meetingEnd = NOW.plus(Duration.ofMinutes(20));
        JoinInfo info = hs256.join(new JoinRequest(ROOM, ALICE, true, null, MediaType.VIDEO, NOW, meetingEnd));

        assertThat(SignedJWT.parse(info.jwt()).getPayload().toJSONObject())
                .containsEntry("exp", meetingEnd.getEpochSecond());
        assertThat(info.expiresAt()).isEqualTo(Instant.ofEpochSecond(meetingEnd.getEpochSecond()));
    }

    @Test
    void joinWithNotAfterAfterTtlThenExpIsTtl() throws Exception {
        JoinInfo info = hs256.join(new JoinRequest(ROOM, ALICE, true, null, MediaType.VIDEO, NOW,
                NOW.plus(Duration.ofHours(5))));

        assertThat(SignedJWT.parse(info.jwt()).getPayload().toJSONObject()).containsEntry("exp", NOW_S + 3600);
    }

    @Test
    void joinAfterNotAfterThenRefusedOutsideJoinWindow() {
        JoinRequest late = new JoinRequest(ROOM, ALICE, true, null, MediaType.VIDEO, NOW, NOW.minusSeconds(1));

        assertThatThrownBy(() -> hs256.join(late)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.OUTSIDE_JOIN_WINDOW));
    }

    @Test
    void joinWithRoomOutsideJitsiAlphabetThenRefused() {
        JoinRequest bad = new JoinRequest("Room Name/../x", ALICE, true, null, MediaType.VIDEO, NOW, null);

        assertThatThrownBy(() -> hs256.join(bad)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    }

    @Test
    void verifyLikeProsodyThenAcceptedInWindowRejectedExpiredEarlyOrForAnotherRoom() throws Exception {
        String token = hs256.join(Joins.group(ALICE, true)).jwt();
        ProsodyVerifier prosody = new ProsodyVerifier(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)),
                "HS256", Set.of("calls-app"), Set.of("*"), "meet.example.com");

        assertThat(prosody.check(token, ROOM, NOW)).isNull();
        assertThat(prosody.check(token, ROOM.toUpperCase(), NOW)).isNull();
        assertThat(prosody.check(token, ROOM, Instant.ofEpochSecond(NOW_S + 3599))).isNull();
        assertThat(prosody.check(token, ROOM, Instant.ofEpochSecond(NOW_S + 3600))).isEqualTo("expired");
        assertThat(prosody.check(token, ROOM, Instant.ofEpochSecond(NOW_S - 10))).isNull();
        assertThat(prosody.check(token, ROOM, Instant.ofEpochSecond(NOW_S - 11))).isEqualTo("not yet valid");
        assertThat(prosody.check(token, "calls-some-other-room", NOW)).isEqualTo("room");
    }

    @Test
    void verifyWithAnotherSecretThenSignatureRejected() throws Exception {
        String token = hs256.join(Joins.group(ALICE, true)).jwt();
        ProsodyVerifier prosody = new ProsodyVerifier(
                new MACVerifier("another-secret-0123456789-abcdefghij".getBytes(StandardCharsets.UTF_8)), "HS256",
                Set.of("calls-app"), Set.of("*"), "meet.example.com");

        assertThat(prosody.check(token, ROOM, NOW)).isEqualTo("signature");
    }

    @Test
    void joinFromManyThreadsAtOnceThenEveryTokenVerifiesAndNamesItsUser() throws Exception {
        MACVerifier verifier = new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                UserProfile user = new UserProfile(UserRef.of("acme", "u" + i), "User " + i, null, null);
                results.add(pool.submit(() -> hs256.join(Joins.group(user, false)).jwt()));
            }
            for (int i = 0; i < results.size(); i++) {
                SignedJWT jwt = SignedJWT.parse(results.get(i).get());
                assertThat(jwt.verify(verifier)).as("token %d", i).isTrue();
                assertThat(TokenJson.user(jwt)).containsEntry("id", "u" + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void joinWithPrivateKeyThenRs256WithKidVerifiesWithPublicKey() throws Exception {
        SelfHostedJitsi rs256 = SelfHostedJitsi.builder().domain("meet.example.com").appId("calls-app")
                .privateKey(TestKeys.privateKey(), "calls/key-1").tokenTtl(Duration.ofMinutes(30)).build();

        String token = rs256.join(Joins.group(ALICE, false)).jwt();

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("calls/key-1");
        assertThat(jwt.getPayload().toJSONObject()).containsEntry("exp", NOW_S + 1800);
        assertThat(rs256.algorithm()).isEqualTo("RS256");
        ProsodyVerifier prosody = new ProsodyVerifier(new RSASSAVerifier(TestKeys.publicKey()), "RS256",
                Set.of("calls-app"), Set.of("jitsi"), "meet.example.com");
        assertThat(prosody.check(token, ROOM, NOW)).isNull();
        assertThat(prosody.check(token, ROOM, NOW.plus(Duration.ofMinutes(31)))).isEqualTo("expired");
        ProsodyVerifier otherKey = new ProsodyVerifier(
                new RSASSAVerifier((java.security.interfaces.RSAPublicKey) TestKeys.OTHER_RSA.getPublic()), "RS256",
                Set.of("calls-app"), Set.of("jitsi"), "meet.example.com");
        assertThat(otherKey.check(token, ROOM, NOW)).isEqualTo("signature");
    }

    @Test
    void joinWithTenantThenTenantPathAndLowercaseSub() throws Exception {
        SelfHostedJitsi tenant = SelfHostedJitsi.builder().domain("meet.example.com").appId("calls-app")
                .appSecret(SECRET).tenant("AcmeCorp").build();

        JoinInfo info = tenant.join(Joins.group(ALICE, true));

        assertThat(SignedJWT.parse(info.jwt()).getPayload().toJSONObject()).containsEntry("sub", "acmecorp")
                .containsEntry("room", ROOM);
        assertThat(info.room()).isEqualTo("acmecorp/" + ROOM);
        assertThat(info.url()).startsWith("https://meet.example.com/acmecorp/" + ROOM + "?jwt=");
        assertThat(tenant.roomUrl(ROOM)).isEqualTo("https://meet.example.com/acmecorp/" + ROOM);
    }

    @Test
    void joinWithConfiguredSubjectAndAudienceThenClaimsUseThem() throws Exception {
        SelfHostedJitsi docker = SelfHostedJitsi.builder().domain("meet.example.com").appId("calls-app")
                .appSecret(SECRET).subject("meet.jitsi").audience("calls").build();

        Map<String, Object> claims = SignedJWT.parse(docker.join(Joins.group(ALICE, true)).jwt())
                .getPayload().toJSONObject();

        assertThat(claims).containsEntry("sub", "meet.jitsi").containsEntry("aud", "calls");
    }

    @Test
    void buildWithoutKeyOrWithShortSecretOrBadDomainThenClearErrors() {
        SelfHostedJitsi.Builder b = SelfHostedJitsi.builder().domain("meet.example.com").appId("calls-app");

        assertThatThrownBy(b::build).hasMessageContaining("appSecret (HS256) or privateKey (RS256)");
        assertThatThrownBy(() -> b.appSecret("short-secret-31-bytes-long-xxxx"))
                .hasMessageContaining("at least 32 bytes").hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> SelfHostedJitsi.builder().domain("https://meet.example.com/"))
                .hasMessageContaining("bare host name");
        assertThatThrownBy(() -> SelfHostedJitsi.builder().domain("meet.example.com").appSecret(SECRET).build())
                .hasMessageContaining("appId is required");
        assertThatThrownBy(() -> b.tokenTtl(Duration.ofDays(2))).hasMessageContaining("between 1m and 24h");
        assertThatThrownBy(() -> b.tenant("acme/corp")).hasMessageContaining("tenant must be");
    }

    @Test
    void toStringThenNamesSettingsButNeverSecretOrKey() {
        SelfHostedJitsi rs256 = SelfHostedJitsi.builder().domain("meet.example.com").appId("calls-app")
                .privateKey(TestKeys.privateKey(), "calls/key-1").build();

        assertThat(hs256.toString()).contains("meet.example.com", "calls-app", "HS256").doesNotContain(SECRET);
        JoinInfo info = hs256.join(Joins.group(ALICE, true));
        assertThat(info.toString()).doesNotContain(info.jwt());
        assertThat(rs256.toString()).contains("RS256", "calls/key-1")
                .doesNotContain(TestKeys.privateKey().getPrivateExponent().toString())
                .doesNotContain(TestKeys.PKCS8_BODY.substring(0, 40));
    }
}
