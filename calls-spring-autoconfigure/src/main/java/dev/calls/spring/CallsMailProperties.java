package dev.calls.spring;

/**
 * {@code calls.mail.*}: e-mailed meeting invitations (the calls-mail module). Mail is on when {@code host} is set,
 * or when the application has a {@code JavaMailSender} (spring.mail.*) and {@code from} is set.
 */
public class CallsMailProperties {

    /**
     * The SMTP server's host name; setting it turns invitation e-mails on. Not used when the application has a
     * JavaMailSender bean (spring.mail.*): invitations then go through that sender.
     */
    private String host;

    /** The SMTP server's port, 1 to 65535; 587 (submission) by default. */
    private int port = 587;

    /** The user name for SMTP AUTH; unset for a server that needs no login. */
    private String username;

    /** The password for SMTP AUTH. Never logged. */
    private String password;

    /**
     * Upgrade the connection with STARTTLS before anything is sent, and send nothing if the server cannot; false
     * only for a relay on the same host or network.
     */
    private boolean starttls = true;

    /** The sender of invitations, such as "Calls <calls@example.org>"; required when mail is on. */
    private String from;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isStarttls() {
        return starttls;
    }

    public void setStarttls(boolean starttls) {
        this.starttls = starttls;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "calls.mail[host=" + host + ", port=" + port + ", username=" + username + ", password="
                + (password == null ? "none" : "***") + ", starttls=" + starttls + ", from=" + from + "]";
    }
}
