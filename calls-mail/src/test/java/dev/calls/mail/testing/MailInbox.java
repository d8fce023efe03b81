package dev.calls.mail.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) on a free port of 127.0.0.1, plain (no TLS), accepting any sender and recipient,
 * and the messages it received, parsed ({@link ReceivedMail}).
 */
public final class MailInbox implements AutoCloseable {
    private static final long WAIT_MILLIS = 15_000;
    private final GreenMail server;

    public MailInbox() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
    }

    /** Requires SMTP AUTH with this login from now on. */
    public MailInbox requireLogin(String user, String password) {
        server.setUser(user, user, password);
        server.getManagers().getSmtpManager().getUserManager().setAuthRequired(true);
        return this;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every message received so far, parsed. */
    public List<ReceivedMail> received() {
        List<ReceivedMail> out = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            out.add(ReceivedMail.of(m));
        }
        return out;
    }

    /** Waits until the received messages satisfy {@code condition}; returns them. */
    public List<ReceivedMail> await(Predicate<List<ReceivedMail>> condition, String what) {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            List<ReceivedMail> now = received();
            if (condition.test(now)) {
                return now;
            }
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("never received: " + what + "; got " + now);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** Waits for at least {@code count} messages. */
    public List<ReceivedMail> await(int count) {
        return await(l -> l.size() >= count, count + " message(s)");
    }

    @Override
    public void close() {
        server.stop();
    }
}
