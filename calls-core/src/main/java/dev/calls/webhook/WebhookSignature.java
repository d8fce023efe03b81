package dev.calls.webhook;

import dev.calls.CallsException;
import dev.calls.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature scheme of JaaS webhooks, which this library also uses for what it sends (push messages):
 * a header {@code t=<unix seconds>,v1=<base64>} where {@code v1 = base64(HMAC-SHA256(secret, t + "." + body))}
 * over the raw body bytes. The header is split on {@code ,} and each part on its first {@code =}; there may
 * be several {@code v1} (during a secret rotation), other schemes are ignored. Thread-safe.
 */
public final class WebhookSignature {
    private final byte[] secret;
    private final Duration tolerance;

    /**
     * @param secret the shared signing secret (its UTF-8 bytes are the HMAC key); never logged
     * @param tolerance how far {@code t} may be from now, either way, before a delivery counts as a replay
     */
    public WebhookSignature(String secret, Duration tolerance) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret is required");
        }
        if (tolerance == null || tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("the signature tolerance must be positive");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = tolerance;
    }

    /** The header value signing {@code body} at {@code now}: {@code t=…,v1=…}. */
    public String header(byte[] body, Instant now) {
        long t = now.getEpochSecond();
        return "t=" + t + ",v1=" + Base64.getEncoder().encodeToString(mac(t, body));
    }

    /**
     * Checks a delivery.
     *
     * @throws CallsException {@code unauthenticated}: no or malformed header, no matching {@code v1}, or a
     *     {@code t} outside the tolerance (a replay or a badly wrong clock)
     */
    public void verify(byte[] body, String header, Instant now) {
        if (header == null || header.isBlank()) {
            throw refused("the signature header is missing");
        }
        Long t = null;
        List<String> candidates = new ArrayList<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String scheme = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (scheme.equals("t")) {
                t = parseSeconds(value);
            } else if (scheme.equals("v1")) {
                candidates.add(value);
            }
        }
        if (t == null || candidates.isEmpty()) {
            throw refused("the signature header needs t and v1");
        }
        byte[] expected = mac(t, body);
        boolean match = false;
        for (String candidate : candidates) {
            // every candidate is compared, so the time taken does not tell which one matched
            match |= MessageDigest.isEqual(expected, decode(candidate));
        }
        if (!match) {
            throw refused("the signature does not match");
        }
        long skew = Math.abs(now.getEpochSecond() - t);
        if (skew > tolerance.toSeconds()) {
            throw refused("the signature timestamp is outside the allowed window");
        }
    }

    private byte[] mac(long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static Long parseSeconds(String value) {
        if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(Character::isDigit)) {
            throw refused("the signature timestamp is not a number of seconds");
        }
        return Long.parseLong(value);
    }

    private static byte[] decode(String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static CallsException refused(String message) {
        return new CallsException(ErrorCode.UNAUTHENTICATED, message);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "WebhookSignature[hmac-sha256, tolerance=" + tolerance + "]";
    }
}
