package dev.calls.guest;

import dev.calls.Instants;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A personal pass for a guest without an account. The pass the guest holds is a signed random key that only its
 * hash ({@code keyHash}) is stored of: neither the id nor anything else here can be turned into a working pass.
 * Immutable; instants are truncated to milliseconds.
 *
 * @param id the pass's id, what hosts list and revoke it by
 * @param tenant the host's tenant
 * @param target the meeting or call it lets into
 * @param createdBy the host who created it
 * @param name the name the guest goes by (shown to hosts, written into the token), never an account id
 * @param email where an invitation may be sent, may be null
 * @param nameEditable whether the guest may change {@code name} before knocking
 * @param waitingRoom whether the guest waits until a host admits them
 * @param keyHash lowercase hex SHA-256 of the pass's random key
 * @param state where the pass stands in the waiting room
 * @param createdAt when it was created
 * @param expiresAt when it stops working (the meeting's end, or the longest a call may last)
 * @param knockedAt when the guest first knocked, may be null
 * @param decidedAt when a host (or the meeting's rule) admitted or turned the guest away, may be null
 * @param decidedBy the host who decided, null when the rule did or nobody has
 * @param version optimistic-concurrency version, starting at 0
 */
public record GuestPass(UUID id, String tenant, GuestTarget target, String createdBy, String name, String email,
        boolean nameEditable, boolean waitingRoom, String keyHash, GuestState state, Instant createdAt,
        Instant expiresAt, Instant knockedAt, Instant decidedAt, String decidedBy, long version) {

    /** Prefix of a guest's participant id in a call: no user id of the host application starts with it. */
    public static final String PARTICIPANT_PREFIX = "guest:";

    public GuestPass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(state, "state");
        createdAt = Instants.millis(Objects.requireNonNull(createdAt, "createdAt"));
        expiresAt = Instants.millis(Objects.requireNonNull(expiresAt, "expiresAt"));
        knockedAt = Instants.millis(knockedAt);
        decidedAt = Instants.millis(decidedAt);
    }

    /** The guest's participant id in a call's record and in tokens: {@code guest:} and the pass id. */
    public String participantId() {
        return PARTICIPANT_PREFIX + id;
    }

    /** Whether {@code participantId} names a guest rather than a user of the host application. */
    public static boolean isGuest(String participantId) {
        return participantId != null && participantId.startsWith(PARTICIPANT_PREFIX);
    }

    /** The guest knocked at {@code at}, under {@code newName}; next version. */
    public GuestPass knocked(String newName, Instant at) {
        return new GuestPass(id, tenant, target, createdBy, newName, email, nameEditable, waitingRoom, keyHash,
                GuestState.WAITING, createdAt, expiresAt, knockedAt == null ? at : knockedAt, decidedAt, decidedBy,
                version + 1);
    }

    /** Admitted or turned away at {@code at} by {@code host} (null for the meeting's rule); next version. */
    public GuestPass decided(GuestState decision, String host, Instant at) {
        return new GuestPass(id, tenant, target, createdBy, name, email, nameEditable, waitingRoom, keyHash, decision,
                createdAt, expiresAt, knockedAt == null ? at : knockedAt, at, host, version + 1);
    }
}
