package dev.calls;

/** The store itself is broken or unreachable; nothing was changed. */
public class StorageException extends CallsException {
    public StorageException(String message, Throwable cause) {
        super(ErrorCode.STORAGE_UNAVAILABLE, message, cause);
    }
}
