package dev.calls.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.jpa.support.JpaTestBase;
import dev.calls.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** What the table of webhook keys holds: hashes only, and nothing past the retention window for long. */
public abstract class AbstractJpaSeenKeysTest extends JpaTestBase {
    private final MutableClock clock = MutableClock.at("2026-01-05T09:00:00Z");

    @Test
    void claimThenOnlyTheKeysHashIsStored() {
        JpaSeenKeys keys = jpa.seenKeys(clock, Duration.ofHours(1));

        keys.claim("jaas:delivery-42");

        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_seen_key WHERE key_hash LIKE '%delivery%'")).isZero();
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_seen_key WHERE key_hash = '"
                + sha256Hex("jaas:delivery-42") + "'")).isEqualTo(1);
    }

    @Test
    void claimWhenRetentionPassedThenOldRowsAreDeleted() {
        JpaSeenKeys keys = jpa.seenKeys(clock, Duration.ofHours(1));
        keys.claim("a");
        keys.claim("b");
        clock.advance(Duration.ofMinutes(30));
        keys.claim("c");

        clock.advance(Duration.ofMinutes(31));
        keys.claim("d");

        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_seen_key")).isEqualTo(2);
        clock.advance(Duration.ofMinutes(30));
        assertThat(keys.purgeExpired()).isEqualTo(1);
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_seen_key")).isEqualTo(1);
    }

    private static String sha256Hex(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
