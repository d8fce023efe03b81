package dev.calls.webhook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.calls.ErrorCode;
import dev.calls.RefusedException;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** Reading media-server JSON: bounded, lenient about extra fields, strict about the shape we need. */
final class Payloads {
    static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .build();

    private Payloads() {
    }

    static void checkSize(byte[] body, int max) {
        if (body == null) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "a JSON body is required");
        }
        if (body.length > max) {
            throw new RefusedException(ErrorCode.PAYLOAD_TOO_LARGE, "the body is larger than " + max + " bytes");
        }
    }

    static JsonNode object(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new RefusedException(ErrorCode.INVALID_REQUEST, "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "the body is not valid JSON");
        } catch (IOException e) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "the body could not be read");
        }
    }

    /** A string or number field as text; null when absent, null or of another type. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !(v.isTextual() || v.isNumber())) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    /** A boolean sent as {@code true} or {@code "true"}. */
    static boolean flag(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && (v.isBoolean() ? v.booleanValue() : "true".equalsIgnoreCase(v.asText()));
    }

    /** An epoch timestamp field (in units of {@code millisPerUnit} ms), or null when absent or not a number. */
    static Instant instant(JsonNode node, String field, long millisPerUnit) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.canConvertToLong() || v.asLong() <= 0) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Math.multiplyExact(v.asLong(), millisPerUnit));
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static Map<String, Object> map(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        return MAPPER.convertValue(node, new TypeReference<Map<String, Object>>() { });
    }
}
