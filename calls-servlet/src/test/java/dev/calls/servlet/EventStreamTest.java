package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.UserRef;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.SseClient;
import dev.calls.servlet.support.SseClient.Frame;
import dev.calls.servlet.support.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventStreamTest {
    static final String ALICE = "acme/alice";
    static final String BOB = "acme/bob";
    static final Duration SHORT = Duration.ofSeconds(10);

    private TestServer server;
    private Api api;
    private final List<SseClient> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new TestServer(b -> b, o -> o.maxStreamsPerUser(3), "", c -> { });
        api = server.api;
        server.engine.online("alice", "bob", "carol");
    }

    @AfterEach
    void stop() {
        clients.forEach(SseClient::close);
        server.close();
    }

    private SseClient open(String user, String query, String... headers) {
        SseClient c = SseClient.open(api, user, query, headers);
        clients.add(c);
        return c;
    }

    private String call(String from, String to) {
        Res r = api.post(from, "", "{\"recipientIds\":[\"" + to + "\"]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    /** Polls a condition the server reaches on its own (a stream noticing its peer left), with a deadline. */
    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + SHORT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void streamThenEventStreamHeadersAndAnOpeningPosition() {
        SseClient bob = open(BOB, "");

        assertThat(bob.response.statusCode()).isEqualTo(200);
        assertThat(bob.response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        assertThat(bob.response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(bob.response.headers().firstValue("X-Accel-Buffering")).hasValue("no");
        Frame opening = bob.next(SHORT);
        assertThat(opening.retry()).isEqualTo("3000");
        assertThat(Long.parseLong(opening.id())).isEqualTo(server.engine.calls.events().lastSequence());
    }

    @Test
    void startThenCalleeStreamGetsRingingWithTheCall() {
        SseClient bob = open(BOB, "");
        bob.next(SHORT);

        String id = call(ALICE, "bob");

        Frame ringing = bob.awaitEvent("call.ringing");
        JsonNode event = ringing.json();
        assertThat(event.get("id").asLong()).isEqualTo(Long.parseLong(ringing.id()));
        assertThat(event.get("callId").asText()).isEqualTo(id);
        assertThat(event.get("actor").asText()).isEqualTo("alice");
        assertThat(event.get("call").get("state").asText()).isEqualTo("ringing");
        assertThat(event.get("at").asText()).endsWith("Z");
        assertThat(event.has("presence")).isFalse();
    }

    @Test
    void responseStreamWrappedByAHostFilterThenEventsStillArriveInOrder() {
        try (TestServer wrapped = new TestServer(b -> b, o -> o, "", c -> c.addFilter(
                new org.eclipse.jetty.ee10.servlet.FilterHolder(new dev.calls.servlet.support.WrappingFilter()),
                "/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
                SseClient bob = SseClient.open(wrapped.api, BOB, "")) {
            wrapped.engine.online("alice", "bob");
            bob.next(SHORT);

            String id = wrapped.api.post(ALICE, "", "{\"recipientIds\":[\"bob\"]}").json().get("id").asText();
            wrapped.api.post(ALICE, "/" + id + "/cancel", null);

            assertThat(bob.awaitEvent("call.ringing").json().get("callId").asText()).isEqualTo(id);
            assertThat(bob.awaitEvent("call.cancelled").json().get("callId").asText()).isEqualTo(id);
            assertThat(bob.await(f -> f.comment() != null, Duration.ofSeconds(5))).isNotNull();
        }
    }

    @Test
    void presenceChangeThenEveryStreamOfTheTenantGetsIt() {
        SseClient bob = open(BOB, "");
        SseClient gina = open("globex/gina", "");

        api.put(ALICE, "/presence/me", "{\"status\":\"away\",\"message\":\"lunch\"}");

        JsonNode event = bob.await(f -> f.isEvent() && "alice".equals(f.json().path("actor").asText()), SHORT).json();
        assertThat(event.get("type").asText()).isEqualTo("presence.changed");
        assertThat(event.get("presence").get("chosenStatus").asText()).isEqualTo("away");
        assertThat(event.get("presence").get("message").asText()).isEqualTo("lunch");
        assertThat(event.has("call")).isFalse();
        assertThat(gina.nextEvent(Duration.ofMillis(500))).isNull();
    }

    @Test
    void streamWatchingSomeUsersThenOnlyTheirPresenceAndItsOwnButEveryCallEvent() {
        SseClient bob = open(BOB, "?watch=carol");
        bob.next(SHORT);

        api.put(ALICE, "/presence/me", "{\"status\":\"away\",\"message\":\"lunch\"}");
        api.put("acme/carol", "/presence/me", "{\"status\":\"away\",\"message\":\"meeting\"}");
        api.put(BOB, "/presence/me", "{\"status\":\"away\",\"message\":\"gym\"}");
        String id = call(ALICE, "bob");

        List<String> seen = new ArrayList<>();
        while (seen.isEmpty() || !seen.get(seen.size() - 1).equals("call.ringing")) {
            JsonNode e = bob.nextEvent(SHORT).json();
            seen.add(e.get("type").asText().equals("presence.changed") ? "presence:" + e.get("actor").asText()
                    : e.get("type").asText());
        }
        assertThat(seen).containsExactly("presence:carol", "presence:bob", "call.ringing");
        assertThat(api.get(BOB, "/" + id).json().get("state").asText()).isEqualTo("ringing");
    }

    @Test
    void watchChangedOnTheOpenStreamThenTheNewSetAppliesAndOnlyTheOwnersKeyedStreamChanges() {
        SseClient bob = open(BOB, "?watch=alice&stream=tab-1");
        bob.next(SHORT);

        Res unknownKey = api.put(BOB, "/events/watch", "{\"stream\":\"tab-2\",\"watch\":[\"carol\"]}");
        Res someoneElse = api.put(ALICE, "/events/watch", "{\"stream\":\"tab-1\",\"watch\":[\"carol\"]}");
        Res changed = api.put(BOB, "/events/watch", "{\"stream\":\"tab-1\",\"watch\":[\"carol\"]}");
        api.put(ALICE, "/presence/me", "{\"status\":\"away\"}");
        api.put("acme/carol", "/presence/me", "{\"status\":\"away\"}");

        assertThat(unknownKey.status()).isEqualTo(404);
        assertThat(someoneElse.status()).isEqualTo(404);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(bob.nextEvent(SHORT).json().get("actor").asText()).isEqualTo("carol");
        assertThat(bob.nextEvent(Duration.ofMillis(300))).isNull();
    }

    @Test
    void watchChangeWithoutAStreamKeyOrWithABadListThenProblem() {
        Res noKey = api.put(BOB, "/events/watch", "{\"watch\":[\"carol\"]}");
        Res notAList = api.put(BOB, "/events/watch", "{\"stream\":\"tab-1\",\"watch\":\"carol\"}");
        Res badId = api.put(BOB, "/events/watch", "{\"stream\":\"tab-1\",\"watch\":[\"" + "x".repeat(256) + "\"]}");

        assertThat(List.of(noKey, notAList, badId)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("invalid_request");
        });
    }

    @Test
    void resumeWithAWatchSetThenTheReplayIsFilteredTheSameWay() {
        long before = server.engine.calls.events().lastSequence();
        api.put(ALICE, "/presence/me", "{\"status\":\"away\"}");
        api.put("acme/carol", "/presence/me", "{\"status\":\"away\"}");

        SseClient bob = open(BOB, "?watch=carol&lastEventId=" + before);
        Res poll = api.get(BOB, "/events?watch=alice&after=" + before);

        assertThat(bob.nextEvent(SHORT).json().get("actor").asText()).isEqualTo("carol");
        assertThat(poll.json().get("events")).extracting(e -> e.get("actor").asText()).containsExactly("alice");
    }

    @Test
    void watchWithAnOverlongUserIdOrTooManyThenProblem() {
        String many = String.join(",", java.util.stream.IntStream.range(0, 501).mapToObj(i -> "u" + i).toList());

        Res overlong = api.get(BOB, "/events?after=0&watch=alice," + "x".repeat(256));
        Res tooMany = api.get(BOB, "/events?after=0&watch=" + many);

        assertThat(overlong.status()).isEqualTo(400);
        assertThat(overlong.code()).isEqualTo("invalid_request");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.code()).isEqualTo("invalid_request");
    }

    @Test
    void resumeWithLastEventIdThenMissedEventsInOrderWithoutDuplicates() throws InterruptedException {
        SseClient first = open(BOB, "");
        first.next(SHORT);
        String id = call(ALICE, "bob");
        long seen = Long.parseLong(first.awaitEvent("call.ringing").id());
        first.close();
        eventually(() -> server.filter.openStreams(UserRef.of("acme", "bob")) == 0);

        api.post(BOB, "/" + id + "/acknowledge", null);
        api.post(BOB, "/" + id + "/accept", null);
        api.post(ALICE, "/" + id + "/end", null);
        SseClient resumed = open(BOB, "", "Last-Event-ID", Long.toString(seen));

        List<String> types = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        while (types.size() < 3) {
            Frame f = resumed.nextEvent(SHORT);
            ids.add(Long.parseLong(f.id()));
            if (!f.json().get("type").asText().equals("presence.changed")) { // who is busy is announced too
                types.add(f.json().get("type").asText());
            }
        }
        api.post(ALICE, "/presence/heartbeat", null);
        String live = call("acme/carol", "bob");
        Frame next = resumed.awaitEvent("call.ringing");

        assertThat(types).containsExactly("call.acknowledged", "call.accepted", "call.ended");
        assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(i -> i > seen);
        assertThat(next.json().get("callId").asText()).isEqualTo(live);
    }

    @Test
    void resumeWithLastEventIdQueryParameterThenReplayed() {
        long before = server.engine.calls.events().lastSequence();
        String id = call(ALICE, "bob");

        SseClient bob = open(BOB, "?lastEventId=" + before);

        assertThat(bob.awaitEvent("call.ringing").json().get("callId").asText()).isEqualTo(id);
    }

    @Test
    void lastEventIdBeyondTheLogThenStartsFromNowAndLiveEventsArrive() {
        long last = server.engine.calls.events().lastSequence();
        SseClient bob = open(BOB, "", "Last-Event-ID", Long.toString(last + 1000));

        Frame opening = bob.next(SHORT);
        String id = call(ALICE, "bob");

        assertThat(Long.parseLong(opening.id())).isEqualTo(last);
        assertThat(bob.awaitEvent("call.ringing").json().get("callId").asText()).isEqualTo(id);
    }

    @Test
    void eventsCommittedWhileReplayingThenEachDeliveredOnce() {
        long before = server.engine.calls.events().lastSequence();
        for (int i = 0; i < 5; i++) {
            api.put(ALICE, "/presence/me", "{\"message\":\"m" + i + "\"}");
        }
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 5; i < 40; i++) {
                api.put(ALICE, "/presence/me", "{\"message\":\"m" + i + "\"}");
            }
        });
        SseClient bob = open(BOB, "", "Last-Event-ID", Long.toString(before));
        writer.join();
        long last = server.engine.calls.events().lastSequence();

        List<Long> ids = new ArrayList<>();
        while (ids.isEmpty() || ids.get(ids.size() - 1) < last) {
            Frame f = bob.nextEvent(SHORT);
            assertThat(f).as("events up to " + last + " after " + ids).isNotNull();
            ids.add(Long.parseLong(f.id()));
        }

        assertThat(ids).doesNotHaveDuplicates().hasSize((int) (last - before));
    }

    @Test
    void idleStreamThenCommentHeartbeats() {
        SseClient bob = open(BOB, "");
        bob.next(SHORT);

        Frame first = bob.await(f -> f.comment() != null, Duration.ofSeconds(5));
        Frame second = bob.await(f -> f.comment() != null, Duration.ofSeconds(5));

        assertThat(first.data()).isNull();
        assertThat(second.data()).isNull();
    }

    @Test
    void clientDisconnectsThenSubscriberAndConnectionGone() throws InterruptedException {
        int before = server.transport.subscriberCount();
        SseClient bob = open(BOB, "");
        bob.next(SHORT);
        assertThat(server.transport.subscriberCount()).isEqualTo(before + 1);
        assertThat(server.engine.calls.presence().isConnected(UserRef.of("acme", "bob"))).isTrue();

        bob.close();

        eventually(() -> server.transport.subscriberCount() == before);
        assertThat(server.filter.openStreams()).isZero();
        assertThat(server.engine.calls.presence().isConnected(UserRef.of("acme", "bob"))).isFalse();
    }

    @Test
    void streamKeepsUserOnlineThenCallable() {
        server.engine.advance(Duration.ofMinutes(6));
        assertThat(api.post(ALICE, "", "{\"recipientIds\":[\"bob\"]}").code()).isEqualTo("recipient_offline");
        SseClient bob = open(BOB, "");
        bob.next(SHORT);

        Res r = api.post(ALICE, "", "{\"recipientIds\":[\"bob\"]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    @Test
    void moreStreamsThanTheCapThenOldestClosed() throws InterruptedException {
        SseClient oldest = open(BOB, "");
        oldest.next(SHORT);
        open(BOB, "").next(SHORT);
        open(BOB, "").next(SHORT);

        SseClient newest = open(BOB, "");
        newest.next(SHORT);

        assertThat(oldest.awaitEnd(SHORT)).isTrue();
        assertThat(server.filter.openStreams(UserRef.of("acme", "bob"))).isEqualTo(3);
        call(ALICE, "bob");
        assertThat(newest.awaitEvent("call.ringing")).isNotNull();
    }

    @Test
    void uninstallThenStreamsClosedAndRequestsPassDown() throws InterruptedException {
        SseClient bob = open(BOB, "");
        bob.next(SHORT);

        server.filter.uninstall();

        assertThat(bob.awaitEnd(SHORT)).isTrue();
        Res passed = api.get(BOB, "/active");
        assertThat(passed.body()).isEqualTo("host");
        server.filter.install();
        assertThat(api.get(BOB, "/active").json().has("items")).isTrue();
    }

    @Test
    void longPollWithEventsThenAnswersAtOnce() {
        long before = server.engine.calls.events().lastSequence();
        String id = call(ALICE, "bob");

        Res r = api.get(BOB, "/events?after=" + before + "&wait=20");

        assertThat(r.status()).isEqualTo(200);
        JsonNode events = r.json().get("events");
        assertThat(events).extracting(e -> e.get("type").asText()).contains("call.ringing");
        assertThat(events).anySatisfy(e -> assertThat(e.get("callId").asText()).isEqualTo(id));
        assertThat(r.json().get("lastEventId").asLong()).isEqualTo(events.get(events.size() - 1).get("id").asLong());
    }

    @Test
    void longPollWithoutEventsThenWaitsForTheFirstOne() throws Exception {
        long before = server.engine.calls.events().lastSequence();
        CompletableFuture<Res> poll = CompletableFuture.supplyAsync(
                () -> api.get(BOB, "/events?after=" + before + "&wait=20"));
        eventually(() -> server.transport.subscriberCount() > 0);
        assertThat(poll).isNotDone();

        String id = call(ALICE, "bob");

        Res r = poll.get();
        assertThat(r.json().get("events").get(0).get("callId").asText()).isEqualTo(id);
        assertThat(r.json().get("events").get(0).get("type").asText()).isEqualTo("call.ringing");
        eventually(() -> server.transport.subscriberCount() == 0);
    }

    @Test
    void longPollWithoutEventsThenEmptyAfterTheWait() {
        long before = server.engine.calls.events().lastSequence();

        Res r = api.get(BOB, "/events?after=" + before + "&wait=1");

        assertThat(r.json().get("events")).isEmpty();
        assertThat(r.json().get("lastEventId").asLong()).isEqualTo(before);
        assertThat(server.transport.subscriberCount()).isZero();
    }

    @Test
    void longPollOfOtherUsersCallThenNothingLeaks() {
        long before = server.engine.calls.events().lastSequence();
        call(ALICE, "carol");

        Res r = api.get(BOB, "/events?after=" + before);

        assertThat(r.json().get("events")).as("only that alice became busy, nothing of the call itself")
                .allSatisfy(e -> {
                    assertThat(e.get("type").asText()).isEqualTo("presence.changed");
                    assertThat(e.get("callId").isNull()).isTrue();
                    assertThat(e.has("call")).isFalse();
                });
        assertThat(r.json().get("lastEventId").asLong()).isGreaterThan(before);
    }

    @Test
    void streamsOpenedAtTheSameMomentBeyondThePerUserCapThenEveryEvictedOneEnds() throws Exception {
        for (int round = 0; round < 5; round++) {
            List<SseClient> burst = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                burst.add(open("acme/carol", ""));
            }
            int ended = 0;
            for (SseClient c : burst) {
                // a stream the cap evicted before it took over its response must still end
                if (c.awaitEnd(Duration.ofMillis(400))) {
                    ended++;
                }
            }
            assertThat(ended).as("round %d", round).isGreaterThanOrEqualTo(3);
            burst.forEach(SseClient::close);
        }
    }
}
