package dev.calls.servlet.http;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Typed query parameters; a value that does not parse is {@code invalid_request} naming the parameter. */
public final class QueryParams {
    private final HttpServletRequest request;

    QueryParams(HttpServletRequest request) {
        this.request = request;
    }

    /** The value, or null when absent or empty. */
    public String text(String name, int maxLength) {
        String v = request.getParameter(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.length() > maxLength) {
            throw ProblemException.invalid(name + " is longer than " + maxLength + " characters");
        }
        Ids.requirePrintable(v, name);
        return v;
    }

    public boolean has(String name) {
        return request.getParameter(name) != null;
    }

    public int integer(String name, int fallback, int min, int max) {
        String v = request.getParameter(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalid(name + " must be a whole number from " + min + " to " + max);
    }

    /** A non-negative long, or {@code fallback} when absent. */
    public long sequence(String name, long fallback) {
        String v = request.getParameter(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        return Sequences.parse(v, name);
    }

    public boolean bool(String name, boolean fallback) {
        String v = request.getParameter(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ProblemException.invalid(name + " must be true or false");
        };
    }

    public Instant instant(String name) {
        String v = request.getParameter(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name + " must be an ISO-8601 instant such as 2026-01-05T09:00:00Z");
        }
    }
}
