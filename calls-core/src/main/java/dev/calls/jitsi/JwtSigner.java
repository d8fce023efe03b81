package dev.calls.jitsi;

import com.auth0.jwt.algorithms.Algorithm;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/** Signs {@code header + "." + payload} (both already base64url) for one JWS algorithm. Thread-safe. */
interface JwtSigner {

    /** The header {@code alg}. */
    String alg();

    /** The raw signature over {@code header}, a dot, and {@code payload}. */
    byte[] sign(byte[] header, byte[] payload);

    /** HMAC-SHA256 with a shared secret. */
    static JwtSigner hs256(byte[] secret) {
        return new Hs256Signer(secret);
    }

    /**
     * RSASSA-PKCS1-v1_5 with SHA-256. The RSA operation costs about a millisecond, so java-jwt's per-call
     * {@code Signature} set-up is noise and its algorithm is used as is.
     */
    static JwtSigner rs256(RSAPrivateKey key) {
        Algorithm algorithm = Algorithm.RSA256((RSAPublicKey) null, key);
        return new JwtSigner() {
            @Override
            public String alg() {
                return "RS256";
            }

            @Override
            public byte[] sign(byte[] header, byte[] payload) {
                return algorithm.sign(header, payload);
            }

            @Override
            public String toString() {
                return "RS256";
            }
        };
    }
}
