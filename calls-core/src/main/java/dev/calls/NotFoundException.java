package dev.calls;

/** The thing does not exist, or the acting user may not see it: ids leak nothing. */
public class NotFoundException extends CallsException {
    public NotFoundException(String message) {
        super(ErrorCode.NOT_FOUND, message);
    }
}
