package dev.calls.servlet.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calls.Calls;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.Reply;
import dev.calls.servlet.http.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The OpenAPI document, the browser client script and the embed page. */
public final class AssetRoutes {
    static final String OPENAPI = "dev/calls/servlet/openapi.json";
    static final String CLIENT = "dev/calls/servlet/client.js";

    private final Calls calls;
    private final ObjectMapper mapper;
    private final byte[] client;
    private final ObjectNode openApi;
    private final Map<String, byte[]> openApiByBase = new ConcurrentHashMap<>();

    public AssetRoutes(Calls calls, ObjectMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
        this.client = resource(CLIENT);
        try {
            this.openApi = (ObjectNode) mapper.readTree(resource(OPENAPI));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(Router router) {
        router.publicGet("/openapi.json", this::openApi);
        router.publicGet("/client.js", r -> Reply.bytes("text/javascript", client)
                .header("Cache-Control", "no-cache"));
        router.get("/embed/{id}", r -> EmbedPage.reply(r, calls, mapper));
    }

    /** The document with its server set to where this filter answers. */
    private Reply openApi(ApiRequest r) {
        byte[] bytes = openApiByBase.computeIfAbsent(r.apiBase(), base -> {
            ObjectNode doc = openApi.deepCopy();
            doc.putArray("servers").addObject().put("url", base);
            try {
                return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Reply.bytes("application/json", bytes).header("Cache-Control", "no-cache");
    }

    private static byte[] resource(String name) {
        try (InputStream in = AssetRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
