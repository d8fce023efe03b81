package dev.calls.admin;

import dev.calls.ErrorCode;
import dev.calls.RefusedException;
import java.time.Duration;
import java.util.Locale;

/** The width of one point of a statistics series; buckets start at whole UTC days or hours. */
public enum StatsBucket {
    DAY(Duration.ofDays(1)),
    HOUR(Duration.ofHours(1));

    private final Duration width;

    StatsBucket(Duration width) {
        this.width = width;
    }

    public Duration width() {
        return width;
    }

    public long millis() {
        return width.toMillis();
    }

    /** The wire value: {@code day} or {@code hour}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws RefusedException {@code invalid_request} for anything but {@code day} or {@code hour} */
    public static StatsBucket fromWire(String value) {
        for (StatsBucket b : values()) {
            if (b.wire().equals(value)) {
                return b;
            }
        }
        throw new RefusedException(ErrorCode.INVALID_REQUEST, "bucket must be day or hour");
    }
}
