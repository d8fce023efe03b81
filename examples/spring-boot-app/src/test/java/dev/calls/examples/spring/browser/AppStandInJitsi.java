package dev.calls.examples.spring.browser;

import dev.calls.JoinInfo;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.MeetingProvider;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A media deployment at the test server itself for the React example: join information like a token deployment's
 * (a token per user and room) whose {@code scriptUrl} is the stand-in {@code external_api.js} under
 * {@code /app/test-jitsi/} (the servlet example's stand-in script, served there by the test): the React app signs in
 * with bearer tokens only, so the script must load without a session, beside the app. The origin is set once the server's port is known.
 */
final class AppStandInJitsi implements MeetingProvider {
    static final String SCRIPT = "/app/test-jitsi/external_api.js";

    final AtomicReference<String> origin = new AtomicReference<>("http://127.0.0.1");

    /** The token the stand-in hands {@code user} for {@code room}: the test compares it with what the browser used. */
    static String token(String userId, String room) {
        return "stand-in-token." + userId + "." + room;
    }

    @Override
    public String id() {
        return "stand-in";
    }

    @Override
    public JoinInfo join(JoinRequest request) {
        String userId = request.user().ref().userId();
        String token = token(userId, request.room());
        String o = origin.get();
        return new JoinInfo(id(), o.substring(o.indexOf("://") + 3), request.room(), roomUrl(request.room()) + "?jwt=" + token,
                token, "stand-in-app", request.now().plus(Duration.ofHours(1)), o + SCRIPT);
    }

    @Override
    public String roomUrl(String room) {
        return origin.get() + "/app/test-jitsi/" + room;
    }
}
