package dev.calls.internal;

import dev.calls.spi.MeetingProvider;
import java.util.Optional;

/** The one start-up warning for engines on meet.jit.si, which is for trying things out, not for production. */
public final class MediaWarning {
    static final String PROBE_ROOM = "calls-start-up-check";

    private MediaWarning() {
    }

    /** The warning for an engine whose every tenant meets on {@code provider}; empty unless that is meet.jit.si. */
    public static Optional<String> about(MeetingProvider provider) {
        String url;
        try {
            url = provider.roomUrl(PROBE_ROOM);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (url == null || !url.startsWith("https://meet.jit.si/")) {
            return Optional.empty();
        }
        return Optional.of("Calls is using meet.jit.si for media. It is for trying things out: it ends meetings "
                + "embedded in other sites after five minutes and asks the first participant to sign in, so browsers "
                + "open each call in a window of its own. For production set calls.jitsi.provider=jaas with "
                + "calls.jitsi.app-id, calls.jitsi.key-id and calls.jitsi.private-key (8x8 Jitsi as a Service), or "
                + "calls.jitsi.provider=self-hosted with calls.jitsi.domain, calls.jitsi.app-id and "
                + "calls.jitsi.app-secret (your own Jitsi).");
    }
}
