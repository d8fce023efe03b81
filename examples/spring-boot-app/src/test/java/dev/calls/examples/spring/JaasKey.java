package dev.calls.examples.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/** A JaaS API key made at test time: the private half as the PKCS#8 PEM file JaaS hands out. */
final class JaasKey {
    static final String APP_ID = "vpaas-magic-cookie-0123456789abcdef0123456789abcdef";
    static final String KEY_ID = "4f4910";

    private final KeyPair keys;
    private final Path pem;

    private JaasKey(KeyPair keys, Path pem) {
        this.keys = keys;
        this.pem = pem;
    }

    static JaasKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Path dir = Files.createTempDirectory("jaas-key");
            Path pem = dir.resolve("jaas-private-key.pem");
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded());
            Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
            pem.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return new JaasKey(keys, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path pemFile() {
        return pem;
    }

    RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }
}
