package dev.calls.push.mobile;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON mapper of this module. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
