package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.jpa.JpaPresenceStore;
import dev.calls.jpa.JpaSeenKeys;
import dev.calls.jpa.RelayEventTransport;
import dev.calls.redis.RedisCalls;
import dev.calls.redis.RedisEventTransport;
import dev.calls.spring.support.Acme;
import dev.calls.spring.support.BootAutoConfigurations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.RedisSentinelConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Without Redis configured (no {@code calls.redis.url}, no Lettuce connection factory) or with it turned off,
 * calls-redis on the class path changes nothing: the database keeps presence and seen keys, the relay wakes
 * the nodes. The beans with Redis are in {@code CallsRedisAutoConfigurationIT}, which needs the machine's Redis.
 */
class CallsRedisAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(BootAutoConfigurations.jpa())
            .withConfiguration(AutoConfigurations.of(CallsRedisAutoConfiguration.class, CallsJpaAutoConfiguration.class,
                    CallsRedisTransportAutoConfiguration.class, CallsAutoConfiguration.class))
            .withUserConfiguration(Acme.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:calls-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "spring.jpa.open-in-view=false");

    @Test
    void redisNotConfiguredThenTheDatabaseAndTheRelayAsBefore() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(RedisCalls.class)
                    .doesNotHaveBean(RedisEventTransport.class).hasSingleBean(RelayEventTransport.class)
                    .hasSingleBean(JpaPresenceStore.class).hasSingleBean(JpaSeenKeys.class);
        });
    }

    @Test
    void redisTurnedOffThenNotConnectedEvenWithAUrl() {
        runner.withPropertyValues("calls.redis.enabled=false", "calls.redis.url=redis://127.0.0.1:1").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(RedisCalls.class)
                    .hasSingleBean(RelayEventTransport.class).hasSingleBean(JpaPresenceStore.class);
        });
    }

    @Test
    void urlWithAQuoteThenNoExpressionErrorAndThePasswordInNoMessage() {
        String password = "it's-s3cret";
        runner.withPropertyValues("calls.redis.url=redis://:" + password + "@127.0.0.1:1").run(context -> {
            // port 1 refuses: the connection fails, not the parsing of a condition; no message shows the password
            assertThat(context).hasFailed();
            List<String> messages = new ArrayList<>();
            for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                messages.add(t.getClass().getName() + ": " + t.getMessage());
            }
            assertThat(messages).noneMatch(m -> m.contains(password) || m.contains("s3cret"));
            assertThat(messages).noneMatch(m -> m.contains("Expression") || m.contains("SpEL"));
            assertThat(messages).anyMatch(m -> m.contains("RedisConnectionException"));
        });
    }

    @Test
    void blankUrlThenTreatedAsNotSet() {
        runner.withPropertyValues("calls.redis.url= ").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(RedisCalls.class).hasSingleBean(JpaPresenceStore.class);
        });
    }

    @Test
    void lettuceFactoryForSentinelThenCallsLeavesRedisAlone() {
        runner.withConfiguration(BootAutoConfigurations.redis())
                .withPropertyValues("spring.data.redis.sentinel.master=mymaster",
                        "spring.data.redis.sentinel.nodes=127.0.0.1:1")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(LettuceConnectionFactory.class)
                            .doesNotHaveBean(RedisCalls.class).hasSingleBean(RelayEventTransport.class)
                            .hasSingleBean(JpaPresenceStore.class).hasSingleBean(JpaSeenKeys.class);
                });
    }

    @Test
    void lettuceFactoryForClusterThenCallsLeavesRedisAlone() {
        runner.withConfiguration(BootAutoConfigurations.redis())
                .withPropertyValues("spring.data.redis.cluster.nodes=127.0.0.1:1,127.0.0.1:2")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(LettuceConnectionFactory.class)
                            .doesNotHaveBean(RedisCalls.class).hasSingleBean(RelayEventTransport.class);
                });
    }

    @Test
    void hostsOwnSentinelFactoryThenAClearFailureNotLocalhost() {
        runner.withBean(LettuceConnectionFactory.class, () -> new LettuceConnectionFactory(
                        new RedisSentinelConfiguration("mymaster", Set.of("127.0.0.1:1"))))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("Sentinel").hasMessageContaining("calls.redis.url");
                });
    }
}
