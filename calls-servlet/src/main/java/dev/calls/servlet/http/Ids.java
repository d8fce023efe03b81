package dev.calls.servlet.http;

import dev.calls.InputLimits;

/** User ids and other short texts from clients: non-blank, bounded, no control characters. */
public final class Ids {
    private Ids() {
    }

    public static String requireUserId(String value, String name) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name + " must not be blank");
        }
        if (value.length() > InputLimits.MAX_ID_LENGTH) {
            throw ProblemException.invalid(name + " is longer than " + InputLimits.MAX_ID_LENGTH + " characters");
        }
        requirePrintable(value, name);
        return value;
    }

    /** Refuses control characters and lone surrogates, which no id or message needs. */
    public static void requirePrintable(String value, String name) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw ProblemException.invalid(name + " must not contain control characters");
            }
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                throw ProblemException.invalid(name + " is not valid text");
            }
        }
    }
}
