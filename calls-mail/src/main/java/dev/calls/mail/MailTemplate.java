package dev.calls.mail;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of message as text with placeholders: {@code {recipient}}, {@code {organizer}}, {@code {title}},
 * {@code {when}} (the time in UTC), {@code {timeZoneNote}}, {@code {media}} ({@code audio} or {@code video}) and
 * {@code {link}} (the recipient's personal link). In the HTML template every value is HTML-escaped; an unknown
 * placeholder stays as written.
 *
 * @param subject the subject line (values on one line)
 * @param text the plain-text body
 * @param html the HTML body
 */
public record MailTemplate(String subject, String text, String html) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    public MailTemplate {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    String subject(Map<String, String> values) {
        return fill(subject, values, v -> v.replaceAll("[\\r\\n\\t]+", " ").strip()).strip();
    }

    String text(Map<String, String> values) {
        return fill(text, values, v -> v);
    }

    String html(Map<String, String> values) {
        return fill(html, values, MailTemplate::escape);
    }

    private static String fill(String template, Map<String, String> values,
            java.util.function.UnaryOperator<String> encode) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : encode.apply(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text as HTML: markup characters escaped, line breaks kept. */
    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n' -> sb.append("<br>");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
