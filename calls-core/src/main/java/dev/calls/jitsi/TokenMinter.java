package dev.calls.jitsi;

import dev.calls.UserProfile;
import dev.calls.spi.JoinRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * Mints one Jitsi join token per join: the fixed claims of a deployment plus the room, the time window and
 * {@code context.user}/{@code context.callee} of one request. The header and the fixed claims are encoded
 * once; each join only writes its own claims and signs. Thread-safe.
 */
final class TokenMinter {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private final JwtSigner signer;
    private final byte[] header;
    private final String claimsPrefix;
    private final String featuresJson;
    private final Duration ttl;
    private final boolean affiliation;

    /**
     * @param signer signs; built once per deployment
     * @param keyId the header {@code kid}, or null
     * @param features {@code context.features} as string booleans, may be empty
     * @param affiliation whether {@code context.user} also carries {@code affiliation} (owner/member)
     */
    TokenMinter(JwtSigner signer, String keyId, String issuer, String audience, String subject, Duration ttl,
            Map<String, String> features, boolean affiliation) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.affiliation = affiliation;
        StringBuilder h = new StringBuilder("{\"alg\":\"").append(signer.alg()).append("\",\"typ\":\"JWT\"");
        if (keyId != null) {
            JsonText.field(h, "kid", keyId);
        }
        this.header = BASE64URL.encode(h.append('}').toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder p = new StringBuilder("{\"iss\":");
        JsonText.string(p, issuer);
        JsonText.field(p, "aud", audience);
        JsonText.field(p, "sub", subject);
        this.claimsPrefix = p.append(",\"room\":\"").toString();
        StringBuilder f = new StringBuilder();
        String separator = ",\"features\":{";
        for (Map.Entry<String, String> feature : features.entrySet()) {
            JsonText.string(f.append(separator), feature.getKey()).append(':');
            JsonText.string(f, feature.getValue());
            separator = ",";
        }
        this.featuresJson = features.isEmpty() ? "" : f.append('}').toString();
    }

    /** A signed token for {@code request.room()} and its expiry. */
    Minted mint(JoinRequest request) {
        String room = Rooms.require(request.room());
        TokenWindow window = TokenWindow.of(request, ttl);
        StringBuilder json = new StringBuilder(512).append(claimsPrefix).append(room)
                .append("\",\"iat\":").append(window.issuedAt())
                .append(",\"nbf\":").append(window.notBefore())
                .append(",\"exp\":").append(window.expiresAt())
                .append(",\"context\":{\"user\":");
        person(json, request.user());
        if (request.user().email() != null) {
            JsonText.field(json, "email", request.user().email());
        }
        json.append(",\"moderator\":\"").append(request.moderator()).append('"');
        if (affiliation) {
            json.append(",\"affiliation\":\"").append(request.moderator() ? "owner" : "member").append('"');
        }
        json.append('}');
        if (request.callee() != null) {
            person(json.append(",\"callee\":"), request.callee()).append('}');
        }
        json.append(featuresJson).append("}}");
        byte[] payload = BASE64URL.encode(json.toString().getBytes(StandardCharsets.UTF_8));
        byte[] signature = BASE64URL.encode(signer.sign(header, payload));
        byte[] token = new byte[header.length + 1 + payload.length + 1 + signature.length];
        System.arraycopy(header, 0, token, 0, header.length);
        token[header.length] = '.';
        System.arraycopy(payload, 0, token, header.length + 1, payload.length);
        token[header.length + 1 + payload.length] = '.';
        System.arraycopy(signature, 0, token, token.length - signature.length, signature.length);
        return new Minted(new String(token, StandardCharsets.ISO_8859_1), Instant.ofEpochSecond(window.expiresAt()));
    }

    /** Writes {@code {"id":…,"name":…[,"avatar":…]} without the closing brace. */
    private static StringBuilder person(StringBuilder out, UserProfile profile) {
        JsonText.string(out.append("{\"id\":"), profile.userId());
        JsonText.field(out, "name", profile.name());
        if (profile.avatarUrl() != null) {
            JsonText.field(out, "avatar", profile.avatarUrl());
        }
        return out;
    }

    /** A token and the instant it stops being accepted. */
    record Minted(String jwt, Instant expiresAt) {
        @Override
        public String toString() {
            return "Minted[jwt=***, expiresAt=" + expiresAt + "]";
        }
    }
}
