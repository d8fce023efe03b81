package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /devices}: register, list and remove the caller's push devices; tokens never come back. */
class DeviceRoutesTest {
    private static final String TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private final TestServer server = new TestServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private Res register(String user, String token) {
        return server.api.post(user, "/devices", "{\"platform\":\"ios\",\"kind\":\"voip\",\"token\":\"" + token
                + "\",\"appId\":\"com.example.app\",\"name\":\"Bob's iPhone\"}");
    }

    private Res delete(String user, String path) {
        return server.api.send(server.api.request(user, path).header("X-Requested-With", "fetch")
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void registerThenListedWithTheTokenMasked() {
        Res r = register("acme/bob", TOKEN);

        assertThat(r.status()).isEqualTo(200);
        JsonNode d = r.json();
        assertThat(d.get("platform").asText()).isEqualTo("ios");
        assertThat(d.get("kind").asText()).isEqualTo("voip");
        assertThat(d.get("appId").asText()).isEqualTo("com.example.app");
        assertThat(d.get("name").asText()).isEqualTo("Bob's iPhone");
        assertThat(d.get("token").asText()).isEqualTo("…e1f0");
        assertThat(r.body()).doesNotContain(TOKEN);

        Res list = server.api.get("acme/bob", "/devices");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(list.json().get("items").get(0).get("id").asText()).isEqualTo(d.get("id").asText());
        assertThat(list.json().get("maxDevices").asInt()).isEqualTo(10);
        assertThat(list.body()).doesNotContain(TOKEN);
    }

    @Test
    void registerTheSameTokenTwiceThenOneDeviceWithTheSameId() {
        String first = register("acme/bob", TOKEN).json().get("id").asText();
        String second = register("acme/bob", TOKEN).json().get("id").asText();

        assertThat(second).isEqualTo(first);
        assertThat(server.api.get("acme/bob", "/devices").json().get("items")).hasSize(1);
    }

    @Test
    void registerWhenAnotherUserRegistersTheTokenThenItMovesToThem() {
        register("acme/bob", TOKEN);

        register("acme/carol", TOKEN);

        assertThat(server.api.get("acme/bob", "/devices").json().get("items")).isEmpty();
        assertThat(server.api.get("acme/carol", "/devices").json().get("items")).hasSize(1);
    }

    @Test
    void deleteThenGoneAndAgainStill204() {
        String id = register("acme/bob", TOKEN).json().get("id").asText();

        assertThat(delete("acme/bob", "/devices/" + id).status()).isEqualTo(204);
        assertThat(delete("acme/bob", "/devices/" + id).status()).isEqualTo(204);
        assertThat(server.api.get("acme/bob", "/devices").json().get("items")).isEmpty();
    }

    @Test
    void deleteAnotherUsersDeviceThenItStays() {
        String id = register("acme/bob", TOKEN).json().get("id").asText();

        assertThat(delete("acme/carol", "/devices/" + id).status()).isEqualTo(204);

        assertThat(server.api.get("acme/bob", "/devices").json().get("items")).hasSize(1);
        assertThat(server.api.get("acme/carol", "/devices").json().get("items")).isEmpty();
    }

    @Test
    void deleteWhenTheIdIsNotAnIdThenNotFound() {
        Res r = delete("acme/bob", "/devices/nope");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("not_found");
    }

    @Test
    void registerWhenBadThenInvalidRequestWithoutEchoingTheToken() {
        Res wrongKind = server.api.post("acme/bob", "/devices", "{\"platform\":\"android\",\"kind\":\"voip\",\"token\":\""
                + TOKEN + "\",\"appId\":\"com.example.app\"}");
        Res badToken = server.api.post("acme/bob", "/devices", "{\"platform\":\"ios\",\"kind\":\"voip\","
                + "\"token\":\"secret token<script>\",\"appId\":\"com.example.app\"}");
        Res missing = server.api.post("acme/bob", "/devices", "{\"platform\":\"ios\",\"kind\":\"voip\"}");
        Res wrongType = server.api.post("acme/bob", "/devices", "{\"platform\":\"ios\",\"kind\":\"voip\",\"token\":42,"
                + "\"appId\":\"com.example.app\"}");

        for (Res r : new Res[] {wrongKind, badToken, missing, wrongType}) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("invalid_request");
        }
        assertThat(wrongKind.body()).doesNotContain(TOKEN);
        assertThat(badToken.body()).doesNotContain("secret token");
    }

    @Test
    void devicesWithoutACallerThenUnauthenticated() {
        Res r = server.api.get(null, "/devices");

        assertThat(r.status()).isEqualTo(401);
    }
}
