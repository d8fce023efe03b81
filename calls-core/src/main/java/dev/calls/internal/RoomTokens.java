package dev.calls.internal;

import dev.calls.InputLimits;
import dev.calls.ErrorCode;
import dev.calls.meeting.RoomToken;
import dev.calls.meeting.RoomTokenRequest;
import dev.calls.meeting.RoomTokenService;
import dev.calls.JoinInfo;
import dev.calls.MediaType;
import dev.calls.RefusedException;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.RoomAccessPolicy;
import java.util.Objects;
import java.util.regex.Pattern;

/** The engine's {@link RoomTokenService}. */
final class RoomTokens implements RoomTokenService {
    private static final Pattern ROOM = Pattern.compile("[a-z0-9-]{" + InputLimits.MIN_ROOM_NAME_LENGTH + "," + InputLimits.MAX_ROOM_NAME_LENGTH
            + "}");

    private final Components c;
    private final RoomAccessPolicy policy;

    RoomTokens(Components components, RoomAccessPolicy policy) {
        this.c = Objects.requireNonNull(components, "components");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public RoomToken generate(UserRef user, RoomTokenRequest request) {
        Objects.requireNonNull(user, "user");
        String room = request == null ? null : request.roomName();
        if (room == null || !ROOM.matcher(room).matches()) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST,
                    "roomName must be 3 to 64 characters of a-z, 0-9 and -");
        }
        if (isReserved(room)) {
            throw new RefusedException(ErrorCode.NOT_PERMITTED, "this room name is reserved for calls and meetings");
        }
        UserProfile profile = c.users().find(user.tenant(), user.userId())
                .filter(p -> p.tenant().equals(user.tenant()))
                .orElse(new UserProfile(user, null, null, null));
        RoomAccessPolicy.Access access = policy.access(profile, room);
        if (access == null || access == RoomAccessPolicy.Access.DENIED) {
            throw new RefusedException(ErrorCode.NOT_PERMITTED, "you may not join this room");
        }
        boolean moderator = access == RoomAccessPolicy.Access.MODERATOR;
        MediaType type = request.type() != null ? request.type() : MediaType.VIDEO;
        JoinInfo join = c.providers().forTenant(user.tenant())
                .join(new JoinRequest(room, profile, moderator, null, type, c.clock().instant(), null));
        return new RoomToken(join.jwt(), room, join.url(), join.expiresAt(), moderator, join);
    }

    private boolean isReserved(String room) {
        String prefix = c.config().roomPrefix();
        if (!prefix.isEmpty() && room.startsWith(prefix.endsWith("-") ? prefix : prefix + "-")) {
            return true;
        }
        return c.callStore().findByRoom(room).isPresent();
    }
}
