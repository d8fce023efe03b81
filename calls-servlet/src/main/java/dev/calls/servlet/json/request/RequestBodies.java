package dev.calls.servlet.json.request;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.calls.servlet.http.ProblemException;
import java.io.IOException;
import java.util.Collection;

/**
 * The one step from a parsed JSON object to a checked request record: bind with Jackson, turn any binding
 * failure into {@code invalid_request} naming the field, then run the record's {@link RequestBody#validate}.
 */
public final class RequestBodies {
    private RequestBodies() {
    }

    /**
     * Binds and validates.
     *
     * @param object a JSON object (the caller has refused anything else)
     * @throws ProblemException {@code invalid_request} with a detail naming the field at fault
     */
    public static <T extends RequestBody> T bind(ObjectMapper mapper, JsonNode object, Class<T> type) {
        T body;
        try {
            body = mapper.readerFor(type).readValue(object);
        } catch (JsonMappingException e) {
            throw ProblemException.invalid(field(e) + " " + mustBe(e));
        } catch (IOException e) {
            throw ProblemException.invalid("the body does not match " + type.getSimpleName());
        }
        body.validate(FieldRules.get());
        return body;
    }

    /** The field as sent, such as {@code recipient_ids[2]}. */
    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the body" : path.toString();
    }

    private static String mustBe(JsonMappingException e) {
        if (e instanceof FieldTypeException) {
            return e.getOriginalMessage();
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == String.class) {
            return "must be a string";
        }
        if (target == Boolean.class) {
            return "must be true or false";
        }
        if (target != null && Collection.class.isAssignableFrom(target)) {
            return "must be an array";
        }
        return "has the wrong type";
    }
}
