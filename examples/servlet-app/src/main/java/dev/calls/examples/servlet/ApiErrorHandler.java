package dev.calls.examples.servlet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calls.ErrorCode;
import dev.calls.servlet.http.ProblemType;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a malformed request that never reaches a filter: an encoded {@code /} or NUL, a raw
 * CR, bad UTF-8, a target over 8 KiB) answered like the Calls API answers everything else when the request
 * was aimed at the API's base path: {@code application/problem+json} with a stable {@code code}. Other
 * paths keep Jetty's pages.
 *
 * <table>
 * <caption>Codes</caption>
 * <tr><th>status</th><th>code</th></tr>
 * <tr><td>400 and other 4xx</td><td>{@code invalid_request}</td></tr>
 * <tr><td>413</td><td>{@code payload_too_large}</td></tr>
 * <tr><td>414</td><td>{@code uri_too_long}</td></tr>
 * <tr><td>431</td><td>{@code headers_too_large}</td></tr>
 * <tr><td>5xx</td><td>{@code internal_error}</td></tr>
 * </table>
 */
final class ApiErrorHandler extends ErrorHandler {
    static final ProblemType URI_TOO_LONG = new ProblemType("uri_too_long", 414, "URI too long");
    static final ProblemType HEADERS_TOO_LARGE = new ProblemType("headers_too_large", 431, "Request headers too large");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiBase;

    private ApiErrorHandler(String apiBase) {
        this.apiBase = apiBase;
    }

    /**
     * Makes this the server's error handler for requests under {@code apiBase}, and lets the server's
     * HTTP/1.1 connectors remember each request line so a request Jetty could not parse is still placed.
     * Call before the server starts.
     */
    static void install(Server server, String apiBase) {
        for (Connector connector : server.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (connector instanceof ServerConnector c && http != null) {
                c.addConnectionFactory(new RequestTargets(http.getHttpConfiguration()));
            }
        }
        server.setErrorHandler(new ApiErrorHandler(apiBase));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!underApi(request) || response.isCommitted()) {
            return super.handle(request, response, callback);
        }
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        ProblemType type = type(status);
        ObjectNode body = JSON.createObjectNode();
        body.put("type", type.typeUri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail(type));
        body.put("code", type.code());
        // the target itself may be what was wrong with the request: it is not echoed
        body.put("instance", apiBase);
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(type.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }

    /** Where the request was aimed: the line as it arrived when Jetty has only a placeholder URI. */
    private boolean underApi(Request request) {
        String target = RequestTargets.target(request.getConnectionMetaData().getConnection());
        String path = target != null ? target : request.getHttpURI().getPath();
        return path != null && (path.equals(apiBase) || path.startsWith(apiBase + "/") || path.startsWith(apiBase + "?"));
    }

    static ProblemType type(int status) {
        return switch (status) {
            case 413 -> ProblemType.of(ErrorCode.PAYLOAD_TOO_LARGE);
            case 414 -> URI_TOO_LONG;
            case 431 -> HEADERS_TOO_LARGE;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.of(ErrorCode.INVALID_REQUEST);
        };
    }

    private static String detail(ProblemType type) {
        return switch (type.code()) {
            case "uri_too_long" -> "the request target is longer than the server accepts";
            case "headers_too_large" -> "the request headers are larger than the server accepts";
            case "payload_too_large" -> "the request body is larger than the server accepts";
            case "internal_error" -> "the server could not read the request";
            default -> "the request is malformed: its target, line or headers break the HTTP rules";
        };
    }
}
