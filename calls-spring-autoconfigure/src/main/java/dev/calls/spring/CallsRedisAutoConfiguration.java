package dev.calls.spring;

import dev.calls.redis.RedisCalls;
import dev.calls.redis.RedisPresenceStore;
import dev.calls.redis.RedisRateLimits;
import dev.calls.redis.RedisSeenKeys;
import dev.calls.spi.PresenceStore;
import dev.calls.spi.RateLimits;
import dev.calls.webhook.InMemorySeenKeys;
import dev.calls.webhook.SeenKeys;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Redis for scale-out when calls-redis is on the class path and Redis is configured: {@code calls.redis.url}, or
 * else the application's own {@link LettuceConnectionFactory} (Spring Data Redis), whose server and client
 * resources (event loops) are reused. Then presence, webhook de-duplication and the start and ring-again rate
 * limits live in Redis, shared by every node, instead of the database or this node's memory, and
 * {@link CallsRedisTransportAutoConfiguration} wakes nodes through Redis instead of the database. Ordered before
 * the JPA auto-configuration, whose beans of the same types then stay away; a host's bean of a type wins.
 * {@code calls.redis.enabled=false} turns it all off.
 */
@AutoConfiguration(before = CallsJpaAutoConfiguration.class, afterName = {
        "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration",
        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration"})
@ConditionalOnClass(RedisCalls.class)
@ConditionalOnProperty(prefix = "calls.redis", name = "enabled", matchIfMissing = true)
public class CallsRedisAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(CallsRedisAutoConfiguration.class);

    /** {@code calls.redis.url} set: connects there. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisUrlCondition.Set.class)
    static class FromUrl {
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        RedisCalls callsRedis(CallsProperties properties) {
            CallsProperties.RedisProperties redis = properties.getRedis();
            return log(RedisCalls.builder().url(redis.getUrl()), properties);
        }
    }

    /**
     * No {@code calls.redis.url}, but the application has a Lettuce connection factory for a standalone server: its
     * server, its resources. Sentinel and Cluster are not copied ({@link StandaloneRedisCondition}).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(LettuceConnectionFactory.class)
    @Conditional({RedisUrlCondition.NotSet.class, StandaloneRedisCondition.class})
    static class FromLettuceConnectionFactory {
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        @ConditionalOnBean(LettuceConnectionFactory.class)
        RedisCalls callsRedis(LettuceConnectionFactory factory, CallsProperties properties) {
            if (factory.getSentinelConfiguration() != null || factory.getClusterConfiguration() != null) {
                // a factory of the host's own, which StandaloneRedisCondition cannot see into; its host would be
                // localhost, not the servers, so stop rather than connect there
                throw new IllegalStateException("The application's Lettuce connection factory is for "
                        + (factory.getSentinelConfiguration() != null ? "Sentinel" : "a Cluster")
                        + ", which Calls cannot take from it: set calls.redis.url, or calls.redis.enabled=false");
            }
            RedisURI.Builder uri = RedisURI.builder().withHost(factory.getHostName()).withPort(factory.getPort())
                    .withDatabase(factory.getDatabase()).withSsl(factory.isUseSsl());
            var password = factory.getStandaloneConfiguration().getPassword();
            if (password.isPresent()) {
                String user = factory.getStandaloneConfiguration().getUsername();
                if (user != null) {
                    uri.withAuthentication(user, password.get());
                } else {
                    uri.withPassword(password.get());
                }
            }
            RedisCalls.Builder builder = RedisCalls.builder().url(uri.build().toURI().toString());
            ClientResources resources = factory.getClientResources();
            if (resources != null) {
                builder.clientResources(resources);
            }
            return log(builder, properties);
        }
    }

    private static RedisCalls log(RedisCalls.Builder builder, CallsProperties properties) {
        CallsProperties.RedisProperties redis = properties.getRedis();
        RedisCalls calls = builder.keyPrefix(redis.getKeyPrefix()).presenceRetention(redis.getPresenceRetention())
                .build();
        LOG.info("Redis on for presence, webhook de-duplication, rate limits and event wake-ups (key prefix {})",
                calls.prefix());
        return calls;
    }

    @Bean
    @ConditionalOnBean(RedisCalls.class)
    @ConditionalOnMissingBean(PresenceStore.class)
    RedisPresenceStore callsRedisPresenceStore(RedisCalls redis) {
        return redis.presenceStore();
    }

    @Bean
    @ConditionalOnBean(RedisCalls.class)
    @ConditionalOnMissingBean(SeenKeys.class)
    RedisSeenKeys callsRedisSeenKeys(RedisCalls redis) {
        return redis.seenKeys(Clock.systemUTC(), InMemorySeenKeys.DEFAULT_RETENTION);
    }

    @Bean
    @ConditionalOnBean(RedisCalls.class)
    @ConditionalOnMissingBean(RateLimits.class)
    RedisRateLimits callsRedisRateLimits(RedisCalls redis) {
        return redis.rateLimits();
    }
}
