package dev.calls.spring;

import dev.calls.jitsi.JitsiSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code calls.jitsi.*}: the Jitsi deployment that carries the media and how its join tokens are signed. The
 * values become a {@link JitsiSettings}, which {@code dev.calls.jitsi.JitsiProviders#from} checks; secrets never
 * reach a log line or an error message.
 */
public class JitsiProperties {
    private static final JitsiSettings DEFAULTS = JitsiSettings.builder().build();

    /**
     * Which Jitsi serves the media: public (meet.jit.si or any open deployment, no tokens), self-hosted (Jitsi
     * with token authentication) or jaas (8x8 Jitsi as a Service).
     */
    private JitsiSettings.Provider provider = DEFAULTS.provider();

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

    /** How long a join token stays valid; 1m to 24h. */
    private Duration tokenTtl = DEFAULTS.tokenTtl();

    /** Self-hosted tenant path, for rooms at https://domain/TENANT/room. */
    private String tenant;

    /** Self-hosted token subject (sub); default the tenant, else the domain. */
    private String subject;

    /** Self-hosted token audience (aud); default jitsi. */
    private String audience;

    /** JaaS features granted to moderators (context.features), such as recording=true or livestreaming=false. */
    private Map<String, Boolean> features = new LinkedHashMap<>();

    /**
     * How browsers show the meeting: auto (in a window of its own on meet.jit.si, which ends embedded meetings
     * after five minutes; embedded elsewhere), embed (always in the page) or window (always in its own window).
     */
    private JitsiSettings.Display display = DEFAULTS.display();

    public JitsiSettings.Provider getProvider() {
        return provider;
    }

    public void setProvider(JitsiSettings.Provider provider) {
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

    public JitsiSettings.Display getDisplay() {
        return display;
    }

    public void setDisplay(JitsiSettings.Display display) {
        this.display = display;
    }
}
