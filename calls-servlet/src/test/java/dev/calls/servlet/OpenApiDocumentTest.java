package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calls.servlet.http.Route;
import dev.calls.servlet.support.Api.Res;
import dev.calls.servlet.support.TestServer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes exactly the routes the filter serves, and every reference resolves. */
class OpenApiDocumentTest {
    private TestServer server;
    private JsonNode doc;

    @BeforeEach
    void start() {
        server = new TestServer(b -> b, o -> o, "/app", c -> { });
        Res r = server.api.get(null, "/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        doc = r.json();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void documentThenOpenApiThreeOneWithTheServerWhereTheFilterAnswers() {
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("servers").get(0).get("url").asText()).isEqualTo("/app/api/calls");
        assertThat(doc.get("info").get("title").asText()).isNotBlank();
    }

    @Test
    void everyServedRouteThenDocumented() {
        List<String> missing = new ArrayList<>();
        for (Route route : server.filter.routes()) {
            JsonNode op = doc.get("paths").path(route.pattern()).path(route.method().toLowerCase());
            if (op.isMissingNode()) {
                missing.add(route.method() + " " + route.pattern());
            } else {
                assertThat(op.get("responses").size()).as(route.toString()).isPositive();
                assertThat(op.get("operationId").asText()).isNotBlank();
            }
        }
        assertThat(missing).as("routes the document lacks").isEmpty();
    }

    @Test
    void everyDocumentedOperationThenServed() {
        TreeSet<String> served = new TreeSet<>();
        server.filter.routes().forEach(r -> served.add(r.method() + " " + r.pattern()));
        TreeSet<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
        }

        assertThat(documented).isEqualTo(served);
    }

    @Test
    void everyReferenceThenResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);

        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void operationIdsThenUnique() {
        List<String> ids = new ArrayList<>();
        doc.get("paths").forEach(path -> path.forEach(op -> ids.add(op.get("operationId").asText())));

        assertThat(ids).doesNotHaveDuplicates();
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
