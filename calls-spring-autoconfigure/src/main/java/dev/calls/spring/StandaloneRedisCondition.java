package dev.calls.spring;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisSentinelConfiguration;
import org.springframework.util.StringUtils;

/**
 * Whether Spring Boot's Lettuce connection factory is for one standalone server, the only kind Calls can copy:
 * neither {@code spring.data.redis.sentinel.*} nor {@code spring.data.redis.cluster.nodes} is set, and the
 * application defines no {@link RedisSentinelConfiguration} or {@link RedisClusterConfiguration} bean. Otherwise
 * Calls leaves Redis alone (one line in the log says so) rather than connecting to localhost.
 */
final class StandaloneRedisCondition extends SpringBootCondition {
    private static final Logger LOG = LoggerFactory.getLogger(CallsRedisAutoConfiguration.class);
    private static final AtomicBoolean LOGGED = new AtomicBoolean();

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String kind = kind(context);
        if (kind == null) {
            return ConditionOutcome.match("Redis is a standalone server");
        }
        if (LOGGED.compareAndSet(false, true)) {
            LOG.warn("Redis not used by Calls: the application's Redis is {}, which Calls cannot take from its"
                    + " connection factory; set calls.redis.url to use Redis", kind);
        }
        return ConditionOutcome.noMatch("Redis is " + kind);
    }

    private static String kind(ConditionContext context) {
        Environment env = context.getEnvironment();
        var beans = context.getBeanFactory();
        if (StringUtils.hasText(env.getProperty("spring.data.redis.sentinel.master"))
                || StringUtils.hasText(env.getProperty("spring.data.redis.sentinel.nodes"))
                || beans != null && beans.getBeanNamesForType(RedisSentinelConfiguration.class, false, false).length > 0) {
            return "Sentinel";
        }
        if (StringUtils.hasText(env.getProperty("spring.data.redis.cluster.nodes"))
                || beans != null && beans.getBeanNamesForType(RedisClusterConfiguration.class, false, false).length > 0) {
            return "a Cluster";
        }
        return null;
    }
}
