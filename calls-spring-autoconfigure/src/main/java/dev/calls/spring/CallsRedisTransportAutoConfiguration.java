package dev.calls.spring;

import dev.calls.redis.RedisCalls;
import dev.calls.redis.RedisEventTransport;
import dev.calls.spi.CallStore;
import dev.calls.spi.EventTransport;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The Redis event transport, once {@link CallsRedisAutoConfiguration} connected and a shared call store (the JPA
 * one) is there: every node's events reach this node's devices, read from the call store's log and woken
 * through Redis pub/sub ({@code calls.redis.poll-interval} is the fallback when no wake-up comes). Without a
 * shared call store (in memory) there is nothing to share, and the engine keeps its in-process transport.
 */
@AutoConfiguration(after = {CallsRedisAutoConfiguration.class, CallsJpaAutoConfiguration.class})
@ConditionalOnClass(RedisCalls.class)
public class CallsRedisTransportAutoConfiguration {

    /** Closed by the engine when it closes; closing twice is harmless. */
    @Bean(destroyMethod = "close")
    @ConditionalOnBean({RedisCalls.class, CallStore.class})
    @ConditionalOnMissingBean(EventTransport.class)
    RedisEventTransport callsRedisEventTransport(RedisCalls redis, CallStore callStore, CallsProperties properties) {
        return redis.eventTransport(callStore).pollInterval(properties.getRedis().getPollInterval()).build();
    }
}
