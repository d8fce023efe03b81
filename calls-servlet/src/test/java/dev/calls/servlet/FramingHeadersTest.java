package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.meeting.Meeting;
import dev.calls.meeting.MeetingRequest;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The full-page call and meeting pages may be framed by the host's own pages and by no other site. */
class FramingHeadersTest {
    private final TestServer server = new TestServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static void assertOnlySameOriginMayFrame(Res r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("Content-Security-Policy")).contains("; frame-ancestors 'self'")
                .doesNotContainPattern("frame-ancestors [^;]*(\\*|https?:)");
        assertThat(r.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
    }

    private Meeting meeting() {
        Instant now = server.engine.clock.instant();
        return server.engine.calls.meetings().create(UserRef.of("acme", "alice"), new MeetingRequest("Review",
                now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2)), List.of("bob"), MediaType.VIDEO));
    }

    @Test
    void callPageThenFramedBySameOriginOnly() {
        server.engine.online("alice", "bob");
        String id = server.api.post("acme/alice", "", "{\"recipientIds\":[\"bob\"]}").json().get("id").asText();
        server.api.post("acme/bob", "/" + id + "/accept", null);

        assertOnlySameOriginMayFrame(server.api.get("acme/bob", "/embed/" + id));
    }

    @Test
    void meetingPageThenFramedBySameOriginOnly() {
        assertOnlySameOriginMayFrame(server.api.get("acme/bob", "/embed/meetings/" + meeting().id()));
    }

    @Test
    void meetingSignInPageThenFramedBySameOriginOnly() {
        assertOnlySameOriginMayFrame(server.api.get(null, "/embed/meetings/" + meeting().id()));
    }
}
