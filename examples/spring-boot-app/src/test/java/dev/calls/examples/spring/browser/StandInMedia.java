package dev.calls.examples.spring.browser;

import dev.calls.examples.servlet.browser.StandInJitsi;
import dev.calls.spi.MeetingProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The stand-in media deployment for the browser tests, at the app's own address: its join information points
 * at the stand-in {@code external_api.js} this configuration serves (the real one cannot be fetched here).
 */
@TestConfiguration(proxyBeanMethods = false)
class StandInMedia {
    @Bean
    MeetingProvider standInJitsi(Environment environment) {
        return new StandInJitsi("http://127.0.0.1:" + environment.getRequiredProperty("server.port"));
    }

    @Bean
    ServletRegistrationBean<StandInJitsi.ScriptServlet> standInScript() {
        return new ServletRegistrationBean<>(new StandInJitsi.ScriptServlet(), StandInJitsi.PATH + "*");
    }
}
