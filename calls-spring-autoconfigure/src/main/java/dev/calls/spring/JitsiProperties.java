package dev.calls.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code calls.jitsi.*}: the Jitsi deployment that carries the media and how its join tokens are signed. The
 * values are handed to {@code dev.calls.jitsi.JitsiProviders}, which checks them; secrets never reach a log
 * line or an error message.
 */
public class JitsiProperties {

    /**
     * Which Jitsi serves the media: public (meet.jit.si or any open deployment, no tokens), self-hosted (Jitsi
     * with token authentication) or jaas (8x8 Jitsi as a Service).
     */
    private JitsiProvider provider = JitsiProvider.PUBLIC;

    /** Host name of the deployment. Default meet.jit.si (public) or 8x8.vc (jaas); required for self-hosted. */
    private String domain;

    /** Token issuer, Prosody's app_id (self-hosted), or the JaaS AppID (vpaas-magic-cookie-…). */
    private String appId;

    /** HS256 shared secret of a self-hosted deployment, at least 32 bytes. */
    private String appSecret;

    /** RS256 private key: path of a PKCS#8 PEM file, or the PEM text itself (self-hosted ASAP, jaas). */
    private String privateKey;

    /** The key id (kid) the deployment knows the public key by; for jaas the key id alone or AppID/key id. */
    private String keyId;

    /** How long a join token stays valid. */
    private Duration tokenTtl = Duration.ofHours(1);

    /** Self-hosted tenant path, for rooms at https://domain/TENANT/room. */
    private String tenant;

    /** Self-hosted token subject (sub); default the tenant, else the domain. */
    private String subject;

    /** Self-hosted token audience (aud); default jitsi. */
    private String audience;

    /** JaaS features granted to moderators (context.features), such as recording=true or livestreaming=false. */
    private Map<String, Boolean> features = new LinkedHashMap<>();

    /** The settings under their {@code calls.jitsi.*} names, as {@code JitsiProviders.fromProperties} reads them. */
    public Map<String, String> toMap() {
        Map<String, String> map = new TreeMap<>();
        map.put("calls.jitsi.provider", provider == null ? null : provider.value());
        map.put("calls.jitsi.domain", domain);
        map.put("calls.jitsi.app-id", appId);
        map.put("calls.jitsi.app-secret", appSecret);
        map.put("calls.jitsi.private-key", privateKey);
        map.put("calls.jitsi.key-id", keyId);
        map.put("calls.jitsi.token-ttl", tokenTtl == null ? null : DurationText.of(tokenTtl));
        map.put("calls.jitsi.tenant", tenant);
        map.put("calls.jitsi.subject", subject);
        map.put("calls.jitsi.audience", audience);
        features.forEach((name, on) -> map.put("calls.jitsi.features." + name, on == null ? null : on.toString()));
        map.values().removeIf(v -> v == null);
        return map;
    }

    public JitsiProvider getProvider() {
        return provider;
    }

    public void setProvider(JitsiProvider provider) {
        this.provider = provider;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getAppId() {
        return appId;
    }

    public void setAppId(String appId) {
        this.appId = appId;
    }

    public String getAppSecret() {
        return appSecret;
    }

    public void setAppSecret(String appSecret) {
        this.appSecret = appSecret;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    public Duration getTokenTtl() {
        return tokenTtl;
    }

    public void setTokenTtl(Duration tokenTtl) {
        this.tokenTtl = tokenTtl;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Map<String, Boolean> getFeatures() {
        return features;
    }

    public void setFeatures(Map<String, Boolean> features) {
        this.features = features;
    }

    /** Values of {@code calls.jitsi.provider}. */
    public enum JitsiProvider {
        /** meet.jit.si or any open deployment: no tokens. */
        PUBLIC,
        /** A self-hosted Jitsi with token authentication: HS256 with app-secret or RS256 with private-key. */
        SELF_HOSTED,
        /** 8x8 Jitsi as a Service: RS256 with the JaaS API key. */
        JAAS;

        /** The value as written in the configuration keys: {@code public}, {@code self-hosted}, {@code jaas}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
