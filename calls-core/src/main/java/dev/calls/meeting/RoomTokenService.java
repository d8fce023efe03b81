package dev.calls.meeting;

import dev.calls.ErrorCode;
import dev.calls.JoinInfo;
import dev.calls.MediaType;
import dev.calls.RefusedException;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.RoomAccessPolicy;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Tokens for rooms the host application names itself (not calls or meetings of this library), each one
 * allowed by the host's {@link RoomAccessPolicy}, which denies everything unless the host says otherwise.
 * Room names of this library's calls and meetings (those starting with the configured room prefix, or in
 * use by a call) are refused, so this is never a way into someone else's call. Reach it through
 * {@link dev.calls.Calls#roomTokens()}. Thread-safe.
 */
public interface RoomTokenService {
    /**
     * A fresh token for {@code user} in the requested room, as moderator or guest as the policy decides.
     *
     * @throws RefusedException {@code invalid_request} (room name), {@code not_permitted} (the policy denies,
     *     or the name belongs to this library's calls and meetings)
     */
    RoomToken generate(UserRef user, RoomTokenRequest request);
}
