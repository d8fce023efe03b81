package dev.calls.meeting;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** RFC 5545 text rules: escaping of TEXT values and parameters, and folding of long content lines. */
final class IcsText {
    /** Octets of one content line, the CRLF not counted (RFC 5545 §3.1). */
    static final int MAX_OCTETS = 75;
    private static final String ADDRESS_CHAR = "[^\\s\\p{Cntrl}\"<>;:,\\\\@]";
    private static final Pattern EMAIL = Pattern.compile(ADDRESS_CHAR + "{1,64}@" + ADDRESS_CHAR + "{1,255}");

    private IcsText() {
    }

    /** A TEXT value: backslash, semicolon and comma escaped, any newline as {@code \n} (§3.3.11). */
    static String text(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\r' -> {
                    sb.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> sb.append("\\n");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * A parameter value, always quoted; the characters a quoted value cannot hold are encoded as RFC 6868
     * says ({@code ^^}, {@code ^'}, {@code ^n}), other control characters dropped.
     */
    static String param(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '^' -> sb.append("^^");
                case '"' -> sb.append("^'");
                case '\n' -> sb.append("^n");
                default -> {
                    if (!Character.isISOControl(cp)) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }

    /** A {@code mailto:} address, or null when there is no e-mail or it could not be a plain address. */
    static String mailto(String email) {
        if (email == null || !EMAIL.matcher(email).matches()) {
            return null;
        }
        return "mailto:" + email;
    }

    /**
     * Folds a content line into lines of at most {@value #MAX_OCTETS} UTF-8 octets, each continuation
     * starting with one space, joined by CRLF; a character is never split across lines. Appends the final CRLF.
     */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
