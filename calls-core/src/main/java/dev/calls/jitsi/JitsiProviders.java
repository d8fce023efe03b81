package dev.calls.jitsi;

import dev.calls.InvalidSettingException;
import dev.calls.JoinInfo;
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
 * contradicting setting fails with an {@link InvalidSettingException} whose message starts with the
 * property's name; secret values never appear in it. Java hosts can build a typed {@link JitsiSettings} instead.
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
    static final String DISPLAY = PREFIX + "display";
    private static final Set<String> KNOWN = Set.of(PROVIDER, DISPLAY, DOMAIN, APP_ID, APP_SECRET, PRIVATE_KEY, KEY_ID,
            TOKEN_TTL, TENANT, SUBJECT, AUDIENCE);

    private JitsiProviders() {
    }

    /**
     * The provider the {@code calls.jitsi.*} entries of {@code properties} describe; other keys are ignored
     * and blank values count as unset. The thin adapter for environment variables and system properties over
     * {@link #from(JitsiSettings)}.
     *
     * @throws InvalidSettingException naming the property when a setting is missing, malformed or contradicts another
     */
    public static MeetingProvider fromProperties(Map<String, String> properties) {
        Settings s = new Settings(properties);
        s.rejectUnknown(KNOWN);
        String name = s.get(PROVIDER);
        JitsiSettings.Provider provider = name == null ? JitsiSettings.Provider.PUBLIC : JitsiSettings.Provider.of(name);
        if (provider == null) {
            throw invalid(PROVIDER, PROVIDER + " must be public, self-hosted or jaas, was '" + name + "'");
        }
        JitsiSettings.Builder b = JitsiSettings.builder().provider(provider).domain(s.get(DOMAIN))
                .appId(s.get(APP_ID)).appSecret(s.get(APP_SECRET)).privateKey(s.get(PRIVATE_KEY)).keyId(s.get(KEY_ID))
                .tenant(s.get(TENANT)).subject(s.get(SUBJECT)).audience(s.get(AUDIENCE));
        String display = s.get(DISPLAY);
        if (display != null) {
            JitsiSettings.Display d = JitsiSettings.Display.of(display);
            if (d == null) {
                throw invalid(DISPLAY, DISPLAY + " must be auto, embed or window, was '" + display + "'");
            }
            b.display(d);
        }
        String ttl = s.get(TOKEN_TTL);
        if (ttl != null) {
            b.tokenTtl(Settings.apply(TOKEN_TTL, () -> Durations.parse(ttl, TOKEN_TTL)));
        }
        s.features().forEach((feature, value) -> b.feature(feature,
                Settings.apply(FEATURES + feature, () -> bool(value))));
        return from(b.build());
    }

    /**
     * The provider these settings describe.
     *
     * @throws InvalidSettingException naming the setting ({@code jitsi.keyId}, …) when one is missing, malformed or
     *     contradicts another; the message names it as configuration files do ({@code calls.jitsi.key-id}) and
     *     never holds a secret
     */
    public static MeetingProvider from(JitsiSettings s) {
        Duration ttl = Settings.apply(TOKEN_TTL, () -> TokenWindow.requireTtl(s.tokenTtl(), TOKEN_TTL));
        MeetingProvider provider = switch (s.provider()) {
            case PUBLIC -> publicJitsi(s);
            case SELF_HOSTED -> selfHosted(s, ttl);
            case JAAS -> jaas(s, ttl);
        };
        return switch (s.display()) {
            case AUTO -> provider;
            case EMBED -> new DisplayedAs(provider, JoinInfo.EMBED);
            case WINDOW -> new DisplayedAs(provider, JoinInfo.WINDOW);
        };
    }

    /** The setting a {@code calls.jitsi.*} key stands for: {@code calls.jitsi.app-id} → {@code jitsi.appId}. */
    static String setting(String key) {
        String name = key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key;
        if (name.startsWith("features.")) {
            return "jitsi.features";
        }
        StringBuilder field = new StringBuilder("jitsi.");
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }

    static InvalidSettingException invalid(String key, String message) {
        return new InvalidSettingException(setting(key), message);
    }

    private static void rejectAll(JitsiSettings s, String why, String... keys) {
        for (String key : keys) {
            if (value(s, key) != null) {
                throw invalid(key, key + " is set, but " + why);
            }
        }
    }

    private static String require(JitsiSettings s, String key, String meaning) {
        String value = value(s, key);
        if (value == null) {
            boolean clause = meaning.startsWith("for ") || meaning.startsWith("with ");
            throw invalid(key, key + " is required" + (clause ? " " : ": ") + meaning);
        }
        return value;
    }

    private static String value(JitsiSettings s, String key) {
        return switch (key) {
            case DOMAIN -> s.domain();
            case APP_ID -> s.appId();
            case APP_SECRET -> s.appSecret();
            case PRIVATE_KEY -> s.privateKey();
            case KEY_ID -> s.keyId();
            case TENANT -> s.tenant();
            case SUBJECT -> s.subject();
            case AUDIENCE -> s.audience();
            default -> throw new IllegalStateException(key);
        };
    }

    private static void rejectFeatures(JitsiSettings s, String provider) {
        for (String name : s.features().keySet()) {
            throw invalid(FEATURES + name, FEATURES + name + " is set, but features are only sent to jaas, not "
                    + provider);
        }
    }

    private static MeetingProvider publicJitsi(JitsiSettings s) {
        rejectAll(s, PROVIDER + " is public, which uses no tokens; set it to self-hosted or jaas", APP_ID, APP_SECRET,
                PRIVATE_KEY, KEY_ID, TENANT, SUBJECT, AUDIENCE);
        rejectFeatures(s, "public");
        return Settings.apply(DOMAIN, () -> new PublicJitsi(s.domain() == null ? PublicJitsi.MEET_JIT_SI : s.domain()));
    }

    private static MeetingProvider selfHosted(JitsiSettings s, Duration ttl) {
        rejectFeatures(s, "self-hosted");
        SelfHostedJitsi.Builder b = SelfHostedJitsi.builder().tokenTtl(ttl);
        Settings.apply(DOMAIN, () -> b.domain(require(s, DOMAIN, "your Jitsi host name, such as meet.example.com")));
        Settings.apply(APP_ID, () -> b.appId(require(s, APP_ID, "the token issuer, Prosody's app_id")));
        if (s.tenant() != null) {
            Settings.apply(TENANT, () -> b.tenant(s.tenant()));
        }
        if (s.subject() != null) {
            Settings.apply(SUBJECT, () -> b.subject(s.subject()));
        }
        if (s.audience() != null) {
            Settings.apply(AUDIENCE, () -> b.audience(s.audience()));
        }
        if (s.appSecret() != null && s.privateKey() != null) {
            throw invalid(APP_SECRET, APP_SECRET + " and " + PRIVATE_KEY + " are both set; give "
                    + APP_SECRET + " for HS256 or " + PRIVATE_KEY + " with " + KEY_ID + " for RS256");
        }
        if (s.appSecret() != null) {
            rejectAll(s, "it goes only with " + PRIVATE_KEY + " (RS256) and " + APP_SECRET + " (HS256) is set", KEY_ID);
            Settings.apply(APP_SECRET, () -> b.appSecret(s.appSecret()));
        } else if (s.privateKey() != null) {
            String kid = require(s, KEY_ID, "with " + PRIVATE_KEY + ": the kid the ASAP key server knows the key by");
            RSAPrivateKey rsa = privateKey(s.privateKey());
            Settings.apply(KEY_ID, () -> b.privateKey(rsa, kid));
        } else {
            throw invalid(APP_SECRET, APP_SECRET + " (HS256) or " + PRIVATE_KEY + " with " + KEY_ID
                    + " (RS256) is required for self-hosted");
        }
        return b.build();
    }

    private static MeetingProvider jaas(JitsiSettings s, Duration ttl) {
        rejectAll(s, "JaaS fixes this claim; remove it for jaas", TENANT, SUBJECT, AUDIENCE);
        rejectAll(s, "jaas uses no app secret: it signs RS256 with " + PRIVATE_KEY, APP_SECRET);
        JaasProvider.Builder b = JaasProvider.builder().tokenTtl(ttl);
        String domain = s.domain();
        if (domain != null) {
            String host = Settings.apply(DOMAIN, () -> Hosts.require(domain, DOMAIN));
            if (!host.equals(JaasProvider.DEFAULT_DOMAIN) && !host.endsWith("." + JaasProvider.DEFAULT_DOMAIN)) {
                throw invalid(DOMAIN, DOMAIN + " must be " + JaasProvider.DEFAULT_DOMAIN
                        + " for jaas, was '" + domain + "'");
            }
            b.domain(host);
        }
        Settings.apply(APP_ID, () -> b.appId(require(s, APP_ID, "the JaaS AppID (vpaas-magic-cookie-…)")));
        RSAPrivateKey rsa = privateKey(require(s, PRIVATE_KEY, "for jaas: the PKCS#8 PEM file of the JaaS API key"));
        b.privateKey(rsa);
        Settings.apply(KEY_ID, () -> b.keyId(require(s, KEY_ID, "for jaas: the JaaS API key id")));
        s.features().forEach((name, on) -> Settings.apply(FEATURES + name, () -> b.feature(name, on)));
        return Settings.apply(KEY_ID, b::build);
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
