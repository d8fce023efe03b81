package dev.calls.servlet.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads fields of a JSON object body by name, accepting a few alternative spellings (the seeds'
 * {@code recipient_id}, {@code call_type}). A field of the wrong type is {@code invalid_request} naming it;
 * unknown fields are ignored so that older servers accept newer clients.
 */
public final class JsonFields {
    private final JsonNode node;

    public JsonFields(JsonNode node) {
        this.node = node;
    }

    /** The first of {@code names} present and not null, with its name; null when none is. */
    private Field find(String... names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull()) {
                return new Field(name, v);
            }
        }
        return null;
    }

    private record Field(String name, JsonNode value) {
    }

    public boolean has(String... names) {
        return find(names) != null;
    }

    /** A string field, or null when absent. */
    public String text(int maxLength, String... names) {
        Field f = find(names);
        if (f == null) {
            return null;
        }
        if (!f.value().isTextual()) {
            throw ProblemException.invalid(f.name() + " must be a string");
        }
        String v = f.value().textValue();
        if (v.length() > maxLength) {
            throw ProblemException.invalid(f.name() + " is longer than " + maxLength + " characters");
        }
        Ids.requirePrintable(v, f.name());
        return v;
    }

    /** A user id: a string or a whole number (the seeds send numbers), or null when absent. */
    public String id(String... names) {
        Field f = find(names);
        return f == null ? null : id(f.value(), f.name());
    }

    /** A list of user ids, or null when absent; an empty list is returned as is. */
    public List<String> ids(String name) {
        Field f = find(name);
        if (f == null) {
            return null;
        }
        if (!f.value().isArray()) {
            throw ProblemException.invalid(name + " must be an array of user ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode element : f.value()) {
            ids.add(id(element, name));
        }
        return ids;
    }

    public Boolean bool(String... names) {
        Field f = find(names);
        if (f == null) {
            return null;
        }
        if (!f.value().isBoolean()) {
            throw ProblemException.invalid(f.name() + " must be true or false");
        }
        return f.value().booleanValue();
    }

    private static String id(JsonNode v, String name) {
        if (v.isTextual()) {
            return Ids.requireUserId(v.textValue(), name);
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return Long.toString(v.longValue());
        }
        throw ProblemException.invalid(name + " must hold user ids (strings)");
    }
}
