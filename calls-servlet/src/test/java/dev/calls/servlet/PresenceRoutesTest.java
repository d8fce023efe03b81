package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.SseClient;
import dev.calls.servlet.support.TestServer;
import java.time.Duration;
import java.util.List;
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
    void signOutNamingThePagesStreamThenThatStreamEndsAtOnceAndTheUserIsOfflineWhileOtherDevicesKeepTheirs()
            throws InterruptedException {
        // streams whose page has gone may only be noticed at their next heartbeat: an open stream keeps its user online
        try (SseClient page = SseClient.open(api, "acme/bob", "?stream=tab-1");
                SseClient phone = SseClient.open(api, "acme/carol", "?stream=tab-1");
                SseClient other = SseClient.open(api, "acme/bob", "?stream=tab-2")) {
            page.next(Duration.ofSeconds(5));
            phone.next(Duration.ofSeconds(5));
            other.next(Duration.ofSeconds(5));

            JsonNode whileAnotherDeviceIsOpen = api.post("acme/bob", "/presence/sign-out", "{\"stream\":\"tab-1\"}").json();

            assertThat(page.awaitEnd(Duration.ofSeconds(5))).as("the signing-out page's stream ends").isTrue();
            assertThat(other.ended()).as("bob's other device keeps its stream").isFalse();
            assertThat(phone.ended()).as("another user's stream with the same key").isFalse();
            assertThat(whileAnotherDeviceIsOpen.get("online").asBoolean()).as("bob's other device is still open").isTrue();

            other.close();
            JsonNode out = api.post("acme/bob", "/presence/sign-out", "{\"stream\":\"tab-2\"}").json();
            assertThat(out.get("online").asBoolean()).isFalse();
            assertThat(api.get("acme/alice", "/presence?userIds=bob").json().at("/items/0/online").asBoolean()).isFalse();
        }
    }

    @Test
    void signOutWithABadStreamKeyThenProblemAndNothingChanges() {
        api.post("acme/bob", "/presence/heartbeat", null);

        Api.Res tooLong = api.post("acme/bob", "/presence/sign-out", "{\"stream\":\"" + "x".repeat(65) + "\"}");
        Api.Res notText = api.post("acme/bob", "/presence/sign-out", "{\"stream\":[1]}");

        assertThat(List.of(tooLong, notText)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("invalid_request");
        });
        assertThat(api.get("acme/alice", "/presence?userIds=bob").json().at("/items/0/online").asBoolean()).isTrue();
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
