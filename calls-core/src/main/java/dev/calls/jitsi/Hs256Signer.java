package dev.calls.jitsi;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HS256 from a prototype {@link Mac} keyed once and cloned per token: a lookup and key set-up per token
 * (what java-jwt's HMAC algorithm does) cost about as much as hashing a whole token. The prototype is
 * never used after construction, only cloned, so sharing it between threads is safe.
 */
final class Hs256Signer implements JwtSigner {
    private static final String MAC = "HmacSHA256";
    private final SecretKeySpec key;
    private final Mac prototype;
    private final boolean cloneable;

    Hs256Signer(byte[] secret) {
        this.key = new SecretKeySpec(secret, MAC);
        this.prototype = newMac();
        // absorbing nothing is a no-op for the MAC value, but lets providers hash the inner key pad once here
        prototype.update(new byte[0]);
        this.cloneable = canClone(prototype);
    }

    @Override
    public String alg() {
        return "HS256";
    }

    @Override
    public byte[] sign(byte[] header, byte[] payload) {
        Mac mac = cloneable ? copy() : newMac();
        mac.update(header);
        mac.update((byte) '.');
        return mac.doFinal(payload);
    }

    private Mac copy() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return newMac();
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }

    private static boolean canClone(Mac mac) {
        try {
            mac.clone();
            return true;
        } catch (CloneNotSupportedException e) {
            return false;
        }
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "HS256";
    }
}
