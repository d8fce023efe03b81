package dev.calls.servlet.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of the HTTP API: ISO-8601 instants, strict parsing, shallow nesting, unknown
 * request fields ignored, no coercion between strings, numbers and booleans.
 */
public final class Json {
    private Json() {
    }

    public static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxStringLength(64 * 1024)
                        .maxNumberLength(32)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                // Request bodies: newer clients may send fields this server does not know yet.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // A number is not a string, nor "true" a boolean: a client sending either has a bug worth hearing of.
                .withCoercionConfig(LogicalType.Textual, c -> refuse(c, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Boolean, c -> refuse(c, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.EmptyString))
                .build();
    }

    private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }
}
