package dev.calls.jitsi;

import dev.calls.JoinInfo;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.MeetingProvider;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 8x8 Jitsi-as-a-Service. Tokens are RS256 with {@code kid = <AppID>/<key id>}, {@code aud = jitsi},
 * {@code iss = chat}, {@code sub = <AppID>}, the bare room name in {@code room}, and string booleans in
 * {@code context.user.moderator} and {@code context.features}. Rooms live at
 * {@code https://8x8.vc/<AppID>/<room>}; the IFrame API's {@code roomName} is {@code <AppID>/<room>}.
 * Thread-safe.
 */
public final class JaasProvider implements MeetingProvider {
    public static final String ID = "jaas";
    public static final String DEFAULT_DOMAIN = "8x8.vc";
    public static final String APP_ID_PREFIX = "vpaas-magic-cookie-";

    private final String domain;
    private final String appId;
    private final TokenMinter minter;
    private final String description;

    private JaasProvider(Builder b, String kid) {
        this.domain = b.domain;
        this.appId = b.appId;
        this.minter = new TokenMinter(JwtSigner.rs256(b.privateKey), kid, "chat", "jitsi", appId, b.ttl,
                b.features, false);
        this.description = "JaasProvider[domain=" + domain + ", appId=" + appId + ", kid=" + kid
                + ", tokenTtl=" + b.ttl + ", features=" + b.features + "]";
    }

    /** A builder; {@link Builder#appId}, {@link Builder#keyId} and {@link Builder#privateKey} are required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public JoinInfo join(JoinRequest request) {
        TokenMinter.Minted token = minter.mint(request);
        String room = appId + "/" + request.room();
        return new JoinInfo(ID, domain, room, "https://" + domain + "/" + room + "?jwt=" + token.jwt(), token.jwt(),
                appId, token.expiresAt(), "https://" + domain + "/" + appId + "/external_api.js");
    }

    @Override
    public String roomUrl(String room) {
        return "https://" + domain + "/" + appId + "/" + Rooms.require(room);
    }

    /** JaaS holds guests in a lobby until a moderator (a token with {@code moderator: "true"}) lets them in. */
    @Override
    public boolean supportsLobby() {
        return true;
    }

    /** Names the app and key id; never the private key. */
    @Override
    public String toString() {
        return description;
    }

    /** Collects the settings of a {@link JaasProvider}; checked in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private static final Pattern FEATURE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
        private String domain = DEFAULT_DOMAIN;
        private String appId;
        private String keyId;
        private RSAPrivateKey privateKey;
        private Duration ttl = SelfHostedJitsi.DEFAULT_TTL;
        private final Map<String, String> features = new LinkedHashMap<>();

        private Builder() {
        }

        /** The AppID from the JaaS console, {@code vpaas-magic-cookie-…}. */
        public Builder appId(String appId) {
            String id = SelfHostedJitsi.Builder.requireText(appId, "appId");
            if (!id.startsWith(APP_ID_PREFIX) || id.contains("/")) {
                throw new IllegalArgumentException("appId must be the JaaS AppID, starting with " + APP_ID_PREFIX);
            }
            this.appId = id;
            return this;
        }

        /** The API key id, bare ({@code 4f4910}) or as shown in the console ({@code <AppID>/4f4910}). */
        public Builder keyId(String keyId) {
            this.keyId = SelfHostedJitsi.Builder.requireText(keyId, "keyId");
            return this;
        }

        /** The RSA private key whose public half was uploaded to JaaS. */
        public Builder privateKey(RSAPrivateKey key) {
            this.privateKey = Objects.requireNonNull(key, "privateKey");
            return this;
        }

        /** The deployment host; default {@code 8x8.vc}. */
        public Builder domain(String domain) {
            this.domain = Hosts.require(domain, "domain");
            return this;
        }

        /** How long a token stays valid; 1 minute to 24 hours, default 1 hour. */
        public Builder tokenTtl(Duration ttl) {
            this.ttl = TokenWindow.requireTtl(ttl, "tokenTtl");
            return this;
        }

        /** A {@code context.features} entry such as {@code recording} or {@code outbound-call}; for moderators. */
        public Builder feature(String name, boolean enabled) {
            Objects.requireNonNull(name, "name");
            if (!FEATURE.matcher(name).matches()) {
                throw new IllegalArgumentException("feature names are [a-z][a-z0-9-]*, was '" + name + "'");
            }
            features.put(name, Boolean.toString(enabled));
            return this;
        }

        /** Several {@link #feature} entries at once. */
        public Builder features(Map<String, Boolean> features) {
            features.forEach(this::feature);
            return this;
        }

        /** The provider; fails naming the first missing or contradicting setting. */
        public JaasProvider build() {
            if (appId == null) {
                throw new IllegalArgumentException("appId is required: the JaaS AppID (" + APP_ID_PREFIX + "…)");
            }
            if (keyId == null) {
                throw new IllegalArgumentException("keyId is required: the JaaS API key id");
            }
            if (privateKey == null) {
                throw new IllegalArgumentException("privateKey is required: the RSA key of the JaaS API key");
            }
            return new JaasProvider(this, kid(appId, keyId));
        }

        /** {@code <AppID>/<key id>}, whether the key id was given bare or in full. */
        static String kid(String appId, String keyId) {
            int slash = keyId.indexOf('/');
            if (slash < 0) {
                return appId + "/" + keyId;
            }
            if (!keyId.substring(0, slash).equals(appId) || slash == keyId.length() - 1
                    || keyId.indexOf('/', slash + 1) >= 0) {
                throw new IllegalArgumentException("keyId '" + keyId + "' does not belong to AppID " + appId
                        + "; give the bare key id or <AppID>/<key id>");
            }
            return keyId;
        }
    }
}
