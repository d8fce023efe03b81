package dev.calls.servlet.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@code openapi.json} as a checker of responses: finds the operation for a method and path, the response for
 * the status, the media type for the content type, and validates a JSON body against that schema (JSON Schema
 * 2020-12, as OpenAPI 3.1 uses). Remembers which operation and status pairs it has seen, for the whole test
 * run, so that a coverage check can run after every HTTP test.
 */
public final class OpenApiContract {
    private static final String DOCUMENT = "/dev/calls/servlet/openapi.json";
    private static final OpenApiContract INSTANCE = new OpenApiContract();

    private final ObjectMapper json = new ObjectMapper();
    private final JsonNode doc;
    private final List<String> templates;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<JsonNode, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    private OpenApiContract() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(DOCUMENT)) {
            doc = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        // Literal segments win over parameters: /active before /{id}.
        paths.sort(Comparator.comparingLong((String p) -> p.chars().filter(c -> c == '{').count()));
        templates = List.copyOf(paths);
    }

    public static OpenApiContract get() {
        return INSTANCE;
    }

    /**
     * Checks one response.
     *
     * @param path the path below the API's base path, {@code /} for the base itself
     * @param body the body, or null when it was not kept (event streams)
     * @return null when the document allows the response, else a line naming operation, status and the fault
     */
    public String check(String method, String path, int status, String contentType, byte[] body) {
        String template = templates.stream().filter(t -> matches(t, path)).findFirst().orElse(null);
        JsonNode operation = template == null ? null : doc.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
        if (operation == null) {
            // No such route or no such method on it: the filter answers with a problem of its own.
            String where = method + " " + path + " (undocumented) " + status;
            if (status != 404 && status != 405) {
                return where + ": only 404 or 405 may answer an undocumented route";
            }
            return media(where, problemContent(), contentType, body);
        }
        String where = method + " " + template + " " + status;
        seen.add(where);
        JsonNode responses = operation.get("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status))
                : responses.get("default");
        if (response == null) {
            return where + ": status not documented (documented: " + names(responses) + ")";
        }
        if (response.has("$ref")) {
            response = doc.at(response.get("$ref").asText().substring(1));
        }
        JsonNode content = response.get("content");
        if (content == null) {
            return body == null || body.length == 0 ? null : where + ": the document says no body, one was sent";
        }
        return media(where, content, contentType, body);
    }

    private String media(String where, JsonNode content, String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = content.get(type);
        if (media == null) {
            return where + ": content type '" + contentType + "' not documented (documented: " + names(content) + ")";
        }
        if (!type.endsWith("json") || body == null) {
            return null;
        }
        JsonNode value;
        try {
            value = json.readTree(body);
        } catch (IOException e) {
            return where + ": the body is not JSON: " + e.getMessage();
        }
        if (value == null || value.isMissingNode()) {
            return where + ": the document says " + type + ", the body is empty";
        }
        Set<ValidationMessage> errors = schema(media.get("schema")).validate(value);
        return errors.isEmpty() ? null : where + ": " + errors.stream().map(ValidationMessage::getMessage)
                .sorted().collect(Collectors.joining("; ")) + " in " + abbreviate(value.toString());
    }

    /** The schema of a media type, its {@code #/components/…} references resolved within the document. */
    private JsonSchema schema(JsonNode schema) {
        return schemas.computeIfAbsent(schema, s -> {
            ObjectNode root = json.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", doc.get("components"));
            root.putArray("allOf").add(s);
            return factory.getSchema(root, config);
        });
    }

    private JsonNode problemContent() {
        return doc.at("/components/responses/NotFound/content");
    }

    private static boolean matches(String template, String path) {
        String[] t = template.split("/", -1);
        String[] p = path.split("/", -1);
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            boolean parameter = t[i].startsWith("{") && !p[i].isEmpty();
            if (!parameter && !t[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }

    private static String names(JsonNode object) {
        TreeSet<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Every {@code METHOD /template status} checked so far in this run. */
    public Set<String> seen() {
        return new TreeSet<>(seen);
    }

    /** Every {@code METHOD /template} with a documented JSON answer for a 2xx status. */
    public Set<String> jsonOperations() {
        TreeSet<String> operations = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            op.getValue().get("responses").fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("2") && r.getValue().path("content").has("application/json")) {
                    operations.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }));
        return operations;
    }
}
