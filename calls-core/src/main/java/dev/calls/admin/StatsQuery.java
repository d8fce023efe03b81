package dev.calls.admin;

import dev.calls.ErrorCode;
import dev.calls.RefusedException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Which calls statistics cover: those created in {@code [from, to)}, in series points of one {@code bucket}.
 *
 * @param topMissed how many users {@code missedByUser} lists
 */
public record StatsQuery(Instant from, Instant to, StatsBucket bucket, int topMissed) {
    /** Most series points one query may span. */
    public static final int MAX_BUCKETS = 1000;
    /** Users listed in {@code missedByUser} unless said otherwise. */
    public static final int DEFAULT_TOP_MISSED = 10;

    /** @throws RefusedException {@code invalid_request}: {@code from} not before {@code to}, or too many buckets */
    public StatsQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(bucket, "bucket");
        from = from.truncatedTo(ChronoUnit.MILLIS);
        to = to.truncatedTo(ChronoUnit.MILLIS);
        if (!from.isBefore(to)) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "from must be before to");
        }
        if (Math.floorDiv(to.toEpochMilli() - 1, bucket.millis()) - Math.floorDiv(from.toEpochMilli(), bucket.millis())
                >= MAX_BUCKETS) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST,
                    "from and to span more than " + MAX_BUCKETS + " " + bucket.wire() + " buckets");
        }
        if (topMissed < 0 || topMissed > 100) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "topMissed is 0 to 100");
        }
    }

    /**
     * The query a caller's optional values make: {@code to} defaults to the end of the bucket {@code now} is in
     * (so the series ends with the current day or hour, calls of this very moment included), {@code from} to 30
     * days (day buckets) or 48 hours (hour buckets) before {@code to}, the bucket to days.
     */
    public static StatsQuery of(Instant from, Instant to, StatsBucket bucket, Instant now) {
        StatsBucket b = bucket != null ? bucket : StatsBucket.DAY;
        Instant end = to != null ? to
                : Instant.ofEpochMilli((Math.floorDiv(now.toEpochMilli(), b.millis()) + 1) * b.millis());
        Instant start = from != null ? from : end.minus(b == StatsBucket.DAY ? Duration.ofDays(30) : Duration.ofHours(48));
        return new StatsQuery(start, end, b, DEFAULT_TOP_MISSED);
    }
}
