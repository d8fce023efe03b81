package dev.calls.bench;

import dev.calls.MediaType;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.jitsi.JaasProvider;
import dev.calls.jitsi.SelfHostedJitsi;
import dev.calls.spi.JoinRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Join-token minting through the real providers ({@code join()}: claims, JSON, base64url, signature and the
 * join information), beside the bare JCA primitive each one ends in, fed a signing input of the same length
 * as the provider's own ({@code base64url(header) + "." + base64url(payload)}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenBench {
    private static final String SECRET = "bench-secret-0123456789-abcdefghijklmnop";
    private static final String APP_ID = "vpaas-magic-cookie-5703ae038cf44020aaf85831e835d5f6";

    private SelfHostedJitsi hs256;
    private SelfHostedJitsi rs256;
    private JaasProvider jaas;
    private JoinRequest request;
    private Mac mac;
    private Signature rsa;
    private byte[] hsInput;
    private byte[] rsInput;

    @Setup
    public void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateKey key = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        hs256 = SelfHostedJitsi.builder().domain("meet.example.com").appId("calls-app").appSecret(SECRET).build();
        rs256 = SelfHostedJitsi.builder().domain("meet.example.com").appId("calls-app")
                .privateKey(key, "calls/key-1").build();
        jaas = JaasProvider.builder().appId(APP_ID).keyId("4b446c").privateKey(key).build();
        UserProfile alice = new UserProfile(UserRef.of("acme", "alice"), "Alice Example", "alice@example.com",
                "https://example.com/avatars/alice.png");
        UserProfile bob = new UserProfile(UserRef.of("acme", "bob"), "Bob Builder", "bob@example.com", null);
        request = new JoinRequest("calls-k3q7x2m9p4w8r6t5y1u0v2b3n4", alice, true, bob, MediaType.VIDEO,
                Instant.parse("2025-03-01T10:00:00Z"), null);

        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        hsInput = signingInput(hs256.join(request).jwt());
        rsInput = signingInput(rs256.join(request).jwt());
    }

    private static byte[] signingInput(String jwt) {
        return jwt.substring(0, jwt.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
    }

    @Benchmark
    public String mintHs256() {
        return hs256.join(request).jwt();
    }

    @Benchmark
    public byte[] rawHmacSha256() {
        return mac.doFinal(hsInput);
    }

    @Benchmark
    public String mintRs256() {
        return rs256.join(request).jwt();
    }

    @Benchmark
    public String mintJaasRs256() {
        return jaas.join(request).jwt();
    }

    @Benchmark
    public byte[] rawSha256WithRsa() throws Exception {
        rsa.update(rsInput);
        return rsa.sign();
    }
}
