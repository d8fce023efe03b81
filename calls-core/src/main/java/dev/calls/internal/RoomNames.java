package dev.calls.internal;

import java.security.SecureRandom;

/**
 * Unguessable room names: 130 bits from {@link SecureRandom} in lower-case base32, after an optional
 * prefix. Only {@code [a-z0-9-]}, so the URL, the token's room claim and webhook names are identical.
 */
public final class RoomNames {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RoomNames() {
    }

    public static String generate(String prefix) {
        byte[] bytes = new byte[17];
        RANDOM.nextBytes(bytes);
        StringBuilder sb = new StringBuilder(prefix.length() + 27);
        if (!prefix.isEmpty()) {
            sb.append(prefix);
            if (!prefix.endsWith("-")) {
                sb.append('-');
            }
        }
        // 26 characters of 5 bits each = 130 random bits
        long buffer = 0;
        int bits = 0;
        int written = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5 && written < 26) {
                sb.append(ALPHABET[(int) (buffer >>> (bits - 5)) & 31]);
                bits -= 5;
                written++;
            }
        }
        return sb.toString();
    }
}
