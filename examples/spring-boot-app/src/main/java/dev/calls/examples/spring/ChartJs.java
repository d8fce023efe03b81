package dev.calls.examples.spring;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of the Chart.js webjar on the class path, which names its folder under {@code /webjars/}. */
final class ChartJs {
    static final String VERSION = version();

    private ChartJs() {
    }

    private static String version() {
        try (InputStream in = ChartJs.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Chart.js webjar missing from the class path", e);
        }
    }
}
