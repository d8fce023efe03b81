package dev.calls.spring;

import dev.calls.Calls;
import dev.calls.jitsi.JitsiProviders;
import dev.calls.jitsi.JitsiSettings;
import dev.calls.push.HttpPushNotifier;
import dev.calls.spi.PushNotifier;
import java.net.URI;
import dev.calls.spi.MeetingProvider;
import dev.calls.spi.MeetingProviderResolver;
import dev.calls.webhook.JaasWebhookReceiver;
import dev.calls.webhook.JitsiEventSyncReceiver;
import dev.calls.webhook.SeenKeys;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The calls engine: a {@link Calls} bean built from the {@code calls.*} properties and the context's adapter
 * beans ({@code UserDirectory}, required; {@code CallPolicy}, {@code PushNotifier}, {@code CallListener}s,
 * {@code MeetingProvider} or {@code MeetingProviderResolver}, {@code Clock}, stores), closed on shutdown.
 * {@link CallsBuilderCustomizer} beans get the builder last.
 */
@AutoConfiguration(after = CallsJpaAutoConfiguration.class)
@ConditionalOnClass(Calls.class)
@EnableConfigurationProperties(CallsProperties.class)
public class CallsAutoConfiguration {

    /** The Jitsi deployment the {@code calls.jitsi.*} properties describe (default: public meet.jit.si). */
    @Bean
    @ConditionalOnMissingBean({MeetingProvider.class, MeetingProviderResolver.class})
    public MeetingProvider callsMeetingProvider(CallsProperties properties) {
        return JitsiProviders.from(CoreSettings.jitsi(properties.getJitsi()));
    }

    /**
     * Rings users whose browser is closed by POSTing signed invitations to {@code calls.push.url}, an endpoint of
     * the application's own that relays them to a push service; closed on shutdown.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(PushNotifier.class)
    @ConditionalOnProperty(prefix = "calls.push", name = "url")
    public HttpPushNotifier callsPushNotifier(CallsProperties properties) {
        return HttpPushNotifier.builder(URI.create(properties.getPush().getUrl()), properties.getPush().getSecret())
                .build();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Calls calls(BeanFactory beanFactory, CallsProperties properties) {
        return new CallsEngineFactory(beanFactory, properties).build();
    }

    /** Receives 8x8 JaaS webhooks once {@code calls.webhooks.jaas-secret} is set. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "calls.webhooks", name = "jaas-secret")
    public JaasWebhookReceiver callsJaasWebhookReceiver(Calls calls, CallsProperties properties,
            ObjectProvider<SeenKeys> seenKeys) {
        JaasWebhookReceiver.Builder b = JaasWebhookReceiver.builder(calls)
                .secret(properties.getWebhooks().getJaasSecret())
                .tolerance(properties.getWebhooks().getTolerance());
        seenKeys.ifAvailable(b::seenKeys);
        if (properties.getJitsi().getProvider() == JitsiSettings.Provider.JAAS) {
            // Events of other JaaS apps on the same endpoint are then ignored.
            b.appId(properties.getJitsi().getAppId());
        }
        return b.build();
    }

    /** Receives the self-hosted event_sync module's reports once {@code calls.webhooks.jitsi-secret} is set. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "calls.webhooks", name = "jitsi-secret")
    public JitsiEventSyncReceiver callsJitsiEventSyncReceiver(Calls calls, CallsProperties properties,
            ObjectProvider<SeenKeys> seenKeys) {
        WebhooksProperties w = properties.getWebhooks();
        JitsiEventSyncReceiver.Builder b = JitsiEventSyncReceiver.builder(calls).header(w.getJitsiHeader(),
                w.getJitsiSecret());
        seenKeys.ifAvailable(b::seenKeys);
        return b.build();
    }
}
