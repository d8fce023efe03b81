package dev.calls.servlet.json.request;

import dev.calls.InputLimits;
import dev.calls.MediaType;
import dev.calls.servlet.http.Ids;
import dev.calls.servlet.http.ProblemException;
import java.util.List;
import java.util.function.Function;

/**
 * The checks request bodies are validated with, each answering {@code invalid_request} with a detail that
 * names the field; the bounds come from {@link dev.calls.InputLimits}.
 */
public final class FieldRules {
    private static final FieldRules INSTANCE = new FieldRules();

    private FieldRules() {
    }

    /** The shared, stateless rules. */
    public static FieldRules get() {
        return INSTANCE;
    }

    /** Refuses with {@code detail} unless {@code condition} holds. */
    public void require(boolean condition, String detail) {
        if (!condition) {
            throw ProblemException.invalid(detail);
        }
    }

    /** A one-line text, if present: at most {@code max} characters, no control characters. */
    public void text(String name, String value, int max) {
        if (value != null) {
            length(name, value, max);
            Ids.requirePrintable(value, name);
        }
    }

    /** A text that may span lines (a title), if present: like {@link #text} but newlines and tabs are allowed. */
    public void multiline(String name, String value, int max) {
        if (value != null) {
            length(name, value, max);
            Ids.requirePrintable(value.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '), name);
        }
    }

    /** A user id, if present: not blank, bounded, printable. */
    public void userId(String name, String value) {
        if (value != null) {
            Ids.requireUserId(value, name);
        }
    }

    /** A list of user ids, if present; each must pass {@link #userId}. */
    public void userIds(String name, List<String> values) {
        if (values != null) {
            for (String value : values) {
                require(value != null, name + " must hold user ids (strings)");
                Ids.requireUserId(value, name);
            }
        }
    }

    /** {@code audio} or {@code video}, if present. */
    public void mediaType(String name, String value) {
        word(name, value, MediaType::fromWire, name + " must be audio or video");
    }

    /** A wire word of an enum, if present: one that {@code fromWire} accepts, else refused with {@code detail}. */
    public void word(String name, String value, Function<String, ?> fromWire, String detail) {
        text(name, value, InputLimits.MAX_WORD_LENGTH);
        if (value != null) {
            try {
                fromWire.apply(value);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(detail);
            }
        }
    }

    private static void length(String name, String value, int max) {
        if (value.length() > max) {
            throw ProblemException.invalid(name + " is longer than " + max + " characters");
        }
    }
}
