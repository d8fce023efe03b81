package dev.calls.servlet.json.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.calls.InputLimits;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * An ISO-8601 instant such as {@code 2026-01-05T09:00:00Z} (an offset such as {@code +01:00} works too); numbers
 * are refused rather than read as epoch seconds, which a client would rarely mean.
 */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() <= InputLimits.MAX_INSTANT_LENGTH) {
            try {
                return Instant.parse(p.getText().trim());
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw new FieldTypeException(p, "must be an ISO-8601 instant such as 2026-01-05T09:00:00Z");
    }
}
