package dev.calls.spi;

import dev.calls.Call;
import dev.calls.Participant;
import dev.calls.ParticipantState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something a live call holds exclusively within its tenant, so that no other call can hold it at the same
 * time. A {@linkplain #isPair() user claim} is held for every participant who is {@code JOINED} while the call
 * is ringing or active (the initiator of a ringing call is already joined): a user is joined in at most one
 * live call. A {@linkplain #isPair() pair claim} is held by every live call with exactly two participants, so
 * two users calling each other at the same instant, or one user submitting the same call twice, end up with
 * one call. A terminal call holds no claims.
 *
 * <p>Claims are derived from the {@link Call} alone ({@link #of(Call)}); a {@link CallStore} takes and releases
 * them atomically with the write of the call.
 *
 * @param tenant the call's tenant
 * @param userId for a user claim the joined user; for a pair claim the lesser of the two user ids (by code point)
 * @param otherUserId null for a user claim; for a pair claim the greater of the two user ids
 */
public record CallClaim(String tenant, String userId, String otherUserId) {

    public CallClaim {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(userId, "userId");
        if (otherUserId != null && compareCodePoints(userId, otherUserId) >= 0) {
            throw new IllegalArgumentException("a pair claim names two users, the lesser first");
        }
    }

    /** The claim of a user joined in a live call. */
    public static CallClaim user(String tenant, String userId) {
        return new CallClaim(tenant, userId, null);
    }

    /** The claim of the unordered pair of users of a live 1:1 call. */
    public static CallClaim pair(String tenant, String a, String b) {
        return compareCodePoints(a, b) <= 0 ? new CallClaim(tenant, a, b) : new CallClaim(tenant, b, a);
    }

    /** Whether this is the claim of a pair of users rather than of one joined user. */
    public boolean isPair() {
        return otherUserId != null;
    }

    /** Every claim {@code call} holds: none when terminal; pair claim first, then joined users in list order. */
    public static List<CallClaim> of(Call call) {
        if (call.state().isTerminal()) {
            return List.of();
        }
        List<CallClaim> claims = new ArrayList<>();
        List<Participant> ps = call.participants();
        if (ps.size() == 2 && !ps.get(0).userId().equals(ps.get(1).userId())) {
            claims.add(pair(call.tenant(), ps.get(0).userId(), ps.get(1).userId()));
        }
        for (Participant p : ps) {
            if (p.state() == ParticipantState.JOINED) {
                claims.add(user(call.tenant(), p.userId()));
            }
        }
        return claims;
    }

    /** Orders by Unicode code point, as the databases' binary collations do (not by UTF-16 unit). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
