package se.paverkansagenda.notification;

import jakarta.mail.util.StreamProvider;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail sender: Spring's {@code spring.mail.*} settings (host, port, credentials, TLS in
 * {@code spring.mail.properties}), always with finite connect, read and write timeouts and without
 * Nagle's delay, and pointed at the embedded server when one runs.
 */
@Configuration
@EnableConfigurationProperties({MailSettings.class, MailProperties.class})
public class MailConfiguration {

    /** The mail library's own stream provider, named so that it is not looked up on the class path. */
    static final String STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Without it the mail library scans every jar of the class path for a StreamProvider each time it
        // writes or reads a message; the system property is the first place its lookup reads.
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), STREAM_PROVIDER);
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "paverkansagenda.mail.embedded-server.enabled", havingValue = "true")
    EmbeddedMailServer embeddedMailServer(MailSettings settings) {
        return new EmbeddedMailServer(settings.embeddedServer().port());
    }

    @Bean
    JavaMailSenderImpl mailSender(MailProperties mail, MailSettings settings, ObjectProvider<EmbeddedMailServer> embedded) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        Properties properties = new Properties();
        EmbeddedMailServer server = embedded.getIfAvailable();
        if (server != null) {
            // plain SMTP without login: the real server's authentication and TLS settings do not apply
            sender.setHost(EmbeddedMailServer.HOST);
            sender.setPort(server.port());
        } else {
            properties.putAll(mail.getProperties());
            sender.setHost(mail.getHost());
            if (mail.getPort() != null) {
                sender.setPort(mail.getPort());
            }
            sender.setUsername(mail.getUsername());
            sender.setPassword(mail.getPassword());
        }
        sender.setProtocol(mail.getProtocol());
        sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        String protocol = mail.getProtocol();
        properties.setProperty("mail." + protocol + ".connectiontimeout", millis(settings.connectTimeout()));
        properties.setProperty("mail." + protocol + ".timeout", millis(settings.readTimeout()));
        properties.setProperty("mail." + protocol + ".writetimeout", millis(settings.readTimeout()));
        // an object, not a class name: the library reads it with get (a TLS upgrade wraps these sockets)
        properties.put("mail." + protocol + ".socketFactory", new PromptSocketFactory());
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static String millis(java.time.Duration duration) {
        return Long.toString(duration.toMillis());
    }
}
