package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.RateLimitedException;
import dev.calls.jpa.JpaPresenceStore;
import dev.calls.jpa.JpaSeenKeys;
import dev.calls.jpa.RelayEventTransport;
import dev.calls.memory.InMemoryPresenceStore;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceUpdate;
import dev.calls.redis.RedisCalls;
import dev.calls.redis.RedisEventTransport;
import dev.calls.redis.RedisPresenceStore;
import dev.calls.redis.RedisRateLimits;
import dev.calls.redis.RedisSeenKeys;
import dev.calls.spi.PresenceStore;
import dev.calls.spring.support.Acme;
import dev.calls.spring.support.BootAutoConfigurations;
import dev.calls.webhook.SeenKeys;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** With the machine's Redis (127.0.0.1:6379): {@code calls.redis.url} or the application's Lettuce factory. */
class CallsRedisAutoConfigurationIT {
    private final String prefix = "calls-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(BootAutoConfigurations.jpa())
            .withConfiguration(AutoConfigurations.of(CallsRedisAutoConfiguration.class, CallsJpaAutoConfiguration.class,
                    CallsRedisTransportAutoConfiguration.class, CallsAutoConfiguration.class))
            .withUserConfiguration(Acme.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:calls-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "spring.jpa.open-in-view=false", "calls.redis.key-prefix=" + prefix);

    @Test
    void redisUrlThenPresenceSeenKeysRateLimitsAndTransportInRedisAndTheRelayStaysAway() {
        runner.withPropertyValues("calls.redis.url=redis://127.0.0.1:6379", "calls.starts-per-minute=1").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(RedisCalls.class)
                    .hasSingleBean(RedisPresenceStore.class).hasSingleBean(RedisSeenKeys.class)
                    .hasSingleBean(RedisRateLimits.class).hasSingleBean(RedisEventTransport.class)
                    .doesNotHaveBean(RelayEventTransport.class).doesNotHaveBean(JpaPresenceStore.class)
                    .doesNotHaveBean(JpaSeenKeys.class);
            RedisCalls redis = context.getBean(RedisCalls.class);
            assertThat(redis.prefix()).isEqualTo(prefix);
            Calls calls = context.getBean(Calls.class);
            calls.presence().update(Acme.user("bob"), new PresenceUpdate(PresenceStatus.AWAY, "lunch", null, null));
            assertThat(context.getBean(PresenceStore.class).find(Acme.user("bob")).orElseThrow().message())
                    .isEqualTo("lunch");
            Acme.online(calls, "alice", "bob");
            calls.cancel(calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO).id(), Acme.user("alice"));
            assertThatThrownBy(() -> calls.start(Acme.user("alice"), List.of("bob"), MediaType.AUDIO))
                    .isInstanceOf(RateLimitedException.class);
            assertThat(redis.commands().keys(prefix + "*")).anyMatch(k -> k.startsWith(prefix + "rate"))
                    .anyMatch(k -> k.startsWith(prefix + "presence"));
            redis.commands().del(redis.commands().keys(prefix + "*").toArray(String[]::new));
        });
    }

    @Test
    void lettuceConnectionFactoryOfTheApplicationThenItsServerAndClientResourcesAreUsed() {
        runner.withUserConfiguration(SpringDataRedis.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(RedisCalls.class).hasSingleBean(RedisEventTransport.class);
            RedisCalls redis = context.getBean(RedisCalls.class);
            assertThat(redis.ping()).isTrue();
            assertThat(redis.clientResources()).isSameAs(context.getBean(ClientResources.class));
            assertThat(context.getBean(SeenKeys.class).claim("delivery-1")).isTrue();
            assertThat(context.getBean(SeenKeys.class).claim("delivery-1")).isFalse();
            redis.commands().del(redis.commands().keys(prefix + "*").toArray(String[]::new));
        });
    }

    @Test
    void springBootsOwnRedisAutoConfigurationThenCallsUsesItsConnection() {
        runner.withConfiguration(BootAutoConfigurations.redis())
                .withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=6379").run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(LettuceConnectionFactory.class)
                            .hasSingleBean(RedisCalls.class).hasSingleBean(RedisEventTransport.class)
                            .doesNotHaveBean(RelayEventTransport.class);
                    assertThat(context.getBean(RedisCalls.class).ping()).isTrue();
                });
    }

    @Test
    void hostsOwnPresenceStoreThenItWinsOverRedis() {
        runner.withPropertyValues("calls.redis.url=redis://127.0.0.1:6379")
                .withBean(PresenceStore.class, InMemoryPresenceStore::new).run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(RedisCalls.class)
                            .doesNotHaveBean(RedisPresenceStore.class);
                    assertThat(context.getBean(PresenceStore.class)).isInstanceOf(InMemoryPresenceStore.class);
                });
    }

    /** What an application with Spring Data Redis has. */
    @Configuration(proxyBeanMethods = false)
    static class SpringDataRedis {
        @Bean(destroyMethod = "shutdown")
        ClientResources clientResources() {
            return DefaultClientResources.create();
        }

        @Bean
        LettuceConnectionFactory redisConnectionFactory(ClientResources resources) {
            return new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 6379),
                    LettuceClientConfiguration.builder().clientResources(resources).build());
        }
    }
}
