package dev.calls.jitsi;

import com.nimbusds.jwt.SignedJWT;
import java.util.Map;

/** Reads {@code context} parts of a parsed token as the raw JSON objects the server sees. */
final class TokenJson {
    private TokenJson() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> context(SignedJWT jwt) {
        return (Map<String, Object>) jwt.getPayload().toJSONObject().get("context");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> user(SignedJWT jwt) {
        return (Map<String, Object>) context(jwt).get("user");
    }
}
