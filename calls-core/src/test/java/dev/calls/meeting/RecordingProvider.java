package dev.calls.meeting;

import dev.calls.JoinInfo;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.MeetingProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A token-minting deployment as the SPI describes one: tokens live one hour, never past the request's
 * {@code notAfter}. Records every request, so tests can see what the engine asked for.
 */
final class RecordingProvider implements MeetingProvider {
    static final Duration TTL = Duration.ofHours(1);

    final List<JoinRequest> requests = new CopyOnWriteArrayList<>();
    private final boolean lobby;

    RecordingProvider(boolean lobby) {
        this.lobby = lobby;
    }

    @Override
    public String id() {
        return "recording";
    }

    @Override
    public JoinInfo join(JoinRequest request) {
        requests.add(request);
        Instant exp = request.now().plus(TTL);
        if (request.notAfter() != null && request.notAfter().isBefore(exp)) {
            exp = request.notAfter();
        }
        String jwt = "jwt." + request.user().userId() + "." + (request.moderator() ? "moderator" : "guest");
        return new JoinInfo(id(), "meet.example.test", request.room(), roomUrl(request.room()) + "?jwt=" + jwt, jwt,
                "app", exp, "https://meet.example.test/external_api.js");
    }

    @Override
    public String roomUrl(String room) {
        return "https://meet.example.test/" + room;
    }

    @Override
    public boolean supportsLobby() {
        return lobby;
    }
}
