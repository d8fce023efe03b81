package dev.calls.internal;

import dev.calls.meeting.Invitation;
import dev.calls.meeting.InvitationCounts;
import dev.calls.meeting.InvitationService;
import dev.calls.spi.InvitationMailer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The invitation outbox: one daemon thread and a bounded queue in front of the {@link InvitationMailer}, so a
 * slow or broken mail server never holds up, or fails, the API call that changed a meeting.
 */
final class Outbox implements InvitationService {
    /** Jobs (one message, or one meeting change's messages) waiting at most; more are dropped. */
    static final int CAPACITY = 1000;
    private static final long CLOSE_WAIT_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final InvitationMailer mailer;
    private final ThreadPoolExecutor executor;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    Outbox(InvitationMailer mailer) {
        this.mailer = mailer;
        this.executor = mailer == null ? null : new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(CAPACITY), r -> {
                    Thread t = new Thread(r, "calls-invitations");
                    t.setDaemon(true);
                    return t;
                });
    }

    @Override
    public boolean enabled() {
        return mailer != null;
    }

    @Override
    public boolean send(Invitation invitation) {
        java.util.Objects.requireNonNull(invitation, "invitation");
        return submit(() -> deliver(invitation), invitation.toString());
    }

    @Override
    public InvitationCounts counts() {
        return new InvitationCounts(sent.get(), failed.get(), dropped.get());
    }

    /** Runs {@code job} on the outbox thread; false (counted as dropped) if the queue is full or closed. */
    boolean submit(Runnable job, String what) {
        if (executor == null) {
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    LOG.warn("invitations for {} could not be prepared: {}", what, describe(e));
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            long n = dropped.incrementAndGet();
            if (n == 1 || n % 100 == 0) {
                // one line per hundred, not one per message, while a mail server is down
                LOG.warn("invitation outbox full or closed: {} dropped ({} so far)", what, n);
            }
            return false;
        }
    }

    /** Hands one message to the mailer, on the outbox thread. */
    void deliver(Invitation invitation) {
        try {
            mailer.send(invitation);
            sent.incrementAndGet();
        } catch (Exception e) {
            failed.incrementAndGet();
            LOG.warn("{} could not be sent: {}", invitation, describe(e));
        }
    }

    /** Sends what is queued (waiting a few seconds at most), then stops the thread. */
    void close() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                int left = executor.shutdownNow().size();
                dropped.addAndGet(left);
                LOG.warn("invitation outbox closed with {} job(s) unsent", left);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** The exception's type and message, never its cause chain (a mail session's cause may echo settings). */
    private static String describe(Exception e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
