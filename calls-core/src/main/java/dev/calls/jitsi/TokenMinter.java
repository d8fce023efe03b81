package dev.calls.jitsi;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import dev.calls.UserProfile;
import dev.calls.spi.JoinRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Mints one Jitsi join token per join: the fixed claims of a deployment plus the room, the time window and
 * {@code context.user}/{@code context.callee} of one request. Thread-safe; the algorithm is built once.
 */
final class TokenMinter {
    private final Algorithm algorithm;
    private final String keyId;
    private final String issuer;
    private final String audience;
    private final String subject;
    private final Duration ttl;
    private final Map<String, String> features;
    private final boolean affiliation;

    TokenMinter(Algorithm algorithm, String keyId, String issuer, String audience, String subject, Duration ttl,
            Map<String, String> features, boolean affiliation) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.keyId = keyId;
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.features = Map.copyOf(features);
        this.affiliation = affiliation;
    }

    /** A signed token for {@code request.room()} and its expiry. */
    Minted mint(JoinRequest request) {
        String room = Rooms.require(request.room());
        TokenWindow window = TokenWindow.of(request, ttl);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("user", user(request.user(), request.moderator()));
        if (request.callee() != null) {
            context.put("callee", person(request.callee()));
        }
        if (!features.isEmpty()) {
            context.put("features", features);
        }
        JWTCreator.Builder jwt = JWT.create().withHeader(Map.of("typ", "JWT"));
        if (keyId != null) {
            jwt.withKeyId(keyId);
        }
        String token = jwt.withIssuer(issuer).withAudience(audience).withSubject(subject).withClaim("room", room)
                .withIssuedAt(Instant.ofEpochSecond(window.issuedAt()))
                .withNotBefore(Instant.ofEpochSecond(window.notBefore()))
                .withExpiresAt(Instant.ofEpochSecond(window.expiresAt()))
                .withClaim("context", context)
                .sign(algorithm);
        return new Minted(token, Instant.ofEpochSecond(window.expiresAt()));
    }

    private Map<String, Object> user(UserProfile profile, boolean moderator) {
        Map<String, Object> user = person(profile);
        if (profile.email() != null) {
            user.put("email", profile.email());
        }
        user.put("moderator", Boolean.toString(moderator));
        if (affiliation) {
            user.put("affiliation", moderator ? "owner" : "member");
        }
        return user;
    }

    private static Map<String, Object> person(UserProfile profile) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("id", profile.userId());
        person.put("name", profile.name());
        if (profile.avatarUrl() != null) {
            person.put("avatar", profile.avatarUrl());
        }
        return person;
    }

    /** A token and the instant it stops being accepted. */
    record Minted(String jwt, Instant expiresAt) {
        @Override
        public String toString() {
            return "Minted[jwt=***, expiresAt=" + expiresAt + "]";
        }
    }
}
