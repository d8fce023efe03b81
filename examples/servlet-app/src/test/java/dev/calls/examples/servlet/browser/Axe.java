package dev.calls.examples.servlet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core (the {@code org.webjars.npm:axe-core} test dependency) run in the page: asserts no serious or critical
 * violation and no page wider than the screen, and saves a screenshot of the state it checked, at a desktop
 * (1366×768) and a phone (390×844) size.
 */
public final class Axe {
    private static final String SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static String source;

    private Axe() {
    }

    /** Checks the page as it is now, at both sizes; {@code name} names the screenshots. */
    public static void check(Browser browser, String name) {
        try {
            for (int[] size : new int[][] {{1366, 768}, {390, 844}}) {
                browser.viewport(size[0], size[1]);
                String label = name + "-" + size[0] + "x" + size[1];
                browser.screenshot("axe-" + label);
                assertThat(violations(browser)).as("serious or critical accessibility violations on " + label).isEmpty();
                // nothing wider than the screen: no sideways scrolling, no header cut off
                assertThat(((Number) browser.script("return document.documentElement.scrollWidth;")).intValue())
                        .as("page width on " + label).isLessThanOrEqualTo(size[0]);
            }
        } finally {
            browser.desktop();
        }
    }

    @SuppressWarnings("unchecked")
    public static List<String> violations(Browser browser) {
        browser.script(script()); // evaluated through the driver: the page's content security policy does not apply
        return (List<String>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { iframes: false, resultTypes: ['violations'] }).then((r) => done(r.violations
                    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                    .map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join('; '))))
                  .catch((e) => done(['axe failed: ' + e]));""");
    }

    private static synchronized String script() {
        if (source == null) {
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new AssertionError(SCRIPT + " is not on the test class path (org.webjars.npm:axe-core)");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
