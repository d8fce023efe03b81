package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A missing UserDirectory is explained in the start-up report, with the bean to declare. */
class CallsFailureAnalyzerTest {

    @Test
    void missingUserDirectoryThenReportSaysWhatToDeclare() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CallsAutoConfiguration.class))
                .run(context -> {
                    FailureAnalysis analysis = new CallsFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).contains("no bean of type dev.calls.spi.UserDirectory");
                    assertThat(analysis.getAction()).contains("@Bean").contains("UserDirectory userDirectory(");
                });
    }

    @Test
    void otherFailuresThenAnalyzerStaysSilent() {
        assertThat(new CallsFailureAnalyzer().analyze(new IllegalStateException("something else"))).isNull();
    }

    @Test
    void analyzerIsRegisteredForSpringBootToFind() throws Exception {
        boolean registered = false;
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
            Properties factories = new Properties();
            try (InputStream in = url.openStream()) {
                factories.load(in);
            }
            String analyzers = factories.getProperty(FailureAnalyzer.class.getName(), "");
            registered |= analyzers.contains(CallsFailureAnalyzer.class.getName());
        }
        assertThat(registered).isTrue();
    }
}
