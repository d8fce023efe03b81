package dev.calls.spring;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether {@code calls.redis.url} has text. Read as a plain property, never spliced into an expression: a password
 * in the URL may hold any character, and the outcome's message never shows the value.
 */
abstract class RedisUrlCondition extends SpringBootCondition {
    static final String PROPERTY = "calls.redis.url";

    private final boolean wanted;

    RedisUrlCondition(boolean wanted) {
        this.wanted = wanted;
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean set = StringUtils.hasText(context.getEnvironment().getProperty(PROPERTY));
        String message = PROPERTY + (set ? " is set" : " is not set");
        return set == wanted ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
    }

    /** {@code calls.redis.url} has text. */
    static final class Set extends RedisUrlCondition {
        Set() {
            super(true);
        }
    }

    /** {@code calls.redis.url} is missing or blank. */
    static final class NotSet extends RedisUrlCondition {
        NotSet() {
            super(false);
        }
    }
}
