package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.jitsi.SelfHostedJitsi;
import dev.calls.meeting.Meeting;
import dev.calls.meeting.MeetingRequest;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.TestServer;
import dev.calls.spi.RoomAccessPolicy.Access;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens over HTTP from a self-hosted Jitsi provider signing HS256: each is checked against the app secret
 * here, independently, and its payload read: who moderates, which room, and that it never outlives the meeting.
 */
class MeetingTokensTest {
    static final String APP_SECRET = "test-app-secret-0123456789abcdef-0123";

    private final TestServer server = new TestServer(b -> b
            .meetingProvider(SelfHostedJitsi.builder().domain("meet.example.com").appId("calls-test")
                    .appSecret(APP_SECRET).build())
            .roomAccessPolicy((user, room) -> room.equals("therapy-42")
                    ? (user.userId().equals("alice") ? Access.MODERATOR : Access.GUEST) : Access.DENIED),
            o -> o, "", c -> { });

    @AfterEach
    void stop() {
        server.close();
    }

    /** The payload of an HS256 token whose signature checks out with the app secret. */
    static JsonNode verifiedPayload(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        try {
            JsonNode header = Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            assertThat(header.get("alg").asText()).isEqualTo("HS256");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))).as("signature").isTrue();
            return Api.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Meeting meeting(Duration startsIn, Duration lasts) {
        Instant start = server.engine.clock.instant().plus(startsIn);
        return server.engine.calls.meetings().create(UserRef.of("acme", "alice"),
                new MeetingRequest("Session", start, start.plus(lasts), List.of("bob"), MediaType.VIDEO));
    }

    @Test
    void joinAsHostThenModeratorTokenForTheRoomEndingWithTheMeeting() {
        Meeting m = meeting(Duration.ofMinutes(5), Duration.ofMinutes(30));

        JsonNode r = server.api.get("acme/alice", "/meetings/" + m.id() + "/join").json();

        JsonNode claims = verifiedPayload(r.get("join").get("jwt").asText());
        assertThat(claims.get("context").get("user").get("moderator").asText()).isEqualTo("true");
        assertThat(claims.get("context").get("user").get("id").asText()).isEqualTo("alice");
        assertThat(claims.get("room").asText()).isEqualTo(m.room());
        assertThat(claims.get("iss").asText()).isEqualTo("calls-test");
        assertThat(claims.get("exp").asLong()).isLessThanOrEqualTo(m.endsAt().getEpochSecond())
                .isEqualTo(m.endsAt().getEpochSecond());
        assertThat(claims.get("nbf").asLong()).isLessThan(server.engine.clock.instant().getEpochSecond());
        assertThat(Instant.parse(r.get("join").get("expiresAt").asText())).isEqualTo(m.endsAt());
        assertThat(r.get("moderator").asBoolean()).isTrue();
        assertThat(r.get("lobby").asBoolean()).isTrue();
        assertThat(r.get("waitForHost").asBoolean()).isFalse();
        assertThat(r.get("join").get("url").asText()).startsWith("https://meet.example.com/" + m.room() + "?jwt=");
    }

    @Test
    void joinAsGuestThenNotModeratorAndToldToWaitForTheHost() {
        Meeting m = meeting(Duration.ofMinutes(5), Duration.ofHours(3));

        JsonNode r = server.api.get("acme/bob", "/meetings/" + m.id() + "/join").json();

        JsonNode claims = verifiedPayload(r.get("join").get("jwt").asText());
        assertThat(claims.get("context").get("user").get("moderator").asText()).isEqualTo("false");
        assertThat(claims.get("context").get("user").get("id").asText()).isEqualTo("bob");
        // a long meeting: the provider's one-hour lifetime comes first, and stays inside the meeting
        long now = server.engine.clock.instant().getEpochSecond();
        assertThat(claims.get("exp").asLong()).isEqualTo(now + 3600).isLessThanOrEqualTo(m.endsAt().getEpochSecond());
        assertThat(r.get("moderator").asBoolean()).isFalse();
        assertThat(r.get("waitForHost").asBoolean()).isTrue();
    }

    @Test
    void joinLateInTheMeetingThenTokenExpiresAtItsEnd() {
        Meeting m = meeting(Duration.ofMinutes(5), Duration.ofHours(2));
        server.engine.clock.set(m.endsAt().minus(Duration.ofMinutes(7)));

        JsonNode r = server.api.get("acme/bob", "/meetings/" + m.id() + "/join").json();

        assertThat(verifiedPayload(r.get("join").get("jwt").asText()).get("exp").asLong())
                .isEqualTo(m.endsAt().getEpochSecond());
    }

    @Test
    void roomTokenThenRoleFromThePolicyInTheSignedClaims() {
        JsonNode host = server.api.post("acme/alice", "/rooms/token", "{\"roomName\":\"therapy-42\"}").json();
        JsonNode guest = server.api.post("acme/bob", "/rooms/token",
                "{\"roomName\":\"therapy-42\",\"isModerator\":true}").json();

        assertThat(host.get("token").asText()).isEqualTo(host.get("jwt").asText());
        assertThat(verifiedPayload(host.get("token").asText()).get("context").get("user").get("moderator").asText())
                .isEqualTo("true");
        assertThat(verifiedPayload(guest.get("token").asText()).get("context").get("user").get("moderator").asText())
                .isEqualTo("false");
        assertThat(verifiedPayload(guest.get("token").asText()).get("room").asText()).isEqualTo("therapy-42");
        assertThat(guest.get("joinUrl").asText()).startsWith("https://meet.example.com/therapy-42?jwt=");
    }

    @Test
    void roomTokenForRoomThePolicyDeniesThenNoToken() {
        Api.Res r = server.api.post("acme/alice", "/rooms/token", "{\"roomName\":\"someone-elses\"}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("eyJ");
    }
}
