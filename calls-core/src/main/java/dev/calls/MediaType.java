package dev.calls;

/** Whether a call starts with cameras on. */
public enum MediaType {
    AUDIO,
    VIDEO;

    /** The lower-case wire value, as in JSON and the database. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static MediaType fromWire(String value) {
        return WireEnums.parse(MediaType.class, value);
    }
}
