package dev.calls.spring;

import dev.calls.InvalidSettingException;
import dev.calls.jitsi.Durations;
import dev.calls.jitsi.JitsiProviders;
import dev.calls.push.HttpPushNotifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.validation.Errors;

/**
 * The checks behind {@link CallsProperties#validate}. Core's builders check the settings they hold (the engine,
 * the Jitsi provider, meetings, the servlet filter); their {@link InvalidSettingException} names the setting,
 * which becomes the binding error of its property, so the start-up failure says which line of the configuration
 * to fix. Only settings without a core home that can be checked before the engine exists (push, webhooks,
 * relay) are checked here.
 */
final class CallsPropertiesCheck {
    /** Reported without their field, so the rejected value (the secret) is not printed with the error. */
    private static final Set<String> SECRETS = Set.of("jitsi.appSecret", "jitsi.privateKey", "webhooks.jaasSecret",
            "webhooks.jitsiSecret", "push.secret", "mail.password", "guests.secret");

    private final CallsProperties p;
    private final Errors errors;

    CallsPropertiesCheck(CallsProperties p, Errors errors) {
        this.p = p;
        this.errors = errors;
    }

    void run() {
        core(() -> CoreSettings.engine(p), UnaryOperator.identity());
        core(() -> JitsiProviders.from(CoreSettings.jitsi(p.getJitsi())), UnaryOperator.identity());
        core(() -> CoreSettings.meetings(p.getMeetings()), UnaryOperator.identity());
        // The filter's settings live under calls.servlet.*, except the two that name addresses.
        core(() -> CoreSettings.filter(p), s -> s.equals("basePath") || s.equals("publicBaseUrl") ? s : "servlet." + s);
        push();
        mail();
        webhooks();
        String guestSecret = p.getGuests().getSecret();
        if (guestSecret != null && !guestSecret.isBlank()
                && guestSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            reject("guests.secret", "calls.guests.secret needs at least 32 bytes");
        }
        atLeast("relay.pollInterval", p.getRelay().getPollInterval(), Duration.ofMillis(10));
    }

    private void core(Runnable build, UnaryOperator<String> field) {
        try {
            build.run();
        } catch (InvalidSettingException e) {
            String name = field.apply(e.setting());
            String property = property(name);
            String message = String.valueOf(e.getMessage());
            if (message.startsWith(e.setting())) {
                message = property + message.substring(e.setting().length());
            } else if (!message.startsWith("calls.")) {
                message = property + ": " + message;
            }
            reject(name, message);
        }
    }

    private void push() {
        CallsProperties.PushProperties push = p.getPush();
        if (push.getUrl() == null && push.getSecret() == null) {
            return;
        }
        if (push.getUrl() == null) {
            reject("push.url", "calls.push.url is required with calls.push.secret");
            return;
        }
        if (push.getSecret() == null) {
            reject("push.secret", "calls.push.secret is required with calls.push.url: every message is signed");
            return;
        }
        try {
            HttpPushNotifier.builder(new URI(push.getUrl()), push.getSecret());
        } catch (URISyntaxException | IllegalArgumentException e) {
            // The builder's message says whether the endpoint or the secret is wrong, and holds neither.
            reject("push", "calls.push: " + e.getMessage());
        }
    }

    /** What can be said of calls.mail.* without calls-mail on the class path; the sender's form is checked there. */
    private void mail() {
        CallsMailProperties m = p.getMail();
        if (m.getPort() < 1 || m.getPort() > 65535) {
            reject("mail.port", "calls.mail.port must be between 1 and 65535, was " + m.getPort());
        }
        if (m.getHost() != null && (m.getFrom() == null || m.getFrom().isBlank())) {
            reject("mail.from", "calls.mail.from is required with calls.mail.host: it names the invitations' sender");
        }
        if (m.getUsername() != null && !m.getUsername().isBlank()
                && (m.getPassword() == null || m.getPassword().isEmpty())) {
            reject("mail.password", "calls.mail.password is required with calls.mail.username");
        }
    }

    private void webhooks() {
        WebhooksProperties w = p.getWebhooks();
        atLeast("webhooks.tolerance", w.getTolerance(), Duration.ofSeconds(1));
        if (w.getJitsiSecret() != null && (w.getJitsiHeader() == null || w.getJitsiHeader().isBlank())) {
            reject("webhooks.jitsiHeader", "calls.webhooks.jitsi-header must name a header when "
                    + "calls.webhooks.jitsi-secret is set");
        }
    }

    private void atLeast(String field, Duration value, Duration min) {
        if (value == null || value.compareTo(min) < 0) {
            reject(field, property(field) + " must be at least " + Durations.text(min) + ", was "
                    + Durations.text(value));
        }
    }

    /** {@code jitsi.privateKey} → {@code calls.jitsi.private-key}. */
    static String property(String field) {
        StringBuilder name = new StringBuilder("calls.");
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('-').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    private void reject(String field, String message) {
        if (SECRETS.contains(field) || field.equals("push")) {
            errors.reject("calls.invalid", message);
        } else {
            errors.rejectValue(field, "calls.invalid", message);
        }
    }
}
