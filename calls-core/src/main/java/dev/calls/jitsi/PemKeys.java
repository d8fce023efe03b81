package dev.calls.jitsi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Reads the RSA private keys that sign RS256 join tokens (JaaS, or self-hosted Jitsi with ASAP). Only
 * unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}) is accepted, which is what the JaaS console
 * hands out. Error messages say what is wrong and how to fix it, and never contain key material.
 */
public final class PemKeys {
    /** Shortest RSA modulus accepted; shorter keys are breakable and JaaS refuses them. */
    public static final int MIN_RSA_BITS = 2048;
    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PemKeys() {
    }

    /**
     * The RSA private key in a PKCS#8 PEM file.
     *
     * @throws IllegalArgumentException when the file is missing, unreadable, or not an unencrypted PKCS#8 RSA key
     */
    public static RSAPrivateKey readPrivateKey(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("private key file not found: " + file);
        } catch (IOException | RuntimeException e) {
            // MalformedInputException and friends: report the file and the kind of failure, never the content
            throw new IllegalArgumentException("private key file cannot be read as PEM text: " + file
                    + " (" + e.getClass().getSimpleName() + ")");
        }
        return parsePrivateKey(text);
    }

    /**
     * The RSA private key in PKCS#8 PEM text.
     *
     * @throws IllegalArgumentException when the text is not an unencrypted PKCS#8 RSA private key
     */
    public static RSAPrivateKey parsePrivateKey(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("private key is empty");
        }
        rejectOtherFormats(pem);
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("private key is not PEM: expected " + BEGIN + " … " + END);
        }
        byte[] der;
        try {
            // strict decoder: the MIME one would silently skip stray characters
            der = Base64.getDecoder().decode(WHITESPACE.matcher(pem.substring(begin + BEGIN.length(), end))
                    .replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("private key PEM body is not valid base64");
        }
        PrivateKey key = decode(der);
        if (!(key instanceof RSAPrivateKey rsa)) {
            throw new IllegalArgumentException("private key is a " + key.getAlgorithm()
                    + " key; RS256 needs an RSA key");
        }
        if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new IllegalArgumentException("private key is RSA " + rsa.getModulus().bitLength()
                    + " bits; at least " + MIN_RSA_BITS + " bits are required");
        }
        return rsa;
    }

    private static void rejectOtherFormats(String pem) {
        if (pem.contains("-----BEGIN RSA PRIVATE KEY-----")) {
            throw new IllegalArgumentException("private key is PKCS#1 (BEGIN RSA PRIVATE KEY); convert it to PKCS#8"
                    + " with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
        }
        if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
            throw new IllegalArgumentException("private key is encrypted; store it unencrypted (protect the file"
                    + " instead): openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
        }
        if (pem.contains("-----BEGIN OPENSSH PRIVATE KEY-----")) {
            throw new IllegalArgumentException("private key is in OpenSSH format; convert it to PKCS#8 PEM with:"
                    + " ssh-keygen -p -m PKCS8 -f key");
        }
        if (pem.contains("-----BEGIN PUBLIC KEY-----") || pem.contains("-----BEGIN CERTIFICATE-----")) {
            throw new IllegalArgumentException("a public key or certificate was given; signing needs the private key");
        }
    }

    private static PrivateKey decode(byte[] der) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException | RuntimeException e) {
                // try the next algorithm; the JDK's messages are not passed on
            }
        }
        throw new IllegalArgumentException("private key is not a valid PKCS#8 RSA private key");
    }
}
