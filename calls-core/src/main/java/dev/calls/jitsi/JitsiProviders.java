package dev.calls.jitsi;

import dev.calls.spi.MeetingProvider;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link MeetingProvider} described by the {@code calls.jitsi.*} configuration keys, for hosts
 * that read settings from properties or environment variables. Framework-free. Every impossible or
 * contradicting setting fails with an {@link IllegalArgumentException} whose message starts with the
 * property's name; secret values never appear in it.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><td>{@code calls.jitsi.provider}</td><td>{@code public} (default), {@code self-hosted} or {@code jaas}</td></tr>
 * <tr><td>{@code calls.jitsi.domain}</td><td>host; default {@code meet.jit.si} (public), {@code 8x8.vc} (jaas)</td></tr>
 * <tr><td>{@code calls.jitsi.app-id}</td><td>token {@code iss} (self-hosted) or the JaaS AppID</td></tr>
 * <tr><td>{@code calls.jitsi.app-secret}</td><td>HS256 secret, at least 32 bytes (self-hosted)</td></tr>
 * <tr><td>{@code calls.jitsi.private-key}</td><td>PKCS#8 PEM file path, or the PEM text itself (RS256)</td></tr>
 * <tr><td>{@code calls.jitsi.key-id}</td><td>the {@code kid}; for JaaS bare or {@code <AppID>/<key id>}</td></tr>
 * <tr><td>{@code calls.jitsi.token-ttl}</td><td>token lifetime, {@code 1h} by default ({@code 30m}, {@code PT1H})</td></tr>
 * <tr><td>{@code calls.jitsi.tenant}</td><td>self-hosted tenant path ({@code https://domain/TENANT/room})</td></tr>
 * <tr><td>{@code calls.jitsi.subject}</td><td>self-hosted {@code sub}; default the tenant, else the domain</td></tr>
 * <tr><td>{@code calls.jitsi.audience}</td><td>self-hosted {@code aud}; default {@code jitsi}</td></tr>
 * <tr><td>{@code calls.jitsi.features.NAME}</td><td>JaaS {@code context.features}: {@code true}/{@code false}</td></tr>
 * </table>
 */
public final class JitsiProviders {
    static final String PREFIX = "calls.jitsi.";
    static final String PROVIDER = PREFIX + "provider";
    static final String DOMAIN = PREFIX + "domain";
    static final String APP_ID = PREFIX + "app-id";
    static final String APP_SECRET = PREFIX + "app-secret";
    static final String PRIVATE_KEY = PREFIX + "private-key";
    static final String KEY_ID = PREFIX + "key-id";
    static final String TOKEN_TTL = PREFIX + "token-ttl";
    static final String TENANT = PREFIX + "tenant";
    static final String SUBJECT = PREFIX + "subject";
    static final String AUDIENCE = PREFIX + "audience";
    static final String FEATURES = PREFIX + "features.";
    private static final Set<String> KNOWN = Set.of(PROVIDER, DOMAIN, APP_ID, APP_SECRET, PRIVATE_KEY, KEY_ID,
            TOKEN_TTL, TENANT, SUBJECT, AUDIENCE);

    private JitsiProviders() {
    }

    /**
     * The provider the {@code calls.jitsi.*} entries of {@code properties} describe; other keys are ignored
     * and blank values count as unset.
     *
     * @throws IllegalArgumentException naming the property when a setting is missing, malformed or contradicts another
     */
    public static MeetingProvider fromProperties(Map<String, String> properties) {
        Settings s = new Settings(properties);
        s.rejectUnknown(KNOWN);
        String provider = s.get(PROVIDER);
        String kind = provider == null ? PublicJitsi.ID : provider.toLowerCase(Locale.ROOT);
        Duration ttl = ttl(s.get(TOKEN_TTL));
        return switch (kind) {
            case PublicJitsi.ID -> publicJitsi(s);
            case SelfHostedJitsi.ID -> selfHosted(s, ttl);
            case JaasProvider.ID -> jaas(s, ttl);
            default -> throw new IllegalArgumentException(PROVIDER + " must be public, self-hosted or jaas, was '"
                    + provider + "'");
        };
    }

    private static MeetingProvider publicJitsi(Settings s) {
        s.rejectAll(PROVIDER + " is public, which uses no tokens; set it to self-hosted or jaas", APP_ID, APP_SECRET,
                PRIVATE_KEY, KEY_ID, TENANT, SUBJECT, AUDIENCE);
        s.rejectFeatures("public");
        String domain = s.get(DOMAIN);
        return Settings.apply(DOMAIN, () -> new PublicJitsi(domain == null ? PublicJitsi.MEET_JIT_SI : domain));
    }

    private static MeetingProvider selfHosted(Settings s, Duration ttl) {
        s.rejectFeatures("self-hosted");
        SelfHostedJitsi.Builder b = SelfHostedJitsi.builder().tokenTtl(ttl);
        Settings.apply(DOMAIN, () -> b.domain(s.require(DOMAIN, "your Jitsi host name, such as meet.example.com")));
        Settings.apply(APP_ID, () -> b.appId(s.require(APP_ID, "the token issuer, Prosody's app_id")));
        s.ifSet(TENANT, b::tenant);
        s.ifSet(SUBJECT, b::subject);
        s.ifSet(AUDIENCE, b::audience);
        String secret = s.get(APP_SECRET);
        String key = s.get(PRIVATE_KEY);
        if (secret != null && key != null) {
            throw new IllegalArgumentException(APP_SECRET + " and " + PRIVATE_KEY + " are both set; give "
                    + APP_SECRET + " for HS256 or " + PRIVATE_KEY + " with " + KEY_ID + " for RS256");
        }
        if (secret != null) {
            s.rejectAll("it goes only with " + PRIVATE_KEY + " (RS256) and " + APP_SECRET + " (HS256) is set", KEY_ID);
            Settings.apply(APP_SECRET, () -> b.appSecret(secret));
        } else if (key != null) {
            String kid = s.require(KEY_ID, "with " + PRIVATE_KEY + ": the kid the ASAP key server knows the key by");
            RSAPrivateKey rsa = privateKey(key);
            Settings.apply(KEY_ID, () -> b.privateKey(rsa, kid));
        } else {
            throw new IllegalArgumentException(APP_SECRET + " (HS256) or " + PRIVATE_KEY + " with " + KEY_ID
                    + " (RS256) is required for self-hosted");
        }
        return b.build();
    }

    private static MeetingProvider jaas(Settings s, Duration ttl) {
        s.rejectAll("JaaS fixes this claim; remove it for jaas", TENANT, SUBJECT, AUDIENCE);
        s.rejectAll("jaas uses no app secret: it signs RS256 with " + PRIVATE_KEY, APP_SECRET);
        JaasProvider.Builder b = JaasProvider.builder().tokenTtl(ttl);
        String domain = s.get(DOMAIN);
        if (domain != null) {
            String host = Settings.apply(DOMAIN, () -> Hosts.require(domain, DOMAIN));
            if (!host.equals(JaasProvider.DEFAULT_DOMAIN) && !host.endsWith("." + JaasProvider.DEFAULT_DOMAIN)) {
                throw new IllegalArgumentException(DOMAIN + " must be " + JaasProvider.DEFAULT_DOMAIN
                        + " for jaas, was '" + domain + "'");
            }
            b.domain(host);
        }
        Settings.apply(APP_ID, () -> b.appId(s.require(APP_ID, "the JaaS AppID (vpaas-magic-cookie-…)")));
        RSAPrivateKey rsa = privateKey(s.require(PRIVATE_KEY, "for jaas: the PKCS#8 PEM file of the JaaS API key"));
        b.privateKey(rsa);
        Settings.apply(KEY_ID, () -> b.keyId(s.require(KEY_ID, "for jaas: the JaaS API key id")));
        s.features().forEach((name, value) -> Settings.apply(FEATURES + name, () -> b.feature(name, bool(value))));
        return Settings.apply(KEY_ID, b::build);
    }

    private static Duration ttl(String value) {
        if (value == null) {
            return SelfHostedJitsi.DEFAULT_TTL;
        }
        Duration ttl = Durations.parse(value, TOKEN_TTL);
        return TokenWindow.requireTtl(ttl, TOKEN_TTL);
    }

    /**
     * Inline PEM text (environment variables often carry {@code \n} escapes) or a file path. A value that is
     * no file may be a misplaced secret, so it is echoed only when it ends like a key file name.
     */
    private static RSAPrivateKey privateKey(String value) {
        return Settings.apply(PRIVATE_KEY, () -> {
            if (value.contains("-----BEGIN")) {
                return PemKeys.parsePrivateKey(value.replace("\\n", "\n"));
            }
            Path path;
            try {
                path = Path.of(value);
            } catch (InvalidPathException e) {
                path = null;
            }
            if (path == null || !Files.isRegularFile(path)) {
                String lower = value.toLowerCase(Locale.ROOT);
                boolean fileName = lower.endsWith(".pem") || lower.endsWith(".key") || lower.endsWith(".p8");
                throw new IllegalArgumentException(fileName ? "no such file: " + value
                        : "is neither PEM text (-----BEGIN PRIVATE KEY-----) nor the path of an existing file");
            }
            return PemKeys.readPrivateKey(path);
        });
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false, was '" + value + "'");
        };
    }
}
