package dev.calls.servlet.json.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/** A user id: a string, or a whole number that fits a long (the seeds send numbers), read as its decimal text. */
final class UserIdDeserializer extends StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    UserIdDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return Long.toString(p.getLongValue());
        }
        throw new FieldTypeException(p, "must hold user ids (strings)");
    }
}
