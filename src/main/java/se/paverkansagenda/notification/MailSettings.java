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
 * @param sending         how much of the job executor sending may hold, and when to stop trying a dead server
 */
@ConfigurationProperties("paverkansagenda.mail")
public record MailSettings(
        @DefaultValue("Påverkansagenda <paverkansagenda@region.example>") String from,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout,
        @DefaultValue("PT1M,PT5M,PT15M,PT1H,PT4H") String retryCycle,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue EmbeddedServer embeddedServer,
        @DefaultValue Sending sending) {

    /** @param port 0 picks a free port when the application starts */
    public record EmbeddedServer(@DefaultValue("false") boolean enabled, @DefaultValue("2525") int port) {
    }

    /**
     * @param maxConcurrent    at most this many messages are handed to the server at once, whatever the
     *                         number of job executor threads; a job that finds them all under way waits
     *                         (without losing a retry) and comes back
     * @param circuitFailures  after this many sends in a row that could not reach the server, the circuit
     *                         opens: no send is tried, jobs wait, without losing a retry
     * @param circuitOpenFor   how long the circuit stays open before one send is let through to try
     */
    public record Sending(@DefaultValue("3") int maxConcurrent, @DefaultValue("5") int circuitFailures,
                          @DefaultValue("1m") Duration circuitOpenFor) {
    }
}
