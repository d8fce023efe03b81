package dev.calls.spring;

/** {@code calls.push.apns.*}: APNs with token authentication for the devices users register. */
public class PushApnsProperties {

    /** The .p8 signing key: a file path or the PEM itself. Never logged. */
    private String key;

    /** The signing key's id. */
    private String keyId;

    /** The Apple developer team id. */
    private String teamId;

    /** The app's bundle id; VoIP pushes go to its .voip topic. */
    private String topic;

    /** APNs production (true) or the development sandbox (false), when no host is set. */
    private boolean production = true;

    /** Another APNs host than Apple's (a test server or a proxy). */
    private String host;

    /** The port of that APNs host (Apple's is 443). */
    private Integer port;

    /** PEM certificate to trust for the APNs host instead of the system's: a file path or the PEM itself. */
    private String trustedCertificate;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getKeyId() {
        return keyId;
    }

    public void setKeyId(String keyId) {
        this.keyId = keyId;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public boolean isProduction() {
        return production;
    }

    public void setProduction(boolean production) {
        this.production = production;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getTrustedCertificate() {
        return trustedCertificate;
    }

    public void setTrustedCertificate(String trustedCertificate) {
        this.trustedCertificate = trustedCertificate;
    }
}
