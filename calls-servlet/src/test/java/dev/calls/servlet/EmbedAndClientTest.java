package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbedAndClientTest {
    static final String NASTY = "</script><script>alert(1)</script>&\"'<b>";

    private TestServer server;
    private String callId;

    @BeforeEach
    void start() {
        server = new TestServer();
        server.engine.users.add("acme", "mallory", NASTY);
        server.engine.online("alice", "mallory");
        callId = server.api.post("acme/alice", "", "{\"recipientIds\":[\"mallory\"],\"type\":\"audio\"}")
                .json().get("id").asText();
        server.api.post("acme/mallory", "/" + callId + "/accept", null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void embedForParticipantThenPageOpeningTheCallWithTheClientUnderAStrictPolicy() {
        Res r = server.api.get("acme/mallory", "/embed/" + callId);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        String html = r.body();
        Matcher nonce = Pattern.compile("<script type=\"module\" nonce=\"([^\"]+)\">").matcher(html);
        assertThat(nonce.find()).isTrue();
        assertThat(html).contains("<html lang=\"en\" data-calls-manual>")
                .contains("import { calls } from \"/api/calls/client.js\";")
                .contains("calls.openCall(\"" + callId + "\", { fullPage: true });")
                .doesNotContain("external_api.js");
        String csp = r.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'")
                .contains("script-src 'nonce-" + nonce.group(1) + "' 'self' https://meet.jit.si;")
                .contains("style-src 'nonce-" + nonce.group(1) + "'")
                .contains("frame-src https://meet.jit.si;")
                .contains("connect-src 'self'")
                .doesNotContain("unsafe-inline");
    }

    @Test
    void embedWithHostileDisplayNameThenNothingOfItInThePage() {
        String html = server.api.get("acme/mallory", "/embed/" + callId).body();

        assertThat(html).doesNotContain(NASTY).doesNotContain("alert(").doesNotContain("&quot;");
        assertThat(html.split("</script>", -1)).hasSize(2);
    }

    @Test
    void embedUnderContextPathThenClientImportedFromThere() {
        try (TestServer app = new TestServer(b -> b, o -> o, "/app", c -> { })) {
            app.engine.online("alice", "bob");
            String id = app.api.post("acme/alice", "", "{\"recipientIds\":[\"bob\"]}").json().get("id").asText();
            app.api.post("acme/bob", "/" + id + "/accept", null);

            String html = app.api.get("acme/bob", "/embed/" + id).body();

            assertThat(html).contains("import { calls } from \"/app/api/calls/client.js\";");
        }
    }

    @Test
    void embedForOutsiderThenNotFound() {
        Res r = server.api.get("acme/carol", "/embed/" + callId);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("calls-");
    }

    @Test
    void embedOfEndedCallThenInvalidTransition() {
        server.api.post("acme/alice", "/" + callId + "/end", null);

        assertThat(server.api.get("acme/alice", "/embed/" + callId).code()).isEqualTo("invalid_transition");
    }

    @Test
    void clientScriptThenModuleImportingItsPartsRelativelyWithoutSignIn() {
        Res r = server.api.get(null, "/client.js");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/javascript");
        assertThat(r.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(r.body()).contains("export class CallsClient").contains("export const calls = new CallsClient()")
                .contains("import { Connection } from './client/connection.js';")
                .doesNotContain("from '/");
    }

    @Test
    void clientTypesThenDeclarationsOfTheRealJsonWithoutSignIn() {
        Res r = server.api.get(null, "/client.d.ts");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/typescript");
        assertThat(r.body()).contains("export declare class CallsClient").contains("chosenStatus: PresenceStatus;")
                .contains("export interface StartedCall extends Call").contains("export interface EventsPage")
                .contains("export interface MeetingJoin").contains("openMeeting(meetingId: string");
    }
}
