package dev.calls.spring;

import dev.calls.push.mobile.ApnsPushNotifier;
import dev.calls.push.mobile.FcmPushNotifier;
import dev.calls.push.mobile.MobilePush;
import dev.calls.push.mobile.PushSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * APNs and FCM when calls-push is on the class path: an {@link ApnsPushNotifier} once {@code calls.push.apns.key},
 * {@code key-id}, {@code team-id} and {@code topic} are set, an {@link FcmPushNotifier} once
 * {@code calls.push.fcm.service-account} and {@code project-id} are set. Both are {@code PushNotifier} beans, so the
 * engine sends every message to each of them (and to the HTTP hook or the host's own notifier, if any). Each is
 * closed on shutdown; a host's bean of the same type wins.
 */
@AutoConfiguration(after = CallsAutoConfiguration.class)
@ConditionalOnClass(MobilePush.class)
public class CallsPushAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(CallsPushAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "calls.push.apns", name = {"key", "key-id", "team-id", "topic"})
    public ApnsPushNotifier callsApnsPushNotifier(CallsProperties properties) {
        ApnsPushNotifier apns = MobilePush.from(settings(properties, true, false)).apns();
        LOG.info("push adapter on: {}", apns);
        return apns;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "calls.push.fcm", name = {"service-account", "project-id"})
    public FcmPushNotifier callsFcmPushNotifier(CallsProperties properties) {
        FcmPushNotifier fcm = MobilePush.from(settings(properties, false, true)).fcm();
        LOG.info("push adapter on: {}", fcm);
        return fcm;
    }

    /** The {@code calls.push.*} properties as the adapters read them, limited to one adapter. */
    static PushSettings settings(CallsProperties properties, boolean apns, boolean fcm) {
        PushFcmProperties f = properties.getPush().getFcm();
        PushApnsProperties a = properties.getPush().getApns();
        return new PushSettings(fcm ? f.getServiceAccount() : null, fcm ? f.getProjectId() : null, f.getEndpoint(),
                apns ? a.getKey() : null, a.getKeyId(), a.getTeamId(), a.getTopic(), a.isProduction(), a.getHost(),
                a.getPort(), a.getTrustedCertificate());
    }
}
