package dev.calls.examples.servlet;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** A salted PBKDF2 password hash. Never printed. */
public final class PasswordHash {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Enough for a demo on a laptop; a production host follows its own policy. */
    public static final int DEFAULT_ITERATIONS = 20_000;

    private final byte[] salt;
    private final byte[] hash;
    private final int iterations;

    private PasswordHash(byte[] salt, byte[] hash, int iterations) {
        this.salt = salt;
        this.hash = hash;
        this.iterations = iterations;
    }

    public static PasswordHash of(String password) {
        return of(password, DEFAULT_ITERATIONS);
    }

    public static PasswordHash of(String password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(salt, derive(password, salt, iterations), iterations);
    }

    public boolean matches(String password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
