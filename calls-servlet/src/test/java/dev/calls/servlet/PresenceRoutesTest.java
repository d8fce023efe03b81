package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PresenceRoutesTest {
    private TestServer server;
    private Api api;

    @BeforeEach
    void start() {
        server = new TestServer();
        api = server.api;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void heartbeatThenOnlineAndCallable() {
        JsonNode me = api.post("acme/bob", "/presence/heartbeat", null).json();

        assertThat(me.get("userId").asText()).isEqualTo("bob");
        assertThat(me.get("name").asText()).isEqualTo("Bob Brown");
        assertThat(me.get("online").asBoolean()).isTrue();
        assertThat(me.get("callable").asBoolean()).isTrue();
        assertThat(me.get("status").asText()).isEqualTo("online");
        assertThat(me.get("lastSeen").asText()).isEqualTo(server.engine.clock.instant().toString());
    }

    @Test
    void signOutThenOfflineAtOnceForOthersAndTheNextHeartbeatBringsTheUserBack() {
        api.post("acme/bob", "/presence/heartbeat", null);
        api.post("acme/alice", "/presence/heartbeat", null);

        JsonNode out = api.post("acme/bob", "/presence/sign-out", null).json();

        assertThat(out.get("userId").asText()).isEqualTo("bob");
        assertThat(out.get("online").asBoolean()).isFalse();
        assertThat(out.get("callable").asBoolean()).isFalse();
        JsonNode seen = api.get("acme/alice", "/presence?userIds=bob").json().get("items").get(0);
        assertThat(seen.get("online").asBoolean()).as("without waiting for the presence timeout").isFalse();
        assertThat(api.get("acme/alice", "/presence/online").json().get("items"))
                .extracting(p -> p.get("userId").asText()).containsExactly("alice");
        assertThat(api.post("acme/alice", "", "{\"recipientIds\":[\"bob\"],\"type\":\"audio\"}").json().get("code").asText())
                .isEqualTo("recipient_offline");

        server.engine.clock.advance(Duration.ofMinutes(1));
        JsonNode back = api.post("acme/bob", "/presence/heartbeat", null).json();

        assertThat(back.get("online").asBoolean()).isTrue();
        assertThat(api.get("acme/alice", "/presence?userIds=bob").json().get("items").get(0).get("online").asBoolean()).isTrue();
    }

    @Test
    void updateOwnPresenceThenStoredAndReadBack() {
        JsonNode updated = api.put("acme/bob", "/presence/me",
                "{\"status\":\"away\",\"message\":\"back at 3\",\"available\":true,\"doNotDisturb\":true}").json();
        JsonNode read = api.get("acme/bob", "/presence/me").json();

        assertThat(updated).isEqualTo(read);
        assertThat(read.get("status").asText()).isEqualTo("away");
        assertThat(read.get("chosenStatus").asText()).isEqualTo("away");
        assertThat(read.get("message").asText()).isEqualTo("back at 3");
        assertThat(read.get("doNotDisturb").asBoolean()).isTrue();
        assertThat(read.get("callable").asBoolean()).isFalse();
        assertThat(read.get("online").asBoolean()).isTrue();
    }

    @Test
    void updateWithSeedFieldNamesThenApplied() {
        JsonNode r = api.put("acme/bob", "/presence/me",
                "{\"status\":\"busy\",\"available_for_calls\":false,\"status_message\":\"Available\"}").json();

        assertThat(r.get("available").asBoolean()).isFalse();
        assertThat(r.get("message").asText()).isEqualTo("Available");
        assertThat(r.get("chosenStatus").asText()).isEqualTo("busy");
    }

    @Test
    void onlineThenCallableUsersOfTheTenantPaged() {
        for (String u : new String[] {"alice", "bob", "carol", "dave"}) {
            api.post("acme/" + u, "/presence/heartbeat", null);
        }
        api.put("acme/carol", "/presence/me", "{\"available\":false}");
        api.post("globex/gina", "/presence/heartbeat", null);

        JsonNode first = api.get("acme/alice", "/presence/online?limit=2").json();
        JsonNode second = api.get("acme/alice", "/presence/online?limit=2&cursor=" + first.get("nextCursor").asText()).json();
        JsonNode all = api.get("acme/alice", "/presence/online?callable=false").json();

        assertThat(first.get("items")).extracting(p -> p.get("userId").asText()).containsExactly("alice", "bob");
        assertThat(second.get("items")).extracting(p -> p.get("userId").asText()).containsExactly("dave");
        assertThat(all.get("items")).extracting(p -> p.get("userId").asText())
                .containsExactly("alice", "bob", "carol", "dave");
    }

    @Test
    void presenceOfSomeUsersThenInTheOrderAskedWithOfflineOnes() {
        api.post("acme/bob", "/presence/heartbeat", null);
        server.engine.advance(Duration.ofMinutes(1));

        JsonNode items = api.get("acme/alice", "/presence?userIds=dave,bob,nobody").json().get("items");

        assertThat(items).extracting(p -> p.get("userId").asText()).containsExactly("dave", "bob", "nobody");
        assertThat(items).extracting(p -> p.get("online").asBoolean()).containsExactly(false, true, false);
        assertThat(items.get(0).get("status").asText()).isEqualTo("offline");
    }

    @Test
    void inACallThenBusyToOthersButChosenStatusKept() {
        api.post("acme/alice", "/presence/heartbeat", null);
        api.post("acme/bob", "/presence/heartbeat", null);
        String id = api.post("acme/alice", "", "{\"recipientIds\":[\"bob\"]}").json().get("id").asText();
        api.post("acme/bob", "/" + id + "/accept", null);

        JsonNode bob = api.get("acme/carol", "/presence?userIds=bob").json().get("items").get(0);

        assertThat(bob.get("status").asText()).isEqualTo("busy");
        assertThat(bob.get("chosenStatus").asText()).isEqualTo("online");
        assertThat(bob.get("inCall").asBoolean()).isTrue();
    }
}
