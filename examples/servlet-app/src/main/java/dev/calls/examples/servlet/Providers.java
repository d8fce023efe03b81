package dev.calls.examples.servlet;

import dev.calls.jitsi.JitsiProviders;
import dev.calls.spi.MeetingProvider;

/**
 * Picks the media deployment from {@code calls.jitsi.*}: {@code public} (default, meet.jit.si or
 * {@code calls.jitsi.domain}), {@code self-hosted} (token auth: {@code domain}, {@code app-id} and
 * {@code app-secret}, or {@code private-key} with {@code key-id}) or {@code jaas} ({@code app-id},
 * {@code private-key}, {@code key-id}). A missing or impossible setting stops the start with a message
 * that names the property and never shows a secret.
 */
final class Providers {
    private Providers() {
    }

    static MeetingProvider fromSettings(Settings settings) {
        return JitsiProviders.fromProperties(settings.asMap());
    }
}
