package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.UserRef;
import dev.calls.servlet.support.Api;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Request bodies bound to records: the seeds' spellings, unknown fields, and a detail naming the field at fault
 * by its canonical name, whichever spelling was sent.
 */
class RequestBodiesTest {
    static final String ALICE = "acme/alice";
    static final String BOB = "acme/bob";

    private TestServer server;
    private Api api;

    @BeforeEach
    void start() {
        server = new TestServer();
        api = server.api;
        server.engine.online("alice", "bob", "carol");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void startWithSnakeCaseSpellingsAndUnknownFieldsThenCreated() {
        Res r = api.post(ALICE, "", "{\"recipient_ids\":[\"bob\"],\"call_type\":\"audio\",\"futureField\":{\"x\":1}}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("type").asText()).isEqualTo("audio");
        assertThat(r.json().get("participants").findValuesAsText("userId")).containsExactly("alice", "bob");
    }

    @Test
    void startWithOneNumericRecipientIdThenCalledByItsDecimalText() {
        server.engine.users.add("acme", "42", "Forty Two");
        server.engine.online("42");

        Res r = api.post(ALICE, "", "{\"recipient_id\":42}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("participants").findValuesAsText("userId")).containsExactly("alice", "42");
        assertThat(r.json().get("type").asText()).isEqualTo("video");
    }

    @Test
    void presenceWithSeedSpellingsThenUpdated() {
        Res r = api.put(ALICE, "/presence/me",
                "{\"status_message\":\"at lunch\",\"available_for_calls\":false,\"do_not_disturb\":true}");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode p = r.json();
        assertThat(p.get("message").asText()).isEqualTo("at lunch");
        assertThat(p.get("available").asBoolean()).isFalse();
        assertThat(p.get("doNotDisturb").asBoolean()).isTrue();
    }

    @Test
    void meetingWithSnakeCaseTimesThenScheduled() {
        Instant start = server.engine.clock.instant().plusSeconds(3600);

        Res r = api.post(ALICE, "/meetings", "{\"title\":\"Plan\",\"starts_at\":\"" + start + "\",\"ends_at\":\""
                + start.plusSeconds(600) + "\",\"invitee_ids\":[\"bob\"]}");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(server.engine.calls.meetings().upcoming(UserRef.of("acme", "bob"), 10)).hasSize(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "''                  | {\"recipientIds\":\"bob\"}                  | recipientIds must be an array",
        "''                  | {\"recipient_ids\":[\"bob\",true]}         | recipientIds[1] must hold user ids (strings)",
        "''                  | {\"recipientIds\":[\"bob\"],\"type\":7}    | type must be a string",
        "''                  | {\"recipientIds\":[\"bob\"],\"call_type\":\"fax\"} | type must be audio or video",
        "''                  | {\"recipientIds\":[\"bob\"],\"type\":[]}   | type must be a string",
        "/presence/me        | {\"available\":\"true\"}                     | available must be true or false",
        "/presence/me        | {\"do_not_disturb\":1}                       | doNotDisturb must be true or false",
        "/meetings           | {\"title\":5}                                | title must be a string",
        "/meetings           | {\"title\":\"t\",\"startsAt\":1767607200}   | startsAt must be an ISO-8601 instant",
        "/rooms/token        | {\"room_name\":{}}                          | roomName must be a string",
    })
    void wrongShapeThenInvalidRequestNamingTheField(String path, String body, String detail) {
        Res r = path.equals("/presence/me") ? api.put(ALICE, path, body) : api.post(ALICE, path, body);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_request");
        assertThat(r.json().get("detail").asText()).startsWith(detail);
        assertThat(server.engine.calls.activeCalls(UserRef.of("acme", "alice"))).isEmpty();
    }
}
