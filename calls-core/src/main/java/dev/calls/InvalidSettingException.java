package dev.calls;

import java.util.Objects;

/**
 * A setting of the engine (or of one of its parts: meetings, the Jitsi provider) is missing, out of bounds or
 * contradicts another. {@link #setting()} names it in the builders' own words ({@code ringTimeout},
 * {@code meetings.joinEarly}, {@code jitsi.privateKey}), so an adapter such as Spring Boot's binding can report
 * the error on the right property without reading the message. The message never contains a secret value.
 */
public final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String setting;

    public InvalidSettingException(String setting, String message) {
        super(message);
        this.setting = Objects.requireNonNull(setting, "setting");
    }

    /** The setting at fault, such as {@code ringTimeout} or {@code jitsi.keyId}. */
    public String setting() {
        return setting;
    }

    /** Throws unless {@code ok}, with the message {@code "<setting> <rule>, was <value>"}. */
    static void check(boolean ok, String setting, String rule, Object value) {
        if (!ok) {
            throw new InvalidSettingException(setting, setting + " " + rule + ", was " + value);
        }
    }
}
