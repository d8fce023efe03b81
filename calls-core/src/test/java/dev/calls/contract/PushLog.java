package dev.calls.contract;

import dev.calls.UserRef;
import dev.calls.spi.PushNotifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Every push invitation and cancellation of every engine of a sequence, each tagged with the last event
 * sequence of the commit that caused it, so entries of different engines can be put in commit order.
 */
final class PushLog {
    /** One push call: an invitation when {@code reason} is null, else a cancellation. */
    record Entry(int node, long sequence, UserRef user, UUID callId, String reason) {
        boolean isInvite() {
            return reason == null;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** The notifier of one engine; {@code commit} gives the sequence of the commit being handed on. */
    PushNotifier notifier(int node, LongSupplier commit) {
        return (message, devices, feedback) -> add(new Entry(node, commit.getAsLong(), message.recipient(),
                message.callId(), message.reason()));
    }

    private synchronized void add(Entry entry) {
        entries.add(entry);
    }

    /** The entries for one user and call, in commit order. */
    synchronized List<Entry> of(UserRef user, UUID callId) {
        return entries.stream().filter(e -> e.user().equals(user) && e.callId().equals(callId))
                .sorted(Comparator.comparingLong(Entry::sequence)).toList();
    }
}
