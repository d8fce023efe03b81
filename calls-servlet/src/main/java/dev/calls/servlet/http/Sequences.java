package dev.calls.servlet.http;

/** Event sequence numbers as clients send them back ({@code Last-Event-ID}, {@code after}). */
public final class Sequences {
    private Sequences() {
    }

    /** A non-negative decimal number, or {@code invalid_request} naming where it came from. */
    public static long parse(String value, String name) {
        String v = value.trim();
        if (v.isEmpty() || v.length() > 19 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ProblemException.invalid(name + " must be an event id (a non-negative number)");
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name + " must be an event id (a non-negative number)");
        }
    }
}
