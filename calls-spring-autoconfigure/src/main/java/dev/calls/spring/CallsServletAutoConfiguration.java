package dev.calls.spring;

import dev.calls.Calls;
import dev.calls.servlet.CallerResolver;
import dev.calls.servlet.CallsFilter;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.spi.AdminPolicy;
import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The calls API in a servlet web application: one {@link CallsFilter} at {@code calls.base-path},
 * async-supported, ordered by {@code calls.servlet.filter-order} (after Spring Security's filters by default),
 * with the caller taken from Spring Security when it is present and from the servlet principal otherwise, and
 * answering the media server's webhooks when a {@link JaasWebhookReceiver} or {@link JitsiEventSyncReceiver} bean
 * exists.
 */
@AutoConfiguration(after = CallsAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({CallsFilter.class, FilterRegistrationBean.class})
@ConditionalOnBean(Calls.class)
public class CallsServletAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CallsFilterOptions callsFilterOptions(CallsProperties properties) {
        return CoreSettings.filter(properties);
    }

    /** The filter, with the media-server receivers the context has ({@code calls.webhooks.*-secret}). */
    @Bean
    @ConditionalOnMissingBean
    public CallsFilter callsFilter(Calls calls, CallerResolver callsCallerResolver, CallsFilterOptions options,
            ObjectProvider<JaasWebhookReceiver> jaasWebhooks, ObjectProvider<JitsiEventSyncReceiver> jitsiEventSync) {
        return CallsFilter.builder(calls, callsCallerResolver).options(options)
                .jaasWebhooks(jaasWebhooks.getIfUnique()).jitsiEventSync(jitsiEventSync.getIfUnique()).build();
    }

    @Bean
    @ConditionalOnMissingBean(name = "callsFilterRegistration")
    public FilterRegistrationBean<CallsFilter> callsFilterRegistration(CallsFilter callsFilter,
            CallsProperties properties) {
        FilterRegistrationBean<CallsFilter> registration = new FilterRegistrationBean<>(callsFilter);
        String base = basePath(callsFilter, properties);
        registration.setName(CallsFilter.FILTER_NAME);
        registration.setAsyncSupported(true);
        registration.setOrder(properties.getServlet().getFilterOrder());
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns(base, base + "/*");
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    CallsStreamsShutdown callsStreamsShutdown(CallsFilter callsFilter) {
        return new CallsStreamsShutdown(callsFilter);
    }

    /** Where the filter answers: its own setting, or the property for a filter that reads it in {@code init}. */
    private static String basePath(CallsFilter filter, CallsProperties properties) {
        try {
            return filter.options().basePath();
        } catch (IllegalStateException notInitializedYet) {
            return properties.getBasePath();
        }
    }

    /** The caller from Spring Security's {@code Authentication}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
    static class SpringSecurityCaller {

        @Bean
        @ConditionalOnMissingBean
        CallsTenantResolver callsTenantResolver() {
            return CallsTenantResolver.byAttribute();
        }

        @Bean
        @ConditionalOnMissingBean
        CallerResolver callsCallerResolver(CallsTenantResolver tenants) {
            return new SpringSecurityCallerResolver(tenants);
        }

        /** Administrators are the signed-in users with {@code calls.admin.authority}. */
        @Bean
        @ConditionalOnMissingBean
        AdminPolicy callsAdminPolicy(CallsProperties properties) {
            return new SpringSecurityAdminPolicy(properties.getAdmin().getAuthority());
        }
    }

    /** Without Spring Security: {@code request.getUserPrincipal()}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingClass("org.springframework.security.core.context.SecurityContextHolder")
    static class PrincipalCaller {

        @Bean
        @ConditionalOnMissingBean
        CallerResolver callsCallerResolver() {
            return CallerResolver.fromPrincipal();
        }
    }
}
