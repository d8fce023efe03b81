package dev.calls.jitsi;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Jitsi deployment that carries the media, as typed settings: what {@link JitsiProviders#from} turns
 * into a {@link dev.calls.spi.MeetingProvider}. Blank strings count as unset. {@link #toString()} never
 * shows the secret or the private key.
 *
 * @param provider which kind of deployment (default {@link Provider#PUBLIC})
 * @param domain host name; default {@code meet.jit.si} (public) or {@code 8x8.vc} (jaas); required for self-hosted
 * @param appId token {@code iss} (self-hosted) or the JaaS AppID
 * @param appSecret HS256 secret, at least 32 bytes (self-hosted)
 * @param privateKey RS256 key: PKCS#8 PEM text, or the path of a PEM file
 * @param keyId the {@code kid}; for JaaS bare or {@code <AppID>/<key id>}
 * @param tokenTtl token lifetime, 1 min to 24 h (default 1 h)
 * @param tenant self-hosted tenant path ({@code https://domain/TENANT/room})
 * @param subject self-hosted {@code sub}; default the tenant, else the domain
 * @param audience self-hosted {@code aud}; default {@code jitsi}
 * @param features JaaS {@code context.features} granted to moderators
 * @param display how browsers show the room (default {@link Display#AUTO})
 */
public record JitsiSettings(
        Provider provider,
        String domain,
        String appId,
        String appSecret,
        String privateKey,
        String keyId,
        Duration tokenTtl,
        String tenant,
        String subject,
        String audience,
        Map<String, Boolean> features,
        Display display) {

    /** How browsers show the meeting room ({@code calls.jitsi.display}). */
    public enum Display {
        /** In a window of its own on meet.jit.si (which cuts embedded meetings off after five minutes), else embedded. */
        AUTO("auto"),
        /** Always in the host page, through the IFrame API. */
        EMBED("embed"),
        /** Always in a window or tab of its own; the host page keeps the call's controls and state. */
        WINDOW("window");

        private final String value;

        Display(String value) {
            this.value = value;
        }

        /** As written in configuration: {@code auto}, {@code embed}, {@code window}. */
        public String value() {
            return value;
        }

        /** The display written as {@code value} (any case), or null when there is none by that name. */
        public static Display of(String value) {
            for (Display d : values()) {
                if (d.value.equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return d;
                }
            }
            return null;
        }
    }

    /** The kinds of Jitsi deployment. */
    public enum Provider {
        /** meet.jit.si or any open deployment: no tokens. */
        PUBLIC("public"),
        /** A deployment of one's own with token authentication (HS256 or RS256). */
        SELF_HOSTED("self-hosted"),
        /** 8x8 Jitsi as a Service (RS256). */
        JAAS("jaas");

        private final String value;

        Provider(String value) {
            this.value = value;
        }

        /** As written in configuration: {@code public}, {@code self-hosted}, {@code jaas}. */
        public String value() {
            return value;
        }

        /** The provider written as {@code value} (any case), or null when there is none by that name. */
        public static Provider of(String value) {
            for (Provider p : values()) {
                if (p.value.equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
            return null;
        }
    }

    public JitsiSettings {
        provider = provider == null ? Provider.PUBLIC : provider;
        domain = blankToNull(domain);
        appId = blankToNull(appId);
        appSecret = blankToNull(appSecret);
        privateKey = blankToNull(privateKey);
        keyId = blankToNull(keyId);
        tokenTtl = tokenTtl == null ? SelfHostedJitsi.DEFAULT_TTL : tokenTtl;
        tenant = blankToNull(tenant);
        subject = blankToNull(subject);
        audience = blankToNull(audience);
        features = features == null ? Map.of() : Map.copyOf(new TreeMap<>(features));
        display = display == null ? Display.AUTO : display;
    }

    /** Settings with the default display ({@link Display#AUTO}). */
    public JitsiSettings(Provider provider, String domain, String appId, String appSecret, String privateKey,
            String keyId, Duration tokenTtl, String tenant, String subject, String audience, Map<String, Boolean> features) {
        this(provider, domain, appId, appSecret, privateKey, keyId, tokenTtl, tenant, subject, audience, features, null);
    }

    /** A builder; unset values keep the defaults above. */
    public static Builder builder() {
        return new Builder();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        return "JitsiSettings[provider=" + provider.value() + ", domain=" + domain + ", appId=" + appId
                + ", appSecret=" + (appSecret == null ? "unset" : "(set)") + ", privateKey="
                + (privateKey == null ? "unset" : "(set)") + ", keyId=" + keyId + ", tokenTtl=" + tokenTtl
                + ", tenant=" + tenant + ", subject=" + subject + ", audience=" + audience + ", features=" + features
                + ", display=" + display.value() + "]";
    }

    /** Collects the settings; {@link #build()} makes the record, {@link JitsiProviders#from} checks it. */
    public static final class Builder {
        private Provider provider;
        private String domain;
        private String appId;
        private String appSecret;
        private String privateKey;
        private String keyId;
        private Duration tokenTtl;
        private String tenant;
        private String subject;
        private String audience;
        private final Map<String, Boolean> features = new TreeMap<>();
        private Display display;

        Builder() {
        }

        public Builder provider(Provider provider) {
            this.provider = provider;
            return this;
        }

        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        public Builder appSecret(String appSecret) {
            this.appSecret = appSecret;
            return this;
        }

        public Builder privateKey(String privateKey) {
            this.privateKey = privateKey;
            return this;
        }

        public Builder keyId(String keyId) {
            this.keyId = keyId;
            return this;
        }

        public Builder tokenTtl(Duration tokenTtl) {
            this.tokenTtl = tokenTtl;
            return this;
        }

        public Builder tenant(String tenant) {
            this.tenant = tenant;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        public Builder feature(String name, boolean on) {
            features.put(name, on);
            return this;
        }

        public Builder display(Display display) {
            this.display = display;
            return this;
        }

        public JitsiSettings build() {
            return new JitsiSettings(provider, domain, appId, appSecret, privateKey, keyId, tokenTtl, tenant, subject,
                    audience, features, display);
        }
    }
}
