package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallRoutesTest {
    static final String ALICE = "acme/alice";
    static final String BOB = "acme/bob";
    static final String CAROL = "acme/carol";

    private TestServer server;
    private Api api;

    @BeforeEach
    void start() {
        server = new TestServer();
        api = server.api;
        server.engine.online("alice", "bob", "carol", "dave");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String startCall(String from, String body) {
        Res r = api.post(from, "", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    @Test
    void startWhenRecipientOnlineThenCreatedWithLocationCallAndJoin() {
        Res r = api.post(ALICE, "", "{\"recipientIds\":[\"bob\"],\"type\":\"video\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode call = r.json();
        String id = call.get("id").asText();
        assertThat(r.header("Location")).isEqualTo("/api/calls/" + id);
        assertThat(call.get("type").asText()).isEqualTo("video");
        assertThat(call.get("state").asText()).isEqualTo("ringing");
        assertThat(call.get("endReason").isNull()).isTrue();
        assertThat(call.get("initiator").asText()).isEqualTo("alice");
        assertThat(call.get("room").asText()).matches("calls-[a-z2-7]{26}");
        assertThat(Instant.parse(call.get("createdAt").asText())).isEqualTo(server.engine.clock.instant());
        assertThat(call.get("answeredAt").isNull()).isTrue();
        assertThat(call.get("durationSeconds").isNull()).isTrue();
        JsonNode bob = call.get("participants").get(1);
        assertThat(bob.get("userId").asText()).isEqualTo("bob");
        assertThat(bob.get("name").asText()).isEqualTo("Bob Brown");
        assertThat(bob.get("role").asText()).isEqualTo("guest");
        assertThat(bob.get("state").asText()).isIn("invited", "ringing");
        assertThat(bob.has("audioMuted") && bob.has("videoMuted") && bob.has("joinedAt") && bob.has("leftAt")).isTrue();
        JsonNode join = call.get("join");
        assertThat(join.get("provider").asText()).isEqualTo("public");
        assertThat(join.get("domain").asText()).isEqualTo("meet.jit.si");
        assertThat(join.get("url").asText()).isEqualTo("https://meet.jit.si/" + call.get("room").asText());
        assertThat(join.get("scriptUrl").asText()).isEqualTo("https://meet.jit.si/external_api.js");
        assertThat(join.has("jwt") && join.has("appId") && join.has("expiresAt")).isTrue();
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void startWithSeedFieldNamesThenAudioCallToThatRecipient() {
        Res r = api.post(ALICE, "", "{\"recipient_id\":\"bob\",\"call_type\":\"audio\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("type").asText()).isEqualTo("audio");
        assertThat(r.json().get("participants").get(1).get("userId").asText()).isEqualTo("bob");
    }

    @Test
    void startWithoutTypeThenVideo() {
        Res r = api.post(ALICE, "", "{\"recipientId\":\"bob\"}");

        assertThat(r.json().get("type").asText()).isEqualTo("video");
    }

    @Test
    void startGroupCallThenEveryInviteeListed() {
        Res r = api.post(ALICE, "", "{\"recipientIds\":[\"bob\",\"carol\"],\"type\":\"audio\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("participants")).extracting(p -> p.get("userId").asText())
                .containsExactly("alice", "bob", "carol");
    }

    @Test
    void startWhileRecipientIsCallingThenAnswersThatCallWith200() {
        String id = startCall(BOB, "{\"recipientIds\":[\"alice\"]}");

        Res r = api.post(ALICE, "", "{\"recipientIds\":[\"bob\"]}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asText()).isEqualTo(id);
        assertThat(r.json().get("state").asText()).isEqualTo("active");
        assertThat(r.json().get("join").get("room").asText()).isEqualTo(r.json().get("room").asText());
    }

    @Test
    void getWhenParticipantThenCall() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");

        Res r = api.get(BOB, "/" + id);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asText()).isEqualTo(id);
    }

    @Test
    void acknowledgeAcceptMediaEndThenCompletedWithDuration() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");

        assertThat(api.post(BOB, "/" + id + "/acknowledge", null).json().get("participants").get(1)
                .get("state").asText()).isEqualTo("ringing");
        Res accepted = api.post(BOB, "/" + id + "/accept", null);
        assertThat(accepted.json().get("state").asText()).isEqualTo("active");
        assertThat(accepted.json().get("answeredAt").asText()).isNotEmpty();
        Res media = api.post(BOB, "/" + id + "/media", "{\"audioMuted\":true,\"videoMuted\":false}");
        assertThat(media.json().get("participants").get(1).get("audioMuted").asBoolean()).isTrue();
        server.engine.advance(Duration.ofSeconds(95));
        Res ended = api.post(ALICE, "/" + id + "/end", null);

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("state").asText()).isEqualTo("completed");
        assertThat(ended.json().get("endReason").asText()).isEqualTo("hung_up");
        assertThat(ended.json().get("durationSeconds").asLong()).isEqualTo(95);
    }

    @Test
    void acceptTwiceThenSameCall() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");
        Res first = api.post(BOB, "/" + id + "/accept", null);

        Res second = api.post(BOB, "/" + id + "/accept", null);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first.json());
    }

    @Test
    void declineThenDeclined() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");

        Res r = api.post(BOB, "/" + id + "/decline", null);

        assertThat(r.json().get("state").asText()).isEqualTo("declined");
        assertThat(r.json().get("endReason").asText()).isEqualTo("declined");
    }

    @Test
    void roomWhenBrowserJoinedThenParticipantInRoomAndFalseAfterLeaving() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");
        api.post(BOB, "/" + id + "/accept", null);

        Res in = api.post(BOB, "/" + id + "/room", "{\"inRoom\":true}");
        Res out = api.post(BOB, "/" + id + "/room", "{\"inRoom\":false}");

        assertThat(in.json().get("participants").get(1).get("inRoom").asBoolean()).isTrue();
        assertThat(out.json().get("participants").get(1).get("inRoom").asBoolean()).isFalse();
        assertThat(api.post(BOB, "/" + id + "/room", "{}").status()).isEqualTo(400);
    }

    @Test
    void failWhenMediaCannotLoadOnOneSideThenTheCallEndsWithReasonFailedForBoth() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");
        api.post(BOB, "/" + id + "/accept", null);

        Res r = api.post(BOB, "/" + id + "/fail", null);

        assertThat(r.json().get("state").asText()).isEqualTo("completed");
        assertThat(r.json().get("endReason").asText()).isEqualTo("failed");
        assertThat(api.get(ALICE, "/" + id).json().get("endReason").asText()).isEqualTo("failed");
    }

    @Test
    void failWhenReportedByAnInviteeStillBeingRungThenForbiddenAndTheCallRingsOn() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");

        Res r = api.post(BOB, "/" + id + "/fail", null);

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("forbidden");
        assertThat(api.get(ALICE, "/" + id).json().get("state").asText()).isEqualTo("ringing");
    }

    @Test
    void acceptWhileInAnotherCallThenAlreadyInCallUnlessLeaveCurrentThenTheOtherCallIsLeft() {
        String group = startCall(CAROL, "{\"recipientIds\":[\"bob\",\"dave\"]}");
        String first = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");
        assertThat(api.post(BOB, "/" + first + "/accept", null).status()).isEqualTo(200);

        Res refused = api.post(BOB, "/" + group + "/accept", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("already_in_call");
        assertThat(api.get(ALICE, "/" + first).json().get("state").asText()).isEqualTo("active");

        Res answered = api.post(BOB, "/" + group + "/accept", "{\"leave_current\":true}");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("state").asText()).isEqualTo("active");
        assertThat(api.get(ALICE, "/" + first).json().get("state").asText()).isEqualTo("completed");
    }

    @Test
    void acceptWithAMalformedLeaveCurrentThenInvalidRequest() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");

        Res r = api.post(BOB, "/" + id + "/accept", "{\"leaveCurrent\":\"yes\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_request");
        assertThat(api.get(ALICE, "/" + id).json().get("state").asText()).isEqualTo("ringing");
    }

    @Test
    void cancelThenCancelledByCaller() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");

        Res r = api.post(ALICE, "/" + id + "/cancel", null);

        assertThat(r.json().get("state").asText()).isEqualTo("cancelled");
        assertThat(r.json().get("endReason").asText()).isEqualTo("cancelled_by_caller");
    }

    @Test
    void leaveOneToOneThenCallEnds() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");
        api.post(BOB, "/" + id + "/accept", null);

        Res r = api.post(BOB, "/" + id + "/leave", null);

        assertThat(r.json().get("state").asText()).isEqualTo("completed");
    }

    @Test
    void ringAgainWhenInviteeDeclinedThenRingingAgain() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\",\"carol\"]}");
        api.post(BOB, "/" + id + "/decline", null);

        Res r = api.post(ALICE, "/" + id + "/ring", "{\"userId\":\"bob\"}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("participants").get(1).get("state").asText()).isIn("invited", "ringing");
    }

    @Test
    void joinThenFreshJoinInformationForThatUser() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");
        assertThat(api.get(BOB, "/" + id + "/join").json().get("code").asText())
                .as("an invitee still being rung answers first").isEqualTo("invalid_transition");
        api.post(BOB, "/" + id + "/accept", null);

        Res r = api.get(BOB, "/" + id + "/join");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("room").asText()).startsWith("calls-");
        assertThat(r.json().get("scriptUrl").asText()).endsWith("/external_api.js");
    }

    @Test
    void ringStateWhileRingingThenRingTrueAndAfterAnswerFalse() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");

        JsonNode ringing = api.get(BOB, "/" + id + "/ring-state").json();
        api.post(BOB, "/" + id + "/accept", null);
        JsonNode answered = api.get(BOB, "/" + id + "/ring-state").json();

        assertThat(ringing.get("ring").asBoolean()).isTrue();
        assertThat(ringing.get("status").asText()).isEqualTo("ringing");
        assertThat(ringing.get("callState").asText()).isEqualTo("ringing");
        assertThat(answered.get("ring").asBoolean()).isFalse();
        assertThat(answered.get("callId").asText()).isEqualTo(id);
    }

    @Test
    void activeThenRingingAndActiveCallsOfThisUserOnly() {
        String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");
        startCall(CAROL, "{\"recipientIds\":[\"dave\"]}");

        JsonNode items = api.get(BOB, "/active").json().get("items");

        assertThat(items).extracting(c -> c.get("id").asText()).containsExactly(id);
    }

    @Test
    void historyThenNewestFirstPagedWithDirectionOutcomeAndDuration() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");
            api.post(BOB, "/" + id + "/accept", null);
            server.engine.advance(Duration.ofSeconds(10 + i));
            api.post(BOB, "/" + id + "/end", null);
            ids.add(id);
        }

        JsonNode first = api.get(BOB, "/history?limit=2").json();
        JsonNode second = api.get(BOB, "/history?limit=2&cursor=" + first.get("nextCursor").asText()).json();

        assertThat(first.get("items")).extracting(r -> r.get("id").asText()).containsExactly(ids.get(2), ids.get(1));
        assertThat(second.get("items")).extracting(r -> r.get("id").asText()).containsExactly(ids.get(0));
        assertThat(second.get("nextCursor").isNull()).isTrue();
        JsonNode row = first.get("items").get(0);
        assertThat(row.get("direction").asText()).isEqualTo("incoming");
        assertThat(row.get("outcome").asText()).isEqualTo("answered");
        assertThat(row.get("durationSeconds").asLong()).isEqualTo(12);
        assertThat(row.get("counterparts")).extracting(JsonNode::asText).containsExactly("alice");
        assertThat(row.get("state").asText()).isEqualTo("completed");
    }

    @Test
    void historyMissedOnlyThenOnlyCallsThisUserMissed() {
        String missed = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");
        server.engine.advance(Duration.ofSeconds(31));
        String answered = startCall(ALICE, "{\"recipientIds\":[\"bob\"]}");
        api.post(BOB, "/" + answered + "/accept", null);

        JsonNode items = api.get(BOB, "/history?missed=true").json().get("items");
        JsonNode since = api.get(BOB, "/history?since=" + server.engine.clock.instant()).json().get("items");

        assertThat(items).extracting(r -> r.get("id").asText()).containsExactly(missed);
        assertThat(items.get(0).get("outcome").asText()).isEqualTo("missed");
        assertThat(items.get(0).get("endReason").asText()).isEqualTo("no_answer");
        assertThat(since).extracting(r -> r.get("id").asText()).containsExactly(answered);
    }
}
