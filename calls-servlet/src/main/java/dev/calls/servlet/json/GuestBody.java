package dev.calls.servlet.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.calls.guest.GuestPass;
import java.time.Instant;

/**
 * A guest pass as its hosts see it. {@code url} (the guest's personal link, holding the signed pass) is in the
 * answer that created the pass only: the pass itself is never stored.
 */
public record GuestBody(String id, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String email,
        @JsonInclude(JsonInclude.Include.NON_NULL) String url, String state, boolean waitingRoom,
        boolean nameEditable, Instant createdAt, Instant expiresAt, Instant knockedAt, Instant decidedAt,
        String target, String targetId) {

    public static GuestBody of(GuestPass p, String url) {
        return new GuestBody(p.id().toString(), p.name(), p.email(), url, p.state().wire(), p.waitingRoom(),
                p.nameEditable(), p.createdAt(), p.expiresAt(), p.knockedAt(), p.decidedAt(), p.target().kind().wire(),
                p.target().id().toString());
    }

    /** Never prints the link: it is a credential. */
    @Override
    public String toString() {
        return "GuestBody[id=" + id + ", state=" + state + "]";
    }
}
