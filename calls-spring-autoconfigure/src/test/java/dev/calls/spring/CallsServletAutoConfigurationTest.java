package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.Calls;
import dev.calls.servlet.CallerResolver;
import dev.calls.servlet.CallsFilter;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.spring.support.Acme;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;

/** The filter in servlet web applications only, at calls.base-path, and the host's beans win. */
class CallsServletAutoConfigurationTest {
    private static final AutoConfigurations CALLS = AutoConfigurations.of(CallsAutoConfiguration.class,
            CallsServletAutoConfiguration.class);

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(CALLS).withUserConfiguration(Acme.class);

    @Test
    void servletWebApplicationThenFilterIsRegisteredAsyncAtTheBasePath() {
        runner.run(context -> {
            FilterRegistrationBean<?> registration = context.getBean("callsFilterRegistration", FilterRegistrationBean.class);
            assertThat(registration.getFilter()).isSameAs(context.getBean(CallsFilter.class));
            assertThat(registration.getUrlPatterns()).containsExactly("/api/calls", "/api/calls/*");
            assertThat(registration.isAsyncSupported()).isTrue();
            assertThat(registration.getOrder()).isEqualTo(CallsFilter.DEFAULT_ORDER);
            assertThat(registration.determineDispatcherTypes()).containsExactly(DispatcherType.REQUEST);
            assertThat(context.getBean(CallsFilter.class).options().basePath()).isEqualTo("/api/calls");
        });
    }

    @Test
    void basePathThenFilterAnswersThere() {
        runner.withPropertyValues("calls.base-path=/crm/calls").run(context -> {
            assertThat(context.getBean("callsFilterRegistration", FilterRegistrationBean.class).getUrlPatterns())
                    .containsExactly("/crm/calls", "/crm/calls/*");
            assertThat(context.getBean(CallsFilter.class).options().basePath()).isEqualTo("/crm/calls");
        });
    }

    @Test
    void filterOrderThenRegistrationHasIt() {
        runner.withPropertyValues("calls.servlet.filter-order=42").run(context ->
                assertThat(context.getBean("callsFilterRegistration", FilterRegistrationBean.class).getOrder())
                        .isEqualTo(42));
    }

    @Test
    void heartbeatIntervalThenFilterUsesIt() {
        runner.withPropertyValues("calls.servlet.heartbeat-interval=15s").run(context ->
                assertThat(context.getBean(CallsFilter.class).options().heartbeatInterval())
                        .isEqualTo(Duration.ofSeconds(15)));
    }

    @Test
    void maxStreamsPerUserThenFilterUsesIt() {
        runner.withPropertyValues("calls.servlet.max-streams-per-user=3").run(context ->
                assertThat(context.getBean(CallsFilter.class).options().maxStreamsPerUser()).isEqualTo(3));
    }

    @Test
    void notAWebApplicationThenNoFilter() {
        new ApplicationContextRunner().withConfiguration(CALLS).withUserConfiguration(Acme.class).run(context -> {
            assertThat(context).hasSingleBean(Calls.class).doesNotHaveBean(CallsFilter.class)
                    .doesNotHaveBean("callsFilterRegistration");
        });
    }

    @Test
    void reactiveWebApplicationThenNoFilter() {
        new ReactiveWebApplicationContextRunner().withConfiguration(CALLS).withUserConfiguration(Acme.class)
                .run(context -> assertThat(context).hasSingleBean(Calls.class).doesNotHaveBean(CallsFilter.class));
    }

    @Test
    void springSecurityPresentThenCallerComesFromAuthentication() {
        runner.run(context -> assertThat(context.getBean(CallerResolver.class))
                .isInstanceOf(SpringSecurityCallerResolver.class));
    }

    @Test
    void springSecurityAbsentThenCallerComesFromServletPrincipal() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.security")).run(context -> {
            CallerResolver resolver = context.getBean(CallerResolver.class);
            assertThat(resolver).isNotInstanceOf(SpringSecurityCallerResolver.class);
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setUserPrincipal(() -> "bob");
            assertThat(resolver.resolve(request)).hasValueSatisfying(caller -> {
                assertThat(caller.userId()).isEqualTo("bob");
                assertThat(caller.tenant()).isEqualTo(CallerResolver.DEFAULT_TENANT);
            });
            assertThat(resolver.resolve(new MockHttpServletRequest())).isEmpty();
        });
    }

    @Test
    void hostCallerResolverThenItIsUsed() {
        CallerResolver own = request -> Optional.empty();
        runner.withBean("ownResolver", CallerResolver.class, () -> own).run(context -> {
            assertThat(context).getBeans(CallerResolver.class).containsOnlyKeys("ownResolver");
        });
    }

    @Test
    void hostTenantResolverThenSpringSecurityResolverUsesIt() {
        runner.withBean("ownTenants", CallsTenantResolver.class, () -> (authentication, request) -> "org-7")
                .run(context -> {
                    assertThat(context).getBeans(CallsTenantResolver.class).containsOnlyKeys("ownTenants");
                    assertThat(SecurityCallers.resolveAs(context.getBean(CallerResolver.class), "alice"))
                            .hasValueSatisfying(caller -> assertThat(caller.tenant()).isEqualTo("org-7"));
                });
    }

    @Test
    void hostFilterBeansThenTheyWin() {
        CallsFilterOptions options = CallsFilterOptions.builder().basePath("/own").build();
        runner.withBean("ownOptions", CallsFilterOptions.class, () -> options).run(context -> {
            assertThat(context.getBean(CallsFilter.class).options()).isSameAs(options);
        });
        runner.withUserConfiguration(OwnFilter.class).run(context -> {
            assertThat(context).getBeans(CallsFilter.class).containsOnlyKeys("ownFilter");
            FilterRegistrationBean<?> registration = context.getBean("callsFilterRegistration", FilterRegistrationBean.class);
            assertThat(registration.getFilter()).isSameAs(context.getBean("ownFilter"));
            assertThat(registration.getUrlPatterns()).containsExactly("/own", "/own/*");
        });
        runner.withBean("callsFilterRegistration", FilterRegistrationBean.class, FilterRegistrationBean::new)
                .run(context -> assertThat(context.getBean("callsFilterRegistration", FilterRegistrationBean.class)
                        .getFilter()).isNull());
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class OwnFilter {
        @org.springframework.context.annotation.Bean
        CallsFilter ownFilter(Calls calls) {
            return new CallsFilter(calls, CallerResolver.fromPrincipal(),
                    CallsFilterOptions.builder().basePath("/own").build());
        }
    }
}
