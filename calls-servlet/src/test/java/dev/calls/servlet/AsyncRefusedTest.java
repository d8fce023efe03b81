package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.UserRef;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A host that put a filter without async support in front of the calls filter: the streaming endpoints
 * cannot park the request, answer a problem, and leave neither a subscription nor a presence connection.
 */
class AsyncRefusedTest {
    static final UserRef BOB = UserRef.of("acme", "bob");

    private TestServer server;

    /** A host filter registered the way a web.xml without {@code <async-supported>} registers it. */
    static final class SyncOnlyFilter implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            chain.doFilter(req, res);
        }
    }

    @BeforeEach
    void start() {
        server = new TestServer(b -> b, o -> o, "", context -> {
            FilterHolder holder = new FilterHolder(new SyncOnlyFilter());
            holder.setAsyncSupported(false);
            context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST));
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void longPollThatMustWaitWithoutAsyncSupportThenProblemAndNothingHeld() {
        server.engine.online("bob"); // online already: the poll's own connection changes nothing to report
        long last = server.engine.calls.events().lastSequence();
        int before = server.transport.subscriberCount();

        Res r = server.api.get("acme/bob", "/events?after=" + last + "&wait=5");

        assertThat(r.status()).as(r.toString()).isEqualTo(500);
        assertThat(r.code()).isEqualTo("internal_error");
        assertThat(server.transport.subscriberCount()).isEqualTo(before);
        assertThat(server.engine.calls.presence().isConnected(BOB)).isFalse();
    }

    @Test
    void longPollWithEventsWithoutAsyncSupportThenAnsweredAtOnce() {
        long before = server.engine.calls.events().lastSequence();
        server.engine.online("alice", "bob");

        Res r = server.api.get("acme/bob", "/events?after=" + before + "&wait=5");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("events")).isNotEmpty();
        assertThat(server.transport.subscriberCount()).isZero();
    }

    @Test
    void streamWithoutAsyncSupportThenProblemAndNothingHeld() {
        int before = server.transport.subscriberCount();

        Res r = server.api.get("acme/bob", "/events");

        assertThat(r.status()).as(r.toString()).isEqualTo(500);
        assertThat(r.code()).isEqualTo("internal_error");
        assertThat(server.transport.subscriberCount()).isEqualTo(before);
        assertThat(server.engine.calls.presence().isConnected(BOB)).isFalse();
    }
}
