package dev.calls.servlet;

import dev.calls.InvalidSettingException;
import jakarta.servlet.FilterConfig;
import java.time.Duration;

/** The settings of a filter declared in {@code web.xml}, from its init parameters. */
final class InitParameters {
    private InitParameters() {
    }

    /**
     * {@code base-path}, {@code heartbeat-seconds} (a whole number) and {@code public-base-url}; blank or absent
     * parameters keep the defaults.
     *
     * @throws InvalidSettingException naming the setting when a value is impossible
     */
    static CallsFilterOptions options(FilterConfig config) {
        CallsFilterOptions.Builder b = CallsFilterOptions.builder();
        String base = value(config, "base-path");
        if (base != null) {
            b.basePath(base);
        }
        String heartbeat = value(config, "heartbeat-seconds");
        if (heartbeat != null) {
            try {
                b.heartbeatInterval(Duration.ofSeconds(Long.parseLong(heartbeat)));
            } catch (NumberFormatException e) {
                throw new InvalidSettingException("heartbeatInterval",
                        "heartbeat-seconds must be a whole number of seconds, was '" + heartbeat + "'");
            }
        }
        String publicBaseUrl = value(config, "public-base-url");
        if (publicBaseUrl != null) {
            b.publicBaseUrl(publicBaseUrl);
        }
        return b.build();
    }

    private static String value(FilterConfig config, String name) {
        String value = config.getInitParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
