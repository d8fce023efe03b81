package dev.calls;

import java.util.UUID;

/** Someone else changed the call at the same moment, more often than the engine retries. */
public class VersionConflictException extends CallsException {
    public VersionConflictException(UUID callId) {
        super(ErrorCode.CONCURRENT_MODIFICATION, "call " + callId + " was changed concurrently; try again");
    }
}
