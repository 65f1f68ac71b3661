package se.paverkansagenda.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the application sends mail ({@code paverkansagenda.mail.*}); the SMTP server itself is Spring's
 * {@code spring.mail.*} (host, port, credentials, TLS).
 *
 * @param from            the sender of every message
 * @param connectTimeout  how long to wait for the SMTP server to accept a connection
 * @param readTimeout     how long to wait for each answer of the SMTP server (and each write to it)
 * @param retryCycle      the waits between failed sending attempts, in Camunda's retry-interval
 *                        format; after the last one the job raises an incident
 * @param publicBaseUrl   where recipients outside the region reach the application
 * @param embeddedServer  an SMTP server started inside the application (demo and tests)
 */
@ConfigurationProperties("paverkansagenda.mail")
public record MailSettings(
        @DefaultValue("Påverkansagenda <paverkansagenda@region.example>") String from,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("PT1M,PT5M,PT15M,PT1H,PT4H") String retryCycle,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue EmbeddedServer embeddedServer) {

    /** @param port 0 picks a free port when the application starts */
    public record EmbeddedServer(@DefaultValue("false") boolean enabled, @DefaultValue("2525") int port) {
    }
}
