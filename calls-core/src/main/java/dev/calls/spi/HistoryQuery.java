package dev.calls.spi;

import dev.calls.InputLimits;
import java.time.Instant;
import java.util.UUID;

/**
 * A page request for a user's history.
 *
 * @param missedOnly only calls this user missed (invited, never answered, not declined)
 * @param since only calls created at or after this instant; may be null
 * @param beforeCreatedAt keyset cursor: only calls created before this, or at it with an id below
 *     {@code beforeId}; null for the first page
 * @param beforeId keyset cursor id; null for the first page
 * @param limit page size, 1 to {@link InputLimits#MAX_PAGE_SIZE}
 */
public record HistoryQuery(boolean missedOnly, Instant since, Instant beforeCreatedAt, UUID beforeId, int limit) {
    public HistoryQuery {
        if (limit < 1 || limit > InputLimits.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("limit must be between 1 and " + InputLimits.MAX_PAGE_SIZE);
        }
        if ((beforeCreatedAt == null) != (beforeId == null)) {
            throw new IllegalArgumentException("a cursor names both an instant and an id");
        }
    }

    public static HistoryQuery first(int limit) {
        return new HistoryQuery(false, null, null, null, limit);
    }
}
