package dev.calls.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A Redis URL that cannot be used is reported without its password, whatever the cause's message quotes. */
class RedisUrlErrorTest {

    @Test
    void malformedUrlWithPasswordThenErrorNamesTheHostNotThePassword() {
        String url = "redis://:top secret@127.0.0.1:6379/0";
        assertThatThrownBy(() -> Database.redis(url, "calls:")).isInstanceOf(IllegalStateException.class)
                .satisfies(e -> {
                    StringWriter trace = new StringWriter();
                    e.printStackTrace(new PrintWriter(trace));
                    assertThat(trace.toString()).doesNotContain("top secret").doesNotContain("secret");
                    assertThat(e.getMessage()).contains("redis://…@127.0.0.1:6379/0");
                });
    }

    @Test
    void passwordWithAnAtSignThenRedactedUpToTheLastOne() {
        assertThat(Database.redact("redis://:p@ss@10.0.0.5:6379/1")).isEqualTo("redis://…@10.0.0.5:6379/1");
    }
}
