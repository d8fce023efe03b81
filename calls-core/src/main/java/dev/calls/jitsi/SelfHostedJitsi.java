package dev.calls.jitsi;

import dev.calls.JoinInfo;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.MeetingProvider;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A self-hosted Jitsi Meet with Prosody token authentication ({@code authentication = "token"}). Each join
 * gets a fresh token for one room: {@code iss} = the app id, {@code aud} = {@code jitsi} unless configured,
 * {@code sub} = the lowercase tenant when a tenant path is used, else the XMPP domain (by default the
 * public host name; docker-jitsi-meet needs {@code meet.jitsi}), signed HS256 with the app secret or RS256
 * with a private key whose {@code kid} the server resolves through its ASAP key server.
 *
 * <p>Lobby: current Jitsi deployments load the lobby module by default, so {@link #supportsLobby()} is true.
 * Stock Prosody ignores {@code context.user.moderator}; the token also carries {@code affiliation}
 * ({@code owner}/{@code member}) for the token-affiliation module. Thread-safe.
 */
public final class SelfHostedJitsi implements MeetingProvider {
    public static final String ID = "self-hosted";
    public static final String DEFAULT_AUDIENCE = "jitsi";
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);

    private final String domain;
    private final String tenant;
    private final String appId;
    private final String algorithm;
    private final TokenMinter minter;
    private final String description;

    private SelfHostedJitsi(Builder b, JwtSigner signing, String subject) {
        this.domain = b.domain;
        this.tenant = b.tenant;
        this.appId = b.appId;
        this.algorithm = signing.alg();
        this.minter = new TokenMinter(signing, b.keyId, b.appId, b.audience, subject, b.ttl, Map.of(), true);
        this.description = "SelfHostedJitsi[domain=" + domain + (tenant == null ? "" : ", tenant=" + tenant)
                + ", appId=" + appId + ", alg=" + algorithm + (b.keyId == null ? "" : ", kid=" + b.keyId)
                + ", aud=" + b.audience + ", sub=" + subject + ", tokenTtl=" + b.ttl + "]";
    }

    /** A builder; {@link Builder#domain}, {@link Builder#appId} and one signing key are required. */
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
        String room = tenant == null ? request.room() : tenant + "/" + request.room();
        return new JoinInfo(ID, domain, room, "https://" + domain + "/" + room + "?jwt=" + token.jwt(), token.jwt(),
                appId, token.expiresAt(), "https://" + domain + "/external_api.js");
    }

    @Override
    public String roomUrl(String room) {
        return "https://" + domain + "/" + (tenant == null ? "" : tenant + "/") + Rooms.require(room);
    }

    @Override
    public boolean supportsLobby() {
        return true;
    }

    /** The signing algorithm, {@code HS256} or {@code RS256}. */
    public String algorithm() {
        return algorithm;
    }

    /** Names the deployment and its claims; never the secret or the key. */
    @Override
    public String toString() {
        return description;
    }

    /** Collects the settings of a {@link SelfHostedJitsi}; checked in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        /** RFC 7518 §3.2: an HS256 key must be at least as long as the hash output. */
        public static final int MIN_SECRET_BYTES = 32;
        private static final Pattern TENANT = Pattern.compile("[a-z0-9_-]{1,64}");
        private String domain;
        private String appId;
        private String audience = DEFAULT_AUDIENCE;
        private String subject;
        private String tenant;
        private byte[] secret;
        private RSAPrivateKey privateKey;
        private String keyId;
        private Duration ttl = DEFAULT_TTL;

        private Builder() {
        }

        /** The public host name, such as {@code meet.example.com}. */
        public Builder domain(String domain) {
            this.domain = Hosts.require(domain, "domain");
            return this;
        }

        /** The token issuer ({@code iss}), Prosody's {@code app_id}. */
        public Builder appId(String appId) {
            this.appId = requireText(appId, "appId");
            return this;
        }

        /** The token audience ({@code aud}); default {@code jitsi}. */
        public Builder audience(String audience) {
            this.audience = requireText(audience, "audience");
            return this;
        }

        /** The token subject ({@code sub}); default the tenant, else the domain. {@code *} accepts any. */
        public Builder subject(String subject) {
            this.subject = requireText(subject, "subject");
            return this;
        }

        /** A tenant path: rooms live at {@code https://domain/TENANT/room} and {@code sub} is the tenant. */
        public Builder tenant(String tenant) {
            String t = requireText(tenant, "tenant").toLowerCase(Locale.ROOT);
            if (!TENANT.matcher(t).matches()) {
                throw new IllegalArgumentException("tenant must be 1 to 64 characters of [a-z0-9_-], was '"
                        + tenant + "'");
            }
            this.tenant = t;
            return this;
        }

        /** Sign HS256 with Prosody's {@code app_secret} (UTF-8, at least 32 bytes). */
        public Builder appSecret(String secret) {
            Objects.requireNonNull(secret, "secret");
            byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("app secret must be at least " + MIN_SECRET_BYTES
                        + " bytes for HS256; generate one with: openssl rand -hex 32");
            }
            this.secret = bytes;
            this.privateKey = null;
            this.keyId = null;
            return this;
        }

        /** Sign RS256 with {@code key}; {@code keyId} becomes the header {@code kid}. */
        public Builder privateKey(RSAPrivateKey key, String keyId) {
            this.privateKey = Objects.requireNonNull(key, "key");
            this.keyId = requireText(keyId, "keyId");
            this.secret = null;
            return this;
        }

        /** How long a token stays valid; 1 minute to 24 hours, default 1 hour. */
        public Builder tokenTtl(Duration ttl) {
            this.ttl = TokenWindow.requireTtl(ttl, "tokenTtl");
            return this;
        }

        /** The provider; fails naming the first missing setting. */
        public SelfHostedJitsi build() {
            if (domain == null) {
                throw new IllegalArgumentException("domain is required");
            }
            if (appId == null) {
                throw new IllegalArgumentException("appId is required: the token issuer, Prosody's app_id");
            }
            if (secret == null && privateKey == null) {
                throw new IllegalArgumentException("a signing key is required: appSecret (HS256) or privateKey (RS256)");
            }
            JwtSigner signing = secret != null ? JwtSigner.hs256(secret) : JwtSigner.rs256(privateKey);
            String sub = subject != null ? subject : tenant != null ? tenant : domain;
            return new SelfHostedJitsi(this, signing, sub);
        }

        static String requireText(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return value.trim();
        }
    }
}
