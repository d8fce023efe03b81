package dev.calls.servlet.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.ErrorCode;
import dev.calls.servlet.Caller;
import dev.calls.servlet.CallerResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline in front of every route: route lookup (404/405), the caller (401), the CSRF rule
 * for state-changing requests (403), body size (413) and type (415); then the route, and any failure as a
 * problem response.
 */
public final class ApiDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcher.class);

    private final Router router;
    private final CallerResolver resolver;
    private final ObjectMapper mapper;
    private final Problems problems;
    private final int maxBodyBytes;

    public ApiDispatcher(Router router, CallerResolver resolver, ObjectMapper mapper, int maxBodyBytes) {
        this.router = router;
        this.resolver = resolver;
        this.mapper = mapper;
        this.problems = new Problems(mapper);
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Answers the request.
     *
     * @param path the path below the base path, starting with {@code /}
     * @param apiBase the context path plus the base path
     */
    public void handle(HttpServletRequest request, HttpServletResponse response, String path, String apiBase) {
        try {
            RouteMatch match = router.match(request.getMethod(), path);
            Caller caller = null;
            if (!match.route().anonymous()) {
                caller = resolver.resolve(request).orElseThrow(
                        () -> new ProblemException(ErrorCode.UNAUTHENTICATED, "sign in to use calls"));
            }
            if (changesState(request.getMethod())) {
                checkStateChange(request);
            }
            ApiRequest api = new ApiRequest(request, response, caller, match.params(), mapper, apiBase, maxBodyBytes);
            Reply reply = match.route().handler().handle(api);
            if (reply != Reply.ASYNC) {
                reply.write(response, mapper);
            }
        } catch (Exception e) {
            fail(request, response, e);
        }
    }

    private void fail(HttpServletRequest request, HttpServletResponse response, Throwable failure) {
        if (failure instanceof IOException && response.isCommitted()) {
            LOG.debug("client went away during {} {}", request.getMethod(), request.getRequestURI());
            return;
        }
        try {
            ProblemException problem = problems.toProblem(failure, request);
            discardSmallBody(request);
            problems.write(request, response, problem);
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not write the problem for {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    /**
     * Reads and drops a body the route never read, when it is small, so the connection can carry the
     * client's next request; a large one is left for the container, which then closes the connection.
     */
    private void discardSmallBody(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length <= 0 || length > maxBodyBytes) {
            return;
        }
        try {
            request.getInputStream().skipNBytes(length);
        } catch (IOException | RuntimeException e) {
            LOG.debug("request body already read or gone", e);
        }
    }

    static boolean changesState(String method) {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    /**
     * A cross-site form can send neither a JSON content type nor a custom header without a CORS preflight,
     * so requiring one of them keeps other sites from acting in the user's name.
     */
    private void checkStateChange(HttpServletRequest request) {
        boolean json = isJson(request.getContentType());
        String xrw = request.getHeader("X-Requested-With");
        if (!json && (xrw == null || xrw.isBlank())) {
            throw new ProblemException(ErrorCode.FORBIDDEN,
                    "state-changing requests need a JSON content type or an X-Requested-With header");
        }
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            throw new ProblemException(ErrorCode.PAYLOAD_TOO_LARGE, "the body is larger than " + maxBodyBytes + " bytes");
        }
        boolean hasBody = length > 0 || (length < 0 && request.getHeader("Transfer-Encoding") != null);
        if (hasBody && !json) {
            throw new ProblemException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "request bodies must be application/json");
        }
    }

    /** {@code application/json} or any {@code application/*+json}, with or without parameters. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }
}
