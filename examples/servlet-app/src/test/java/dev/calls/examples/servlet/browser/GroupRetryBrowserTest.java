package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In a group call, one invitee's media fails: the others stay in the call, and that invitee's Retry rejoins the
 * same call (it is not rung anew, nobody else is disturbed).
 */
class GroupRetryBrowserTest extends TwoBrowserTest {
    private static Browser c;

    @BeforeAll
    static void third() {
        c = Browser.start("C", app.base);
    }

    @AfterAll
    static void closeThird() {
        c.close();
    }

    @Test
    void inviteesMediaFailsInAGroupCallThenRetryRejoinsTheSameCall() {
        app.jitsi.breakScriptFor("calluser8");
        b.signIn("calluser8");
        c.signIn("calluser4");
        a.signIn("testuser4");
        a.wait(Browser.WAIT).until(d -> a.button("Video call Call User 8").isEnabled()
                && a.button("Video call Call User 4").isEnabled());

        a.script("import('/api/calls/client.js').then((m) => m.calls.call(['calluser8', 'calluser4'], "
                + "{ type: 'video', name: 'Call User 8, Call User 4' }));");
        c.waitVisible(Browser.dialog("Incoming call from Test User 4"));
        c.button("Accept").click();
        b.waitVisible(Browser.dialog("Incoming call from Test User 4"));
        b.button("Accept").click();

        b.waitVisible(Browser.alert("Your connection to the call failed"));
        String id = a.windowCallId();
        assertThat(c.windowCallId()).isEqualTo(id);
        assertThat(app.call("testuser4", id).get("state").asText()).as("the others are still in it").isEqualTo("active");

        app.jitsi.repairScripts();
        b.button("Retry").click();

        b.waitVisible(Browser.region("Call with Test User 4, Call User 4"));
        assertThat(b.windowCallId()).as("the same call, rejoined").isEqualTo(id);
        assertThat(b.standIn()).hasSize(1);
        assertThat(a.findIncoming()).isEmpty();
        assertThat(c.findIncoming()).isEmpty();
        a.wait(Browser.WAIT).until(d -> app.call("testuser4", id).at("/participants").findValues("state").stream()
                .filter(s -> s.asText().equals("joined")).count() == 3);
        a.button("Hang up").click();
    }
}
