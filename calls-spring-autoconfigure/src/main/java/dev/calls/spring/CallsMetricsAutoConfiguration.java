package dev.calls.spring;

import dev.calls.Calls;
import dev.calls.servlet.CallsFilter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters when Micrometer is on the class path: {@link CallsMetrics} and the gauge
 * {@value #OPEN_STREAMS} of event streams open on this node. Both are {@link MeterBinder}s, which Spring Boot
 * binds to the application's registry.
 */
@AutoConfiguration(after = {CallsAutoConfiguration.class, CallsServletAutoConfiguration.class})
@ConditionalOnClass({MeterBinder.class, Calls.class})
public class CallsMetricsAutoConfiguration {
    public static final String OPEN_STREAMS = "calls.streams.open";

    @Bean
    @ConditionalOnMissingBean
    public CallsMetrics callsMetrics() {
        return new CallsMetrics();
    }

    @Bean
    @ConditionalOnBean(CallsFilter.class)
    @ConditionalOnMissingBean(name = "callsStreamMetrics")
    public MeterBinder callsStreamMetrics(CallsFilter callsFilter) {
        return registry -> Gauge.builder(OPEN_STREAMS, callsFilter, CallsFilter::openStreams)
                .description("Event streams open on this node").register(registry);
    }
}
