package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metadata IDEs show for calls.*: every documented key, each with a description, and the defaults. */
class ConfigurationMetadataTest {

    @Test
    void everyDocumentedKeyHasADescription() throws Exception {
        Map<String, JsonNode> properties = callsProperties();
        assertThat(properties).containsKeys("calls.base-path", "calls.jitsi.provider", "calls.jitsi.domain",
                "calls.jitsi.app-id", "calls.jitsi.app-secret", "calls.jitsi.private-key", "calls.jitsi.key-id",
                "calls.jitsi.token-ttl", "calls.ring-timeout", "calls.presence-timeout", "calls.max-call-duration",
                "calls.schema.initialize", "calls.webhooks.jaas-secret", "calls.idle-timeout", "calls.max-group-size",
                "calls.starts-per-minute", "calls.room-prefix", "calls.servlet.filter-order",
                "calls.servlet.heartbeat-interval", "calls.servlet.max-streams-per-user");
        properties.forEach((name, property) ->
                assertThat(property.path("description").asText()).as(name).hasSizeGreaterThan(15));
    }

    @Test
    void defaultsAreWrittenAsTheyAreConfigured() throws Exception {
        Map<String, JsonNode> properties = callsProperties();
        assertThat(properties.get("calls.ring-timeout").path("defaultValue").asText()).isEqualTo("30s");
        assertThat(properties.get("calls.jitsi.token-ttl").path("defaultValue").asText()).isEqualTo("1h");
        assertThat(properties.get("calls.base-path").path("defaultValue").asText()).isEqualTo("/api/calls");
        assertThat(properties.get("calls.servlet.filter-order").path("defaultValue").asInt()).isEqualTo(-50);
    }

    private Map<String, JsonNode> callsProperties() throws Exception {
        Map<String, JsonNode> found = new HashMap<>();
        for (URL url : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    if (name.startsWith("calls.")) {
                        found.merge(name, property, (a, b) -> a.has("description") ? a : b);
                    }
                }
            }
        }
        return found;
    }
}
