package dev.calls.bench.sse;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The baseline for a broadcast: bare Jetty, the same container the example runs on, holding event streams
 * open ({@code GET /events}) and writing one frame to every stream with plain blocking writes from one thread
 * ({@code POST /broadcast}, the body is the frame's data). No framework, no queue, no filter: what this machine
 * allows, measured in the same process and the same run as Calls.
 */
final class BareBroadcast implements AutoCloseable {
    private final Server server = new Server();
    private final List<ServletOutputStream> streams = new CopyOnWriteArrayList<>();
    private final ServerConnector connector;

    BareBroadcast() throws Exception {
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new Streams()), "/events");
        context.addServlet(new ServletHolder(new Broadcast()), "/broadcast");
        server.setHandler(context);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    int open() {
        return streams.size();
    }

    private final class Streams extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/event-stream");
            response.setHeader("Cache-Control", "no-cache");
            AsyncContext async = request.startAsync();
            async.setTimeout(0);
            ServletOutputStream out = response.getOutputStream();
            out.write("retry: 1000\n\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            streams.add(out);
        }
    }

    private final class Broadcast extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            byte[] frame = ("data: " + new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    + "\n\n").getBytes(StandardCharsets.UTF_8);
            for (ServletOutputStream out : streams) {
                try {
                    out.write(frame);
                    out.flush();
                } catch (IOException e) {
                    streams.remove(out);
                }
            }
            response.setStatus(204);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
