package dev.calls.mail;

import dev.calls.InvalidSettingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Where invitations are sent from: the SMTP server ({@code calls.mail.*}). Mail is on when {@code host} is set.
 * {@link #toString()} never shows the password.
 *
 * @param host SMTP server host name (required)
 * @param port SMTP port, 1 to 65535 (default 587)
 * @param username user name for SMTP AUTH; null or blank for none
 * @param password password for SMTP AUTH; never logged
 * @param starttls whether the connection must be upgraded with STARTTLS before anything is sent (default true;
 *     false only for a server on the same host or network, such as a local relay)
 * @param from the sender, such as {@code Calls <calls@example.org>} (required)
 */
public record MailSettings(String host, int port, String username, String password, boolean starttls, String from) {
    /** The submission port. */
    public static final int DEFAULT_PORT = 587;

    public MailSettings {
        if (host == null || host.isBlank()) {
            throw new InvalidSettingException("calls.mail.host", "calls.mail.host is required for mail");
        }
        host = host.strip();
        if (port < 1 || port > 65535) {
            throw new InvalidSettingException("calls.mail.port", "calls.mail.port must be between 1 and 65535, was "
                    + port);
        }
        if (username != null && username.isBlank()) {
            username = null;
        }
        if (username != null && (password == null || password.isEmpty())) {
            throw new InvalidSettingException("calls.mail.password", "calls.mail.password is required with a username");
        }
        sender(from);
    }

    /** The settings a host gives as text, as in its configuration: null or blank port and starttls take defaults. */
    public static MailSettings of(String host, String port, String username, String password, String starttls,
            String from) {
        return new MailSettings(host, port(port), username, password, starttls(starttls), from);
    }

    /** The sender as an address; its display name, if any, is kept. */
    public static InternetAddress sender(String from) {
        if (from == null || from.isBlank()) {
            throw new InvalidSettingException("calls.mail.from", "calls.mail.from is required for mail");
        }
        try {
            InternetAddress address = new InternetAddress(from.strip(), true);
            if (!address.getAddress().contains("@")) {
                throw new AddressException("no domain");
            }
            return address;
        } catch (AddressException e) {
            throw new InvalidSettingException("calls.mail.from", "calls.mail.from is not an e-mail address");
        }
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("calls.mail.port", "calls.mail.port must be a number, was " + value);
        }
    }

    private static boolean starttls(String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException("calls.mail.starttls",
                    "calls.mail.starttls must be true or false, was " + value);
        };
    }

    /** Everything but the password. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + (username == null ? "none" : username)
                + ", password=" + (password == null || password.isEmpty() ? "none" : "***") + ", starttls=" + starttls
                + ", from=" + from + "]";
    }
}
