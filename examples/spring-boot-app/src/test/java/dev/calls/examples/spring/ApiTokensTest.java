package dev.calls.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tokens expire after their lifetime, and expired ones are dropped even when nobody presents them again. */
class ApiTokensTest {

    @Test
    void issueWhenOthersExpiredThenExpiredOnesAreDropped() {
        MovableClock clock = new MovableClock();
        ApiTokens tokens = new ApiTokens(clock);
        String old1 = tokens.issue("testuser4");
        tokens.issue("testuser5");
        assertThat(tokens.size()).isEqualTo(2);

        clock.advance(ApiTokens.LIFETIME.minus(Duration.ofMinutes(1)));
        String fresh = tokens.issue("testuser6");
        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.username(old1)).hasValue("testuser4");

        clock.advance(Duration.ofMinutes(2));
        tokens.issue("testuser7");
        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.username(old1)).isEmpty();
        assertThat(tokens.username(fresh)).hasValue("testuser6");
    }
}
