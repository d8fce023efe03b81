package dev.calls.jitsi;

/**
 * Writes JSON string literals. Token payloads have a fixed shape, so they are written directly into a
 * {@code StringBuilder} instead of through an object mapper: minting is on the join path of every call.
 */
final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** Appends {@code value} as a quoted JSON string, escaping quotes, backslashes and control characters. */
    static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        int start = 0;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, start, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
            start = i + 1;
        }
        return out.append(value, start, n).append('"');
    }

    /** Appends {@code ,"name":"value"}. */
    static StringBuilder field(StringBuilder out, String name, String value) {
        out.append(",\"").append(name).append("\":");
        return string(out, value);
    }
}
