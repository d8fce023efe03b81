package dev.calls.servlet.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.ErrorCode;
import dev.calls.UserRef;
import dev.calls.servlet.Caller;
import dev.calls.servlet.json.request.RequestBodies;
import dev.calls.servlet.json.request.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

/** One API request on its way through a route: the caller, path parameters, query and body. */
public final class ApiRequest {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Caller caller;
    private final Map<String, String> params;
    private final ObjectMapper mapper;
    private final String apiBase;
    private final int maxBodyBytes;

    public ApiRequest(HttpServletRequest request, HttpServletResponse response, Caller caller,
            Map<String, String> params, ObjectMapper mapper, String apiBase, int maxBodyBytes) {
        this.request = request;
        this.response = response;
        this.caller = caller;
        this.params = params;
        this.mapper = mapper;
        this.apiBase = apiBase;
        this.maxBodyBytes = maxBodyBytes;
    }

    public HttpServletRequest servletRequest() {
        return request;
    }

    public HttpServletResponse servletResponse() {
        return response;
    }

    /** The caller; null only on routes that let visitors without one through. */
    public Caller caller() {
        return caller;
    }

    public UserRef user() {
        return caller.ref();
    }

    /** The context path plus the base path, such as {@code /app/api/calls}: where links point. */
    public String apiBase() {
        return apiBase;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The {@code {id}} path parameter as a call id; anything that is not a UUID is a call that does not exist. */
    public UUID callId() {
        return uuid("id", "no such call");
    }

    /** The {@code {id}} path parameter as a meeting id; anything that is not a UUID is a meeting that does not exist. */
    public UUID meetingId() {
        return uuid("id", "no such meeting");
    }

    /** The {@code {id}} path parameter as a device id; anything that is not a UUID is a device that does not exist. */
    public String deviceId() {
        return uuid("id", "no such device").toString();
    }

    private UUID uuid(String name, String notFound) {
        String raw = params.get(name);
        if (raw == null || raw.length() != 36) {
            throw new ProblemException(ErrorCode.NOT_FOUND, notFound);
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ErrorCode.NOT_FOUND, notFound);
        }
    }

    /** A path parameter as sent, or null. */
    public String pathParam(String name) {
        return params.get(name);
    }

    /** A request header, or null. */
    public String header(String name) {
        return request.getHeader(name);
    }

    public QueryParams query() {
        return new QueryParams(request);
    }

    /**
     * The JSON object body bound to {@code type} and validated; a missing, empty, malformed or non-object body,
     * or a field that breaks the record's rules, is {@code invalid_request}.
     */
    public <T extends RequestBody> T body(Class<T> type) throws IOException {
        JsonNode node = optionalBody();
        if (node == null) {
            throw ProblemException.invalid("a JSON object body is required");
        }
        return RequestBodies.bind(mapper, node, type);
    }

    /** The body bound to {@code type} and checked, or null when the request has none. */
    public <T extends RequestBody> T optionalBody(Class<T> type) throws IOException {
        JsonNode node = optionalBody();
        return node == null ? null : RequestBodies.bind(mapper, node, type);
    }

    /** The JSON object body, or null when the request has none. */
    public JsonNode optionalBody() throws IOException {
        byte[] bytes = readBody();
        if (bytes.length == 0) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ProblemException.invalid("the body is not valid JSON" + where);
        }
        if (node == null || node.isMissingNode()) {
            return null;
        }
        if (!node.isObject()) {
            throw ProblemException.invalid("the body must be a JSON object");
        }
        return node;
    }

    /**
     * The body's bytes exactly as sent (empty when there is none), at most the configured cap: what a
     * signature is computed over.
     */
    public byte[] rawBody() throws IOException {
        return readBody();
    }

    private byte[] readBody() throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        if (declared == 0) {
            return new byte[0];
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    ProblemException tooLarge() {
        return new ProblemException(ErrorCode.PAYLOAD_TOO_LARGE, "the body is larger than " + maxBodyBytes + " bytes");
    }
}
