package dev.calls.jitsi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** RSA keys generated once per test run, and their PEM forms. */
final class TestKeys {
    static final KeyPair RSA = generate(2048);
    static final KeyPair OTHER_RSA = generate(2048);
    static final String PKCS8_PEM = pem("PRIVATE KEY", RSA.getPrivate());
    /** The base64 body of {@link #PKCS8_PEM}: key material that must never appear in a message. */
    static final String PKCS8_BODY = Base64.getEncoder().encodeToString(RSA.getPrivate().getEncoded());

    private TestKeys() {
    }

    static RSAPrivateKey privateKey() {
        return (RSAPrivateKey) RSA.getPrivate();
    }

    static RSAPublicKey publicKey() {
        return (RSAPublicKey) RSA.getPublic();
    }

    static KeyPair generate(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair ec() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PEM with 64-character lines, as openssl writes it. */
    static String pem(String type, Key key) {
        return pem(type, key.getEncoded());
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
