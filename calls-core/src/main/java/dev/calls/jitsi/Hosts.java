package dev.calls.jitsi;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks deployment host names, so a URL or a path pasted into the domain setting fails early. */
final class Hosts {
    private static final Pattern HOST = Pattern.compile(
            "[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\\d{1,5})?");

    private Hosts() {
    }

    /** The host name lowercased, or an error naming {@code what} when it is not a bare host[:port]. */
    static String require(String domain, String what) {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException(what + " is required: the Jitsi host name, such as meet.example.com");
        }
        String host = domain.trim().toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException(what + " must be a bare host name such as meet.example.com"
                    + " (no https://, no path), was '" + domain + "'");
        }
        return host;
    }
}
