package dev.calls.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Guest passes as text: {@code <key>.<mac>}, both base64url without padding, where the key is 144 random bits and
 * the mac an HMAC-SHA256 of the key under the server's secret. Nothing about the guest, the meeting or the room is
 * in it; stores keep only the key's SHA-256, so neither a database dump nor a guessed key makes a working pass.
 */
final class PassCodec {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 18;
    private static final int KEY_CHARS = 24;
    private static final int MAC_CHARS = 43;
    private static final byte[] CONTEXT = "calls-guest-pass-v1:".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec secret;

    PassCodec(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the guest pass secret needs at least 32 bytes");
        }
        this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** A new pass and the hash of its key, to store. */
    Issued issue() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        String k = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        return new Issued(k + "." + mac(k), hash(k));
    }

    /** The stored key hash of a well-formed, correctly signed pass, or null for anything else. */
    String verify(String pass) {
        if (pass == null || pass.length() != KEY_CHARS + 1 + MAC_CHARS || pass.charAt(KEY_CHARS) != '.') {
            return null;
        }
        String key = pass.substring(0, KEY_CHARS);
        String given = pass.substring(KEY_CHARS + 1);
        for (int i = 0; i < pass.length(); i++) {
            char ch = pass.charAt(i);
            boolean ok = ch == '.' && i == KEY_CHARS || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'
                    || ch >= '0' && ch <= '9' || ch == '-' || ch == '_';
            if (!ok) {
                return null;
            }
        }
        byte[] expected = mac(key).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        return hash(key);
    }

    private String mac(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            mac.update(CONTEXT);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(key.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** A pass to hand out and the hash of its key to store. */
    record Issued(String pass, String keyHash) {
        @Override
        public String toString() {
            return "Issued[" + keyHash + "]";
        }
    }
}
