package dev.calls.examples.servlet;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * HTTP/1.1 connections that remember the start of each request line as it arrived. When Jetty refuses a
 * request before it has a usable URI (a target over the header size, a bad line ending, an ambiguous or badly
 * encoded path), the request its error handler sees carries a placeholder path; the remembered line still
 * says where the request was aimed.
 */
final class RequestTargets extends HttpConnectionFactory {
    /** Enough of the line for the method and the start of the target. */
    private static final int KEPT = 256;

    RequestTargets(HttpConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        Recording connection = new Recording(getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations());
        connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        return configure(connection, connector, endPoint);
    }

    /**
     * The target of the request being parsed on {@code connection}, undecoded and possibly cut short, or null
     * when the connection is not one of these or the line did not show one.
     */
    static String target(Object connection) {
        if (!(connection instanceof Recording recording) || recording.line == null) {
            return null;
        }
        String line = recording.line;
        int start = line.indexOf(' ');
        if (start < 0) {
            return null;
        }
        int end = start + 1;
        while (end < line.length() && " \r\n".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        return line.substring(start + 1, end);
    }

    private static final class Recording extends HttpConnection {
        // Both set while the superclass constructor runs, hence no initializers.
        private RequestHandler handler;
        private volatile String line;

        Recording(HttpConfiguration configuration, Connector connector, EndPoint endPoint, boolean recordViolations) {
            super(configuration, connector, endPoint, recordViolations);
        }

        @Override
        protected RequestHandler newRequestHandler() {
            handler = super.newRequestHandler();
            return handler;
        }

        @Override
        protected HttpParser newHttpParser(HttpCompliance compliance) {
            HttpConfiguration configuration = getHttpConfiguration();
            HttpParser parser = new HttpParser(handler, configuration.getRequestHeaderSize(), compliance) {
                @Override
                public boolean parseNext(ByteBuffer buffer) {
                    if (isStart() && buffer.hasRemaining()) {
                        ByteBuffer head = buffer.slice();
                        head.limit(Math.min(head.remaining(), KEPT));
                        line = StandardCharsets.ISO_8859_1.decode(head).toString();
                    }
                    return super.parseNext(buffer);
                }
            };
            parser.setHeaderCacheSize(configuration.getHeaderCacheSize());
            parser.setHeaderCacheCaseSensitive(configuration.isHeaderCacheCaseSensitive());
            return parser;
        }
    }
}
