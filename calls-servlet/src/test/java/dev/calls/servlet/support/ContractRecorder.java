package dev.calls.servlet.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sits in front of the whole servlet context and copies every response under the API's base path as it
 * leaves, synchronous or asynchronous alike, then checks it against {@link OpenApiContract}. Wrapping at the
 * container's level (not as a servlet filter) also sees the long polls answered on another thread. Event
 * streams are checked by status and content type only: their bodies never end while a test runs.
 */
public final class ContractRecorder extends Handler.Wrapper {
    /** Marks what the host application answered (the filter passed the request down): not the API's. */
    public static final String HOST_HEADER = "X-Test-Host";

    private final String basePath;
    private final List<String> violations = new ArrayList<>();

    public ContractRecorder(String basePath, Handler handler) {
        super(handler);
        this.basePath = basePath;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        // a path a lenient container let through ambiguous (dot segments, encoded separators) names no
        // operation, whatever it normalises to
        if (!path.equals(basePath) && !path.startsWith(basePath + "/") || request.getHttpURI().hasViolations()) {
            return super.handle(request, response, callback);
        }
        String apiPath = path.length() == basePath.length() ? "/" : path.substring(basePath.length());
        return super.handle(request, new Copy(request, response, apiPath), callback);
    }

    /** What the responses broke, one line each: operation, status and the validator's message. */
    public synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    private synchronized void check(String method, String path, int status, String contentType, byte[] body) {
        String violation = OpenApiContract.get().check(method, path, status, contentType, body);
        if (violation != null) {
            violations.add(violation);
        }
    }

    private final class Copy extends Response.Wrapper {
        private final String path;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private boolean checked;

        Copy(Request request, Response wrapped, String path) {
            super(request, wrapped);
            this.path = path;
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            String contentType = getHeaders().get(HttpHeader.CONTENT_TYPE);
            boolean stream = contentType != null && contentType.startsWith("text/event-stream");
            if (content != null && !stream) {
                ByteBuffer copy = content.slice();
                byte[] bytes = new byte[copy.remaining()];
                copy.get(bytes);
                body.writeBytes(bytes);
            }
            if ((last || stream) && !checked && !getHeaders().contains(HOST_HEADER)) {
                checked = true;
                check(getRequest().getMethod(), path, getStatus(), contentType, stream ? null : body.toByteArray());
            }
            super.write(last, content, callback);
        }
    }
}
