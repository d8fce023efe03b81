package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The browser client's native ES modules: client.js imports them by relative URLs from {@code client/} beside it. */
class ClientModulesTest {
    private static final Pattern IMPORT = Pattern.compile("^(?:import|export) [^;]*? from '([^']+)';", Pattern.MULTILINE);

    /** Paths that would leave client/ if anything decoded and resolved them as file names. */
    private static final String[] TRAVERSALS = {"/client/..%2Fclient.d.ts", "/client/%2e%2e/openapi.json",
        "/client/..%2F..%2FCallsFilter.class", "/client/%2e%2e%2f%2e%2e%2fdev%2fcalls%2fservlet%2fopenapi.json",
        "/client/..%5Cclient.d.ts", "/client/%2fetc%2fpasswd", "/client/.%2Fapi.js", "/client/%2e%2e"};

    private TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(b -> b, o -> o, "/app", c -> { });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void clientImportsThenEveryModuleServedAsRevalidatedJavaScriptWithoutSignIn() {
        Map<String, String> modules = importedModules();

        assertThat(modules).containsKeys("client/api.js", "client/connection.js", "client/call-window.js",
                "client/dialog.js", "client/presence.js", "client/ringtone.js", "client/outgoing.js", "client/reconcile.js");
        for (String path : modules.keySet()) {
            Res r = server.api.get(null, "/" + path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.contentType().replace(" ", "")).as(path).isEqualToIgnoringCase("text/javascript;charset=utf-8");
            assertThat(r.header("Cache-Control")).as(path).isEqualTo("no-cache");
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(r.header("Content-Security-Policy")).as(path).isNull();
        }
    }

    @Test
    void servedModulesThenExactlyThoseImportedAndThoseDocumented() {
        TreeSet<String> imported = new TreeSet<>();
        importedModules().keySet().stream().filter(path -> path.startsWith("client/"))
                .forEach(path -> imported.add("/" + path));
        TreeSet<String> documented = new TreeSet<>();
        server.api.get(null, "/openapi.json").json().get("paths").fieldNames()
                .forEachRemaining(p -> documented.add(p));
        TreeSet<String> served = new TreeSet<>();
        server.filter.routes().forEach(route -> served.add(route.pattern()));

        assertThat(served.subSet("/client/", "/client0")).isEqualTo(imported);
        assertThat(documented.subSet("/client/", "/client0")).isEqualTo(imported);
    }

    @Test
    void entryAndModulesThenTheClientSplitAlongItsParts() {
        Map<String, String> modules = importedModules();

        assertThat(modules.get("client.js")).contains("export class CallsClient")
                .contains("export const calls = new CallsClient()").contains("export default calls;")
                .contains("export { CallsError } from './client/api.js';")
                .doesNotContain("new EventSource(");
        assertThat(modules.get("client/api.js")).contains("export class CallsError")
                .contains("new URL('..', import.meta.url).pathname").contains("'X-Requested-With'");
        assertThat(modules.get("client/connection.js")).contains("new Source(this.transport.base + 'events'")
                .contains("source.onmessage").contains("lastEventId=").doesNotContain("addEventListener('call.");
    }

    @Test
    void unknownModuleThenProblemNotFound() {
        for (String path : new String[] {"/client/nope.js", "/client/client.js", "/client/API.js", "/client/api",
                "/client/api.js.map", "/client/api.js/x", "/client/", "/client/openapi.json", "/client/client.d.ts"}) {
            Res r = server.api.get(null, path);

            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.code()).as(path).isEqualTo("not_found");
        }
    }

    @Test
    void traversalThenRefusedByTheContainerBeforeTheFilter() {
        for (String path : TRAVERSALS) {
            Res r = server.api.get(null, path);

            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).doesNotContain("export ").doesNotContain("openapi").doesNotContain("declare");
        }
        assertThat(server.api.get(null, "/client/api.js%00").status()).isEqualTo(400);
    }

    @Test
    void traversalPastALenientContainerThenProblemNotFound() {
        try (TestServer lenient = new TestServer(b -> b, o -> o, "", c -> c.getServletHandler().setDecodeAmbiguousURIs(true))) {
            for (Connector c : lenient.jetty.getConnectors()) {
                c.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setUriCompliance(UriCompliance.UNSAFE);
            }
            for (String path : TRAVERSALS) {
                Res r = lenient.api.get(null, path);

                assertThat(r.status()).as(path).isEqualTo(404);
                assertThat(r.contentType()).as(path).startsWith("application/problem+json");
                assertThat(r.code()).as(path).isEqualTo("not_found");
            }
        }
    }

    @Test
    void moduleWithAnotherMethodThenNotAllowed() {
        Res r = server.api.post("acme/alice", "/client/api.js", null);

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow")).isEqualTo("GET");
    }

    /** client.js and every module it imports, transitively, by path below the base path, with their text. */
    private Map<String, String> importedModules() {
        Map<String, String> seen = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("client.js");
        queue.add("client/guest.js"); // the guest page's entry
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (seen.containsKey(path)) {
                continue;
            }
            Res r = server.api.get(null, "/" + path);
            assertThat(r.status()).as(path).isEqualTo(200);
            seen.put(path, r.body());
            Matcher m = IMPORT.matcher(r.body());
            while (m.find()) {
                String specifier = m.group(1);
                assertThat(specifier).as("imported by " + path).matches("\\./(client/)?[a-z-]+\\.js");
                String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
                queue.add(folder + specifier.substring(2));
            }
        }
        return seen;
    }
}
