package dev.calls.servlet.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calls.CallsException;
import dev.calls.ErrorCode;
import dev.calls.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns any failure into an {@code application/problem+json} response. Engine refusals keep their code and
 * message (which are safe to show); storage failures and unexpected exceptions are logged here with their
 * cause and answered with a fixed text, so no stack trace, SQL or secret reaches a client.
 */
public final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    public static final String CONTENT_TYPE = "application/problem+json";

    private final ObjectMapper mapper;

    public Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The problem a failure is answered with. */
    public ProblemException toProblem(Throwable failure, HttpServletRequest request) {
        if (failure instanceof ProblemException p) {
            return p;
        }
        if (failure instanceof RateLimitedException r) {
            long seconds = Math.max(1, (r.retryAfter().toMillis() + 999) / 1000);
            return new ProblemException(ProblemType.of(ErrorCode.RATE_LIMITED), r.getMessage(), seconds,
                    Map.of("Retry-After", Long.toString(seconds)));
        }
        if (failure instanceof CallsException c && c.code() == ErrorCode.STORAGE_UNAVAILABLE) {
            LOG.warn("storage unavailable for {} {}", request.getMethod(), request.getRequestURI(), failure);
            return new ProblemException(ProblemType.of(ErrorCode.STORAGE_UNAVAILABLE),
                    "the call store is unavailable; try again shortly", 5L, Map.of("Retry-After", "5"));
        }
        if (failure instanceof CallsException c) {
            return new ProblemException(ProblemType.of(c.code()), c.getMessage(), null, Map.of());
        }
        LOG.error("unexpected failure for {} {}", request.getMethod(), request.getRequestURI(), failure);
        return new ProblemException(ProblemType.INTERNAL_ERROR, "an unexpected error occurred", null, Map.of());
    }

    /** Writes the problem unless the response is already committed (then there is nothing left to say). */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemException problem)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        // Only our own output goes; headers a host filter set (security headers, CORS) stay.
        response.resetBuffer();
        ProblemType type = problem.type();
        ObjectNode body = mapper.createObjectNode();
        body.put("type", type.typeUri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", problem.getMessage());
        body.put("code", type.code());
        body.put("instance", request.getRequestURI());
        if (problem.retryAfterSeconds() != null) {
            body.put("retryAfter", problem.retryAfterSeconds());
        }
        byte[] bytes = mapper.writeValueAsBytes(body);
        response.setStatus(type.status());
        problem.headers().forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(CONTENT_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
