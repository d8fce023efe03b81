package dev.calls.examples.servlet;

import dev.calls.jitsi.PublicJitsi;
import dev.calls.spi.MeetingProvider;

/**
 * Picks the media deployment from {@code calls.jitsi.*}.
 *
 * <p>Only the public provider is built here. The self-hosted (token) and JaaS providers take their
 * settings from the same keys through {@code dev.calls.jitsi.JitsiProviders.fromProperties(Map)}; once that
 * factory is part of calls-core, this method becomes {@code return JitsiProviders.fromProperties(settings.asMap());}.
 */
final class Providers {
    private Providers() {
    }

    static MeetingProvider fromSettings(Settings settings) {
        String provider = settings.get("calls.jitsi.provider", "public");
        if (!provider.equals("public")) {
            throw new IllegalArgumentException("calls.jitsi.provider=" + provider
                    + " is not supported by this build of the example yet; use 'public' (any open Jitsi deployment)");
        }
        return new PublicJitsi(settings.get("calls.jitsi.domain", "meet.jit.si"));
    }
}
