package dev.calls.servlet.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A synchronous answer: status, headers and either a JSON value or ready bytes. API answers are never
 * cached ({@code no-store}: they carry tokens and live state) unless a route says otherwise.
 */
public final class Reply {
    /** The handler started asynchronous processing and will answer later. */
    public static final Reply ASYNC = new Reply(0, null, null, null);

    private final int status;
    private final Object json;
    private final byte[] bytes;
    private final String contentType;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Reply(int status, Object json, byte[] bytes, String contentType) {
        this.status = status;
        this.json = json;
        this.bytes = bytes;
        this.contentType = contentType;
    }

    public static Reply json(Object body) {
        return new Reply(200, body, null, "application/json");
    }

    public static Reply json(int status, Object body) {
        return new Reply(status, body, null, "application/json");
    }

    /** {@code 204 No Content}. */
    public static Reply noContent() {
        return new Reply(204, null, null, null);
    }

    public static Reply bytes(String contentType, byte[] body) {
        return new Reply(200, null, body, contentType);
    }

    public static Reply text(String contentType, String body) {
        return bytes(contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A text body with another status than 200, such as an HTML page saying a link leads nowhere. */
    public static Reply text(int status, String contentType, String body) {
        return new Reply(status, null, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    public Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Object json() {
        return json;
    }

    void write(HttpServletResponse response, ObjectMapper mapper) throws IOException {
        byte[] body = json != null ? mapper.writeValueAsBytes(json) : bytes;
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        headers.forEach(response::setHeader);
        if (body == null) {
            return;
        }
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
