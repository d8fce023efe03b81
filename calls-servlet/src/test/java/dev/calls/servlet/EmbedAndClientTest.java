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
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void embedForParticipantThenPageLoadingTheDeploymentScriptUnderAStrictPolicy() {
        Res r = server.api.get("acme/mallory", "/embed/" + callId);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        String html = r.body();
        Matcher nonce = Pattern.compile("<script nonce=\"([^\"]+)\" src=\"https://meet.jit.si/external_api.js\">")
                .matcher(html);
        assertThat(nonce.find()).isTrue();
        String csp = r.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'")
                .contains("script-src 'nonce-" + nonce.group(1) + "' https://meet.jit.si")
                .contains("frame-src https://meet.jit.si")
                .doesNotContain("unsafe-inline");
        assertThat(html).contains("new JitsiMeetExternalAPI(join.domain");
        assertThat(html).contains("\"room\":\"calls-").contains("\"type\":\"audio\"").contains("\"callId\":\"" + callId);
    }

    @Test
    void embedWithHostileDisplayNameThenEscapedInsideTheDataBlock() {
        String html = server.api.get("acme/mallory", "/embed/" + callId).body();

        assertThat(html).doesNotContain(NASTY).doesNotContain("<script>alert");
        assertThat(html).contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)");
        assertThat(html.split("</script>", -1)).hasSize(4);
    }

    @Test
    void embedForOutsiderThenNotFound() {
        Res r = server.api.get("acme/carol", "/embed/" + callId);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("calls-");
    }

    @Test
    void embedOfEndedCallThenInvalidTransition() {
        server.api.post("acme/alice", "/" + callId + "/cancel", null);

        assertThat(server.api.get("acme/alice", "/embed/" + callId).code()).isEqualTo("invalid_transition");
    }

    @Test
    void clientScriptThenModuleExportingTheApiBaseWithoutSignIn() {
        Res r = server.api.get(null, "/client.js");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/javascript");
        assertThat(r.body()).contains("export const apiBase = new URL('.', import.meta.url)")
                .contains("export function events(").contains("'X-Requested-With'");
    }
}
