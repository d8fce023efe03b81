package dev.calls.internal;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.ErrorCode;
import dev.calls.InputLimits;
import dev.calls.Participant;
import dev.calls.ParticipantState;
import dev.calls.RefusedException;
import dev.calls.UserRef;
import dev.calls.history.Direction;
import dev.calls.history.HistoryEntry;
import dev.calls.history.HistoryPage;
import dev.calls.history.Outcome;
import dev.calls.spi.CallStore;
import dev.calls.spi.HistoryQuery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** A user's call history: direction, outcome and duration per call, newest first, keyset-paged. */
public final class HistoryService {
    private final CallStore store;
    private final Clock clock;

    HistoryService(CallStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public HistoryPage page(UserRef user, boolean missedOnly, Instant since, String cursor, int limit) {
        InputLimits.requirePageSize(limit);
        Instant beforeAt = null;
        UUID beforeId = null;
        if (cursor != null && !cursor.isBlank()) {
            String[] parts = decode(cursor);
            try {
                beforeAt = Instant.ofEpochMilli(Long.parseLong(parts[0]));
                beforeId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw new RefusedException(ErrorCode.INVALID_REQUEST, "cursor is not valid");
            }
        }
        List<Call> calls = store.history(user.tenant(), user.userId(),
                new HistoryQuery(missedOnly, since, beforeAt, beforeId, limit));
        List<HistoryEntry> items = new ArrayList<>(calls.size());
        for (Call call : calls) {
            items.add(entry(call, user.userId()));
        }
        String next = null;
        if (calls.size() == limit) {
            Call last = calls.get(calls.size() - 1);
            next = encode(last.createdAt().toEpochMilli() + "~" + last.id());
        }
        return new HistoryPage(items, next);
    }

    HistoryEntry entry(Call call, String userId) {
        boolean outgoing = call.isInitiator(userId);
        Participant me = call.participant(userId).orElseThrow();
        List<String> others = new ArrayList<>();
        if (!outgoing) {
            others.add(call.initiator());
        }
        for (Participant p : call.participants()) {
            if (!p.userId().equals(userId) && !p.userId().equals(call.initiator())) {
                others.add(p.userId());
            }
        }
        Outcome outcome = outgoing ? outgoing(call) : incoming(call, me);
        // talk time is the call's, but only for someone who took part in the talking
        Duration talked = me.joinedAt() != null ? call.duration(clock.instant()) : Duration.ZERO;
        return new HistoryEntry(call, outgoing ? Direction.OUTGOING : Direction.INCOMING, outcome, talked, others);
    }

    private static Outcome outgoing(Call call) {
        if (!call.state().isTerminal()) {
            return Outcome.ONGOING;
        }
        if (call.answeredAt() != null) {
            return call.state() == CallState.FAILED ? Outcome.FAILED : Outcome.ANSWERED;
        }
        return switch (call.state()) {
            case CANCELLED -> Outcome.CANCELLED;
            case DECLINED -> Outcome.DECLINED;
            case FAILED -> Outcome.FAILED;
            default -> call.endReason() == dev.calls.EndReason.BUSY ? Outcome.BUSY
                    : call.endReason() == dev.calls.EndReason.UNAVAILABLE ? Outcome.UNAVAILABLE : Outcome.NO_ANSWER;
        };
    }

    private static Outcome incoming(Call call, Participant me) {
        if (me.joinedAt() != null) {
            return Outcome.ANSWERED;
        }
        if (me.state().isPending() && !call.state().isTerminal()) {
            return Outcome.ONGOING;
        }
        if (me.state() == ParticipantState.DECLINED) {
            return Outcome.DECLINED;
        }
        return call.state() == CallState.FAILED ? Outcome.FAILED : Outcome.MISSED;
    }

    private static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("~", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "cursor is not valid");
        }
    }
}
