package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.examples.servlet.DemoUsers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client's live connection: it resumes a dropped stream without losing events, and long-polls without streams. */
class ConnectionBrowserTest {
    /** Records the page's requests through fetch in window.__requests. */
    static final String RECORD_FETCH = "window.__requests = []; (function (original) {"
            + " window.fetch = function (url, init) {"
            + "  window.__requests.push(((init && init.method) || 'GET') + ' ' + url); return original.apply(this, arguments); };"
            + "})(window.fetch);";

    static BrowserApp app;
    static Browser streaming;
    static Browser polling;

    @BeforeAll
    static void start() throws Exception {
        app = new BrowserApp();
        streaming = Browser.start("streaming", app.base);
        polling = Browser.start("polling", app.base);
        streaming.onEveryPage(RECORD_FETCH);
        polling.onEveryPage(RECORD_FETCH + "window.EventSource = undefined;");
    }

    @AfterAll
    static void stop() {
        try (BrowserApp x = app; Browser y = streaming; Browser z = polling) {
            // closed in reverse order
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> requests(Browser browser) {
        return (List<String>) browser.script("return window.__requests;");
    }

    @Test
    void streamDroppedThenResumedAfterTheLastEventWithNothingLost() {
        streaming.signIn("calluser8");
        streaming.wait(Browser.WAIT).until(d -> app.app.calls().presence()
                .isConnected(UserRef.of(DemoUsers.TEST_ORG, "calluser8")));
        assertThat(requests(streaming)).noneMatch(r -> r.contains("presence/heartbeat"));

        app.app.filter().uninstall(); // every stream closes; the API is gone for a moment
        try {
            app.app.calls().start(UserRef.of(DemoUsers.TEST_ORG, "testuser4"), List.of("calluser8"), MediaType.AUDIO);
        } finally {
            app.app.filter().install();
        }

        streaming.waitVisible(Browser.dialog("Incoming call from Test User 4"), Duration.ofSeconds(20));
        assertThat(streaming.ringing()).isTrue();
        assertThat(requests(streaming)).noneMatch(r -> r.contains("events?") && r.contains("after=")); // resumed, not polling
    }

    @Test
    void noEventSourceThenLongPollsWithHeartbeatsAndStillRings() {
        polling.signIn("calluser2");
        polling.wait(Browser.WAIT).until(d -> requests(polling).stream().anyMatch(r -> r.contains("events?") && r.contains("after=")));
        assertThat(requests(polling)).anyMatch(r -> r.equals("POST /api/calls/presence/heartbeat"));

        app.api("calluser1", "POST", "/presence/heartbeat", null);
        app.api("calluser1", "POST", "", "{\"recipientIds\":[\"calluser2\"],\"type\":\"video\"}");

        polling.waitVisible(Browser.dialog("Incoming call from Call User 1"));
        assertThat(polling.ringing()).isTrue();
        polling.button("Decline").click();
        polling.waitGone(Browser.dialog("Incoming call from Call User 1"));
    }
}
