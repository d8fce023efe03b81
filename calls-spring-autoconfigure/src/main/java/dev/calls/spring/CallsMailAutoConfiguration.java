package dev.calls.spring;

import dev.calls.mail.MailSettings;
import dev.calls.mail.MailTemplates;
import dev.calls.mail.SmtpInvitationMailer;
import dev.calls.spi.InvitationLinks;
import dev.calls.spi.InvitationMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mailed meeting invitations when calls-mail is on the class path: an {@link InvitationMailer} that sends
 * through the application's {@link JavaMailSender} when it has one (Boot's, from {@code spring.mail.*}) and
 * {@code calls.mail.from} is set, else over its own SMTP session once {@code calls.mail.host} is set. The mail
 * links to the filter's meeting page under {@code calls.public-base-url}. A {@link MailTemplates} bean replaces the
 * texts; the host's own {@code InvitationMailer} or {@code InvitationLinks} bean wins.
 */
@AutoConfiguration(after = CallsAutoConfiguration.class, afterName = {
        "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration",
        "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration"})
@ConditionalOnClass(SmtpInvitationMailer.class)
@Import({CallsMailAutoConfiguration.ThroughJavaMailSender.class, CallsMailAutoConfiguration.OwnSession.class})
public class CallsMailAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(CallsMailAutoConfiguration.class);

    /** Links to {@code {calls.public-base-url}{calls.base-path}/embed/meetings/{id}}, the filter's meeting page. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "calls", name = "public-base-url")
    public InvitationLinks callsInvitationLinks(CallsProperties properties) {
        return InvitationLinks.pattern(stripSlash(properties.getPublicBaseUrl()) + properties.getBasePath()
                + "/embed/meetings/{meetingId}");
    }

    static MailTemplates templates(ObjectProvider<MailTemplates> templates) {
        return templates.getIfAvailable(MailTemplates::defaults);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static void warnWithoutLinks(CallsProperties properties) {
        if (properties.getPublicBaseUrl() == null) {
            LOG.warn("calls.public-base-url is not set: invitation e-mails link to the media room itself, which "
                    + "on a deployment with token auth lets nobody in; set it to where users reach this application");
        }
    }

    /** Boot's (or the host's) JavaMailSender carries the mail; calls.mail.from names the sender. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JavaMailSender.class)
    @ConditionalOnBean(JavaMailSender.class)
    @ConditionalOnProperty(prefix = "calls.mail", name = "from")
    static class ThroughJavaMailSender {
        @Bean
        @ConditionalOnMissingBean(InvitationMailer.class)
        SmtpInvitationMailer callsInvitationMailer(JavaMailSender sender, CallsProperties properties,
                ObjectProvider<MailTemplates> templates) {
            SmtpInvitationMailer mailer = SmtpInvitationMailer.using(sender::createMimeMessage, sender::send,
                    properties.getMail().getFrom(), templates(templates));
            if (properties.getMail().getHost() != null) {
                LOG.info("invitation mail goes through the application's JavaMailSender; calls.mail.host is not used");
            }
            warnWithoutLinks(properties);
            LOG.info("invitation mail on: {}", mailer);
            return mailer;
        }
    }

    /** An SMTP session of its own on calls.mail.*. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "calls.mail", name = "host")
    static class OwnSession {
        @Bean
        @ConditionalOnMissingBean(InvitationMailer.class)
        SmtpInvitationMailer callsInvitationMailer(CallsProperties properties, ObjectProvider<MailTemplates> templates) {
            CallsMailProperties p = properties.getMail();
            SmtpInvitationMailer mailer = SmtpInvitationMailer.smtp(new MailSettings(p.getHost(), p.getPort(),
                    p.getUsername(), p.getPassword(), p.isStarttls(), p.getFrom()), templates(templates));
            warnWithoutLinks(properties);
            LOG.info("invitation mail on: {}", mailer);
            return mailer;
        }
    }
}
