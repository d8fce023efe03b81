package dev.calls.spring;

import dev.calls.CallsConfig;
import dev.calls.jitsi.JitsiSettings;
import dev.calls.meeting.MeetingSettings;
import dev.calls.servlet.CallsFilterOptions;
import java.util.Objects;
import org.springframework.boot.context.properties.PropertyMapper;

/**
 * The {@code calls.*} properties mapped onto core's settings builders, which hold every default and bound
 * and fail with an {@link dev.calls.InvalidSettingException} naming the setting. An unset property keeps the
 * builder's default.
 */
final class CoreSettings {
    // Nulls are skipped explicitly: Boot 3 maps them unless told otherwise, Boot 4 never does.
    private static final PropertyMapper MAP = PropertyMapper.get();

    private CoreSettings() {
    }

    /** The engine's settings; {@code calls.ring-offline-users} is left to {@link CallsEngineFactory}. */
    static CallsConfig engine(CallsProperties p) {
        CallsConfig.Builder b = CallsConfig.builder();
        MAP.from(p::getRingTimeout).when(Objects::nonNull).to(b::ringTimeout);
        MAP.from(p::getMaxCallDuration).when(Objects::nonNull).to(b::maxCallDuration);
        MAP.from(p::getPresenceTimeout).when(Objects::nonNull).to(b::presenceTimeout);
        MAP.from(p::getIdleTimeout).when(Objects::nonNull).to(b::idleTimeout);
        MAP.from(p::getMaxGroupSize).to(b::maxGroupSize);
        MAP.from(p::getStartsPerMinute).to(b::startsPerMinute);
        MAP.from(p::getRingOfflineUsers).when(Objects::nonNull).to(b::ringOfflineUsers);
        MAP.from(p::getRoomPrefix).when(Objects::nonNull).to(b::roomPrefix);
        MAP.from(p::getSweepInterval).when(Objects::nonNull).to(b::sweepInterval);
        MAP.from(p::getPresenceFlushInterval).when(Objects::nonNull).to(b::presenceFlushInterval);
        MAP.from(p::isAnnounceCallPresence).to(b::announceCallPresence);
        MAP.from(p::getBusyPolicy).when(Objects::nonNull).to(b::busyPolicy);
        return b.build();
    }

    /** The Jitsi deployment; {@code dev.calls.jitsi.JitsiProviders#from} checks it. */
    static JitsiSettings jitsi(JitsiProperties j) {
        JitsiSettings.Builder b = JitsiSettings.builder();
        MAP.from(j::getProvider).when(Objects::nonNull).to(b::provider);
        MAP.from(j::getDomain).when(Objects::nonNull).to(b::domain);
        MAP.from(j::getAppId).when(Objects::nonNull).to(b::appId);
        MAP.from(j::getAppSecret).when(Objects::nonNull).to(b::appSecret);
        MAP.from(j::getPrivateKey).when(Objects::nonNull).to(b::privateKey);
        MAP.from(j::getKeyId).when(Objects::nonNull).to(b::keyId);
        MAP.from(j::getTokenTtl).when(Objects::nonNull).to(b::tokenTtl);
        MAP.from(j::getTenant).when(Objects::nonNull).to(b::tenant);
        MAP.from(j::getSubject).when(Objects::nonNull).to(b::subject);
        MAP.from(j::getAudience).when(Objects::nonNull).to(b::audience);
        j.getFeatures().forEach((name, on) -> b.feature(name, Boolean.TRUE.equals(on)));
        b.display(j.getDisplay());
        return b.build();
    }

    /** The rules for scheduled meetings. */
    static MeetingSettings meetings(CallsProperties.MeetingsProperties m) {
        return new MeetingSettings(m.getJoinEarly(), m.getMaxDuration(), m.getMaxLeadTime(), m.getMaxTitleLength());
    }

    /** The servlet filter's settings. */
    static CallsFilterOptions filter(CallsProperties p) {
        CallsFilterOptions.Builder b = CallsFilterOptions.builder();
        MAP.from(p::getBasePath).when(Objects::nonNull).to(b::basePath);
        MAP.from(p::getPublicBaseUrl).when(Objects::nonNull).to(b::publicBaseUrl);
        MAP.from(p.getServlet()::getHeartbeatInterval).when(Objects::nonNull).to(b::heartbeatInterval);
        MAP.from(p.getServlet()::getMaxStreamsPerUser).to(b::maxStreamsPerUser);
        return b.build();
    }
}
