package dev.calls.jitsi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemKeysTest {
    @TempDir
    Path dir;

    @Test
    void parsePkcs8PemThenTheSameRsaKey() {
        RSAPrivateKey key = PemKeys.parsePrivateKey(TestKeys.PKCS8_PEM);

        assertThat(key.getEncoded()).isEqualTo(TestKeys.privateKey().getEncoded());
    }

    @Test
    void parsePkcs8WithCrlfAndSurroundingTextThenAccepted() {
        String pem = "Key for JaaS\r\n" + TestKeys.PKCS8_PEM.replace("\n", "\r\n").strip();

        assertThat(PemKeys.parsePrivateKey(pem).getModulus()).isEqualTo(TestKeys.privateKey().getModulus());
    }

    @Test
    void readPrivateKeyFromFileThenTheSameKey() {
        Path file = TestKeys.write(dir, "jaas.pem", TestKeys.PKCS8_PEM);

        assertThat(PemKeys.readPrivateKey(file).getEncoded()).isEqualTo(TestKeys.privateKey().getEncoded());
    }

    @Test
    void readMissingFileThenErrorNamesFile() {
        assertThatThrownBy(() -> PemKeys.readPrivateKey(dir.resolve("nope.pem")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not found")
                .hasMessageContaining("nope.pem");
    }

    @Test
    void parsePkcs1ThenErrorSaysHowToConvertWithoutEchoingKey() {
        byte[] pkcs8 = TestKeys.privateKey().getEncoded();
        assertThat(pkcs8[22]).isEqualTo((byte) 0x04); // the OCTET STRING holding the PKCS#1 key
        byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
        String pem = TestKeys.pem("RSA PRIVATE KEY", pkcs1);

        assertThatThrownBy(() -> PemKeys.parsePrivateKey(pem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PKCS#1").hasMessageContaining("openssl pkcs8 -topk8 -nocrypt")
                .hasMessageNotContaining(Base64.getEncoder().encodeToString(pkcs1).substring(0, 24))
                .hasMessageNotContaining(pem.substring(32, 60));
    }

    @Test
    void parseEncryptedPkcs8ThenErrorAsksForUnencrypted() {
        String pem = TestKeys.pem("ENCRYPTED PRIVATE KEY", TestKeys.privateKey().getEncoded());

        assertThatThrownBy(() -> PemKeys.parsePrivateKey(pem)).hasMessageContaining("encrypted")
                .hasMessageContaining("-nocrypt").hasMessageNotContaining(TestKeys.PKCS8_BODY.substring(0, 24));
    }

    @Test
    void parseGarbageThenErrorWithoutEchoingIt() {
        String garbage = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ-not-pem";

        assertThatThrownBy(() -> PemKeys.parsePrivateKey(garbage)).hasMessageContaining("not PEM")
                .hasMessageNotContaining("MIIEvQIBADAN");
        assertThatThrownBy(() -> PemKeys.parsePrivateKey("")).hasMessageContaining("empty");
    }

    @Test
    void parseBadBase64BodyThenErrorWithoutEchoingIt() {
        String pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQ%%%secretish%%%\n-----END PRIVATE KEY-----\n";

        assertThatThrownBy(() -> PemKeys.parsePrivateKey(pem)).hasMessageContaining("not valid base64")
                .hasMessageNotContaining("secretish");
    }

    @Test
    void parseBase64ThatIsNoKeyThenError() {
        String pem = TestKeys.pem("PRIVATE KEY", "definitely not DER".getBytes());

        assertThatThrownBy(() -> PemKeys.parsePrivateKey(pem)).hasMessageContaining("not a valid PKCS#8");
    }

    @Test
    void parseEcKeyThenErrorSaysRsaNeeded() {
        String pem = TestKeys.pem("PRIVATE KEY", TestKeys.ec().getPrivate());

        assertThatThrownBy(() -> PemKeys.parsePrivateKey(pem)).hasMessageContaining("EC key")
                .hasMessageContaining("RSA");
    }

    @Test
    void parseShortRsaKeyThenErrorAsksFor2048Bits() {
        String pem = TestKeys.pem("PRIVATE KEY", TestKeys.generate(1024).getPrivate());

        assertThatThrownBy(() -> PemKeys.parsePrivateKey(pem)).hasMessageContaining("1024 bits")
                .hasMessageContaining("at least 2048");
    }

    @Test
    void parsePublicKeyThenErrorAsksForPrivateKey() {
        String pem = TestKeys.pem("PUBLIC KEY", TestKeys.publicKey());

        assertThatThrownBy(() -> PemKeys.parsePrivateKey(pem)).hasMessageContaining("needs the private key");
    }
}
