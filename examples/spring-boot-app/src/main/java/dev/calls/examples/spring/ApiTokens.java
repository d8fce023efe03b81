package dev.calls.examples.spring;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for single-page apps ({@code POST /api/login}): random, opaque, kept in memory for
 * {@link #LIFETIME}. A real host would use its own tokens (JWTs from its identity provider, or tokens in its
 * database); Calls only needs Spring Security to know the user.
 */
@Component
public class ApiTokens {
    static final Duration LIFETIME = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(String username, Instant expires) {}

    private final Map<String, Entry> tokens = new ConcurrentHashMap<>();
    private final Clock clock;

    public ApiTokens() {
        this(Clock.systemUTC());
    }

    ApiTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * A new token for the user (256 random bits, URL-safe). Drops the expired tokens first: one never used again
     * would otherwise stay in memory for good. A pass over the map per sign-in costs little beside the password hash.
     */
    public String issue(String username) {
        Instant now = clock.instant();
        tokens.values().removeIf(e -> !now.isBefore(e.expires()));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new Entry(username, now.plus(LIFETIME)));
        return token;
    }

    /** Whose token this is, while it has not expired or been revoked. */
    public Optional<String> username(String token) {
        Entry e = tokens.get(token);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.expires())) {
            tokens.remove(token, e);
            return Optional.empty();
        }
        return Optional.of(e.username());
    }

    /** Signs the token out; an unknown one is no error. */
    public void revoke(String token) {
        tokens.remove(token);
    }

    /** How many tokens are held, expired ones not yet dropped included. */
    int size() {
        return tokens.size();
    }
}
