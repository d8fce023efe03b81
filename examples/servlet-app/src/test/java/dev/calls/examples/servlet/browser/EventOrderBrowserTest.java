package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client's connection module fed events out of order through a stub EventSource, with a stub fetch
 * standing in for the server's log: every event is handled exactly once, a jump in ids alone reads nothing
 * again, and an event arriving late makes the client re-read the log and pick up what it had not handled.
 */
class EventOrderBrowserTest {
    /**
     * The log holds the user's visible events 101, 102, 104 to 107 (103 belongs to others); the client
     * starts at 100. Runs the feed given as arguments[0] and answers what was handled and fetched.
     */
    static final String HARNESS = "const feed = arguments[0]; const done = arguments[arguments.length - 1];"
            + "const log = { handled: [], requests: [], requestsBeforeLate: -1 };"
            + "const store = [101, 102, 104, 105, 106, 107].map((id) => ({ id: id, type: 'presence.changed' }));"
            + "class StubSource { constructor(url) { StubSource.last = this; this.url = url; this.readyState = 1; }"
            + "  close() { this.readyState = 2; } }"
            + "StubSource.CLOSED = 2;"
            + "window.EventSource = StubSource;"
            + "window.fetch = async (url) => { log.requests.push(String(url));"
            + "  const after = new URL(String(url), location.href).searchParams.get('after');"
            + "  const events = after === null ? [] : store.filter((e) => e.id > Number(after));"
            + "  const position = after === null ? 100 : events.length ? events[events.length - 1].id : Number(after);"
            + "  return new Response(JSON.stringify({ events: events, lastEventId: position }),"
            + "    { status: 200, headers: { 'Content-Type': 'application/json' } }); };"
            + "const settle = () => new Promise((r) => setTimeout(r, 20));"
            + "(async () => {"
            + "  const m = await import('/api/calls/client/connection.js');"
            + "  const c = new m.Connection((e) => log.handled.push(e.id), () => {});"
            + "  await c.locate();"
            + "  c.stream();"
            + "  const source = StubSource.last; source.onopen();"
            + "  for (const id of feed) {"
            + "    if (id === 104) log.requestsBeforeLate = log.requests.length;"
            + "    source.onmessage({ data: JSON.stringify({ id: id, type: 'presence.changed' }), lastEventId: String(id) });"
            + "    await settle();"
            + "    while (c.rereading) await settle();"
            + "  }"
            + "  log.stream = source.url; c.stop(); done(log);"
            + "})().catch((e) => done({ error: String(e) }));";

    static BrowserApp app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = new BrowserApp();
        browser = Browser.start("event-order", app.base);
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        try (BrowserApp x = app; Browser y = browser) {
            // closed in reverse order
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Long... feed) {
        browser.open("/login"); // a page of the app's origin that runs no client of its own
        Object result = browser.driver.executeAsyncScript(HARNESS, List.of(feed));
        assertThat(result).isInstanceOf(Map.class);
        Map<String, Object> log = (Map<String, Object>) result;
        assertThat(log).doesNotContainKey("error");
        return log;
    }

    @Test
    @SuppressWarnings("unchecked")
    void eventsOutOfOrderAndRepeatedThenEachHandledOnceAndTheLateOneNotDropped() {
        Map<String, Object> log = run(101L, 102L, 105L, 102L, 104L, 106L, 101L, 107L);

        assertThat((String) log.get("stream")).matches("/api/calls/events\\?stream=[^&]+&lastEventId=100");
        assertThat((List<Object>) log.get("handled")).containsExactly(101L, 102L, 105L, 104L, 106L, 107L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void lateEventThenTheLogIsReadAgainAndWhatTheStreamHadNotSentIsHandled() {
        Map<String, Object> log = run(101L, 102L, 105L, 104L);

        assertThat((List<Object>) log.get("handled")).containsExactly(101L, 102L, 105L, 104L, 106L, 107L);
        assertThat((List<Object>) log.get("requests")).containsExactly("/api/calls/events?wait=0",
                "/api/calls/events?after=100&wait=0");
        assertThat(log.get("requestsBeforeLate")).as("a jump from 102 to 105 alone reads nothing again").isEqualTo(1L);
    }
}
