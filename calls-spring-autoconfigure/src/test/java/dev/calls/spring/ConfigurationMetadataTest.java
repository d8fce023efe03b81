package dev.calls.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calls.CallsConfig;
import dev.calls.jitsi.Durations;
import dev.calls.jitsi.JitsiSettings;
import dev.calls.meeting.MeetingSettings;
import dev.calls.servlet.CallsFilterOptions;
import dev.calls.webhook.JaasWebhookReceiver;
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
                "calls.servlet.heartbeat-interval", "calls.servlet.max-streams-per-user", "calls.sweep-interval",
                "calls.presence-flush-interval", "calls.announce-call-presence", "calls.busy-policy", "calls.public-base-url",
                "calls.push.url", "calls.push.secret", "calls.meetings.join-early", "calls.meetings.max-duration",
                "calls.meetings.max-lead-time", "calls.meetings.max-title-length", "calls.push.apns.key",
                "calls.push.apns.key-id", "calls.push.apns.team-id", "calls.push.apns.topic", "calls.push.apns.production",
                "calls.push.apns.host", "calls.push.apns.port", "calls.push.apns.trusted-certificate",
                "calls.push.fcm.service-account", "calls.push.fcm.project-id", "calls.push.fcm.endpoint",
                "calls.max-devices-per-user", "calls.admin.authority", "calls.mail.host", "calls.mail.port",
                "calls.mail.username", "calls.mail.password", "calls.mail.starttls", "calls.mail.from",
                "calls.guests.secret");
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
        assertThat(properties.get("calls.admin.authority").path("defaultValue").asText()).isEqualTo("ROLE_CALLS_ADMIN");
        assertThat(properties.get("calls.mail.port").path("defaultValue").asInt()).isEqualTo(587);
        assertThat(properties.get("calls.mail.starttls").path("defaultValue").asBoolean()).isTrue();
    }

    /** The defaults the metadata shows are those core applies, so the two cannot drift apart. */
    @Test
    void defaultsShownAreTheCoreDefaults() throws Exception {
        Map<String, JsonNode> p = callsProperties();
        CallsConfig engine = CallsConfig.defaults();
        CallsFilterOptions filter = CallsFilterOptions.defaults();
        MeetingSettings meetings = MeetingSettings.defaults();
        JitsiSettings jitsi = JitsiSettings.builder().build();
        assertDefault(p, "calls.ring-timeout", Durations.text(engine.ringTimeout()));
        assertDefault(p, "calls.presence-timeout", Durations.text(engine.presenceTimeout()));
        assertDefault(p, "calls.max-call-duration", Durations.text(engine.maxCallDuration()));
        assertDefault(p, "calls.max-group-size", String.valueOf(engine.maxGroupSize()));
        assertDefault(p, "calls.starts-per-minute", String.valueOf(engine.startsPerMinute()));
        assertDefault(p, "calls.room-prefix", engine.roomPrefix());
        assertDefault(p, "calls.sweep-interval", Durations.text(engine.sweepInterval()));
        assertDefault(p, "calls.presence-flush-interval", Durations.text(engine.presenceFlushInterval()));
        assertDefault(p, "calls.announce-call-presence", String.valueOf(engine.announceCallPresence()));
        assertDefault(p, "calls.busy-policy", engine.busyPolicy().wire());
        assertDefault(p, "calls.base-path", filter.basePath());
        assertDefault(p, "calls.servlet.heartbeat-interval", Durations.text(filter.heartbeatInterval()));
        assertDefault(p, "calls.servlet.max-streams-per-user", String.valueOf(filter.maxStreamsPerUser()));
        assertDefault(p, "calls.jitsi.provider", jitsi.provider().value());
        assertDefault(p, "calls.jitsi.token-ttl", Durations.text(jitsi.tokenTtl()));
        assertDefault(p, "calls.webhooks.tolerance", Durations.text(JaasWebhookReceiver.DEFAULT_TOLERANCE));
        assertDefault(p, "calls.meetings.join-early", Durations.text(meetings.joinEarly()));
        assertDefault(p, "calls.meetings.max-duration", Durations.text(meetings.maxDuration()));
        assertDefault(p, "calls.meetings.max-lead-time", Durations.text(meetings.maxLeadTime()));
        assertDefault(p, "calls.meetings.max-title-length", String.valueOf(meetings.maxTitleLength()));
    }

    private static void assertDefault(Map<String, JsonNode> properties, String name, String expected) {
        assertThat(properties.get(name).path("defaultValue").asText()).as(name).isEqualTo(expected);
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
