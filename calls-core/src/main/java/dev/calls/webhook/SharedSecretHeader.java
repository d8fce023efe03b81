package dev.calls.webhook;

import dev.calls.CallsException;
import dev.calls.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A header value both sides share (such as {@code Authorization: Bearer …}), compared in constant time:
 * both sides are hashed first, so neither the content nor the length of the expected value leaks through
 * timing. Never printed.
 */
final class SharedSecretHeader {
    private final String name;
    private final byte[] expectedDigest;

    SharedSecretHeader(String name, String expectedValue) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the authentication header name is required");
        }
        if (expectedValue == null || expectedValue.length() < 16) {
            throw new IllegalArgumentException("the shared header value must be at least 16 characters");
        }
        this.name = name;
        this.expectedDigest = sha256(expectedValue);
    }

    String name() {
        return name;
    }

    /** @throws CallsException {@code unauthenticated} if the value is absent or different */
    void verify(String actualValue) {
        if (actualValue == null || !MessageDigest.isEqual(expectedDigest, sha256(actualValue))) {
            throw new CallsException(ErrorCode.UNAUTHENTICATED, "the " + name + " header is missing or wrong");
        }
    }

    static byte[] sha256(String value) {
        return sha256(value.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return name + ": ***";
    }
}
