package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import dev.calls.spi.RoomAccessPolicy.Access;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /rooms/token}: denied unless the host's policy allows, and the role is the policy's, never the body's. */
class RoomTokenRoutesTest {
    private TestServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private TestServer withPolicy() {
        return new TestServer(b -> b.roomAccessPolicy((user, room) -> switch (room) {
            case "therapy-42" -> user.userId().equals("alice") ? Access.MODERATOR : Access.GUEST;
            default -> Access.DENIED;
        }), o -> o, "", c -> { });
    }

    @Test
    void tokenWithDefaultPolicyThenNotPermitted() {
        server = new TestServer();

        Res r = server.api.post("acme/alice", "/rooms/token", "{\"roomName\":\"therapy-42\"}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("not_permitted");
    }

    @Test
    void tokenAllowedByPolicyThenSeedShapeAndJoinInformation() {
        server = withPolicy();

        Res r = server.api.post("acme/alice", "/rooms/token", "{\"roomName\":\"therapy-42\",\"type\":\"audio\"}");

        assertThat(r.status()).isEqualTo(200);
        JsonNode t = r.json();
        assertThat(t.get("roomName").asText()).isEqualTo("therapy-42");
        assertThat(t.get("joinUrl").asText()).isEqualTo("https://meet.jit.si/therapy-42");
        assertThat(t.has("token") && t.has("expiresAt")).isTrue();
        assertThat(t.get("moderator").asBoolean()).isTrue();
        assertThat(t.get("provider").asText()).isEqualTo("public");
        assertThat(t.get("domain").asText()).isEqualTo("meet.jit.si");
        assertThat(t.get("room").asText()).isEqualTo("therapy-42");
        assertThat(t.get("scriptUrl").asText()).isEqualTo("https://meet.jit.si/external_api.js");
    }

    @Test
    void tokenWhenBodyClaimsModeratorThenThePolicyDecides() {
        server = withPolicy();

        Res r = server.api.post("acme/bob", "/rooms/token", "{\"roomName\":\"therapy-42\",\"userName\":\"Dr. Bob\","
                + "\"userId\":\"alice\",\"isModerator\":true}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("moderator").asBoolean()).isFalse();
    }

    @Test
    void tokenForRoomThePolicyDeniesThenNotPermitted() {
        server = withPolicy();

        Res r = server.api.post("acme/alice", "/rooms/token", "{\"roomName\":\"other-room\"}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("not_permitted");
    }

    @Test
    void tokenForTheLibrarysOwnRoomNamesThenNotPermitted() {
        server = new TestServer(b -> b.roomAccessPolicy((user, room) -> Access.MODERATOR), o -> o, "", c -> { });

        Res r = server.api.post("acme/alice", "/rooms/token", "{\"roomName\":\"calls-0123456789abcdef\"}");

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("not_permitted");
    }

    @Test
    void tokenWithBadRoomNameThenInvalidRequest() {
        server = withPolicy();

        for (String body : new String[] {"{}", "{\"roomName\":\"Therapy 42\"}", "{\"roomName\":\"ab\"}",
                "{\"roomName\":42}", "{\"roomName\":\"therapy-42\",\"type\":\"hologram\"}"}) {
            Res r = server.api.post("acme/alice", "/rooms/token", body);

            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.code()).as(body).isEqualTo("invalid_request");
        }
    }
}
