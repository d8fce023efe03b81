package dev.calls;

/**
 * Every bound on what a client may send, in one place: the engine's validators and the HTTP layer use these
 * constants, so a limit changed here is changed everywhere it is enforced (and in the messages that name it).
 * Lengths count UTF-16 characters as {@link String#length()} does, except a meeting title, whose limit counts
 * code points.
 */
public final class InputLimits {
    /** Longest push token of a device: 4096 characters (FCM tokens run to a few hundred, APNs tokens are 64). */
    public static final int MAX_DEVICE_TOKEN_LENGTH = 4096;
    /** Longest device name such as {@code Bob's iPhone}: 100 characters. */
    public static final int MAX_DEVICE_NAME_LENGTH = 100;
    /** Longest user id, tenant id or opaque presence cursor: 255 characters. */
    public static final int MAX_ID_LENGTH = 255;
    /** Longest free-text connection quality such as {@code good}: 32 characters. */
    public static final int MAX_CONNECTION_QUALITY_LENGTH = 32;
    /** Longest presence status message: 200 characters. */
    public static final int MAX_STATUS_MESSAGE_LENGTH = 200;
    /** Upper bound of any meeting title; the configured {@code maxTitleLength} is at most this: 1000. */
    public static final int MAX_TITLE_LENGTH = 1000;
    /** Longest wire word such as {@code video} or {@code away}; longer ones cannot be valid: 16 characters. */
    public static final int MAX_WORD_LENGTH = 16;
    /** Shortest host-application room name: 3 characters of {@code a-z}, {@code 0-9} and {@code -}. */
    public static final int MIN_ROOM_NAME_LENGTH = 3;
    /** Longest host-application room name: 64 characters. */
    public static final int MAX_ROOM_NAME_LENGTH = 64;
    /** Longest ISO-8601 instant text accepted: 64 characters. */
    public static final int MAX_INSTANT_LENGTH = 64;
    /** Longest call-history cursor: 512 characters. */
    public static final int MAX_CURSOR_LENGTH = 512;
    /** Most users one event stream may watch the presence of: 500. */
    public static final int MAX_WATCHED_PER_STREAM = 500;
    /** Most user ids one presence look-up may name: 200. */
    public static final int MAX_USER_IDS_PER_LOOKUP = 200;
    /** Largest page of call history or online users: 200. */
    public static final int MAX_PAGE_SIZE = 200;
    /** Page size of call history when none is asked for: 20. */
    public static final int DEFAULT_HISTORY_PAGE_SIZE = 20;
    /** Page size of online users when none is asked for: 50. */
    public static final int DEFAULT_ONLINE_PAGE_SIZE = 50;
    /** Largest list of upcoming meetings: 100. */
    public static final int MAX_MEETING_LIST_SIZE = 100;
    /** Length of upcoming meetings when none is asked for: 20. */
    public static final int DEFAULT_MEETING_LIST_SIZE = 20;

    private InputLimits() {
    }

    /**
     * Whether {@code id} can be a user id: present, not blank, at most {@link #MAX_ID_LENGTH} characters, and
     * without leading or trailing white space (which some databases ignore when they compare keys, so two ids
     * would meet in one).
     */
    public static boolean isValidId(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH && id.strip().equals(id);
    }

    /** Whether {@code text} is absent or at most {@code max} characters long. */
    public static boolean fits(String text, int max) {
        return text == null || text.length() <= max;
    }

    /**
     * Refuses a page size outside 1 to {@link #MAX_PAGE_SIZE}.
     *
     * @return {@code limit}
     * @throws RefusedException {@code invalid_request} naming {@code limit}
     */
    public static int requirePageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "limit must be between 1 and " + MAX_PAGE_SIZE);
        }
        return limit;
    }
}
