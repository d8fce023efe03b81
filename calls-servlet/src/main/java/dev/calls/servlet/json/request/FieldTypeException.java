package dev.calls.servlet.json.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A field held a value of the wrong kind; the message says what it must be, such as {@code must be a user id}. */
final class FieldTypeException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    FieldTypeException(JsonParser parser, String mustBe) {
        super(parser, mustBe);
    }
}
