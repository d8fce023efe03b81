package dev.calls.servlet.support;

import dev.calls.servlet.Caller;
import dev.calls.servlet.CallerResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** Tests name the caller in a header: {@code X-Test-User: acme/alice}. */
public final class HeaderCallerResolver implements CallerResolver {
    public static final String HEADER = "X-Test-User";

    @Override
    public Optional<Caller> resolve(HttpServletRequest request) {
        String value = request.getHeader(HEADER);
        if (value == null || !value.contains("/")) {
            return Optional.empty();
        }
        String[] parts = value.split("/", 2);
        return Optional.of(new Caller(parts[0], parts[1], null, parts[1] + "@example.com", null));
    }
}
