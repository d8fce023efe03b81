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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document, the browser client with its modules and type declarations, and the embed page. The
 * client's modules are a fixed list, each one exact route under {@code /client/}: a request can name no other
 * file, so there is nothing to traverse.
 */
public final class AssetRoutes {
    static final String OPENAPI = "dev/calls/servlet/openapi.json";
    static final String CLIENT = "dev/calls/servlet/client.js";
    /** The tenant administrator's view, beside the client: not one of its modules. */
    static final String ADMIN = "dev/calls/servlet/admin.js";
    static final String CLIENT_TYPES = "dev/calls/servlet/client.d.ts";
    static final String CLIENT_MODULES = "dev/calls/servlet/client/";
    /** Every module {@code client.js} imports, directly or through another module, from {@code client/} beside it. */
    static final List<String> MODULES = List.of("api.js", "call-window.js", "connection.js", "devices.js", "dialog.js", "dom.js",
            "guest.js", "icons.js", "lobby.js", "meeting-link.js", "meeting-script.js", "meeting-window.js", "notices.js",
            "outgoing.js", "presence.js", "reconcile.js", "ringtone.js", "styles.js");

    private final Calls calls;
    private final ObjectMapper mapper;
    private final byte[] client;
    private final byte[] admin;
    private final byte[] clientTypes;
    private final Map<String, byte[]> modules = new LinkedHashMap<>();
    private final ObjectNode openApi;
    private final Map<String, byte[]> openApiByBase = new ConcurrentHashMap<>();

    public AssetRoutes(Calls calls, ObjectMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
        this.client = resource(CLIENT);
        this.admin = resource(ADMIN);
        this.clientTypes = resource(CLIENT_TYPES);
        MODULES.forEach(name -> modules.put(name, resource(CLIENT_MODULES + name)));
        try {
            this.openApi = (ObjectNode) mapper.readTree(resource(OPENAPI));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(Router router) {
        router.publicGet("/openapi.json", this::openApi);
        router.publicGet("/client.js", r -> script(client));
        router.publicGet("/admin.js", r -> script(admin));
        modules.forEach((name, bytes) -> router.publicGet("/client/" + name, r -> script(bytes)));
        router.publicGet("/client.d.ts", r -> Reply.bytes("application/typescript", clientTypes)
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

    /** A script of the client: revalidated on every load, so a new version of the library is picked up at once. */
    private static Reply script(byte[] bytes) {
        return Reply.bytes("text/javascript", bytes).header("Cache-Control", "no-cache");
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
