package se.paverkansagenda.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The {@code mail} component of the health endpoint, in place of Spring's, which asked the SMTP server
 * in the request itself and so answered only after the server's timeouts, and made the whole status
 * DOWN. Here one check runs at a time in a thread of its own; the endpoint waits for it at most
 * {@link #WAIT} and otherwise reports what is known. A server that refuses or does not answer makes the
 * component {@value #DEGRADED_CODE}, a status that the aggregate ignores: mail that cannot go out waits
 * in the outbox and is no reason to take a node out of traffic (see README "Health").
 */
@Component("mailHealthIndicator")
public class MailHealth implements HealthIndicator, DisposableBean {

    public static final String DEGRADED_CODE = "DEGRADED";
    static final Status DEGRADED = new Status(DEGRADED_CODE, "E-post kan inte skickas just nu; meddelandena väntar i utkorgen");
    static final Duration WAIT = Duration.ofMillis(200);

    private final JavaMailSenderImpl sender;
    private final Mailer mailer;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-health");
        thread.setDaemon(true);
        return thread;
    });

    private Check running;
    private volatile Result last;

    public MailHealth(JavaMailSenderImpl sender, Mailer mailer) {
        this.sender = sender;
        this.mailer = mailer;
    }

    @Override
    public Health health() {
        Check check = check();
        try {
            check.result().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillWaiting) {
            return withCircuit(Health.status(DEGRADED).withDetail("location", mailer.server())
                    .withDetail("error", "Servern har inte svarat på " + Duration.between(check.started(), Instant.now()).toMillis()
                            + " ms"));
        } catch (Exception unexpected) {
            // the check's own failure is its result
        }
        Result result = last;
        Health.Builder health = result.error() == null ? Health.up() : Health.status(DEGRADED).withDetail("error", result.error());
        return withCircuit(health.withDetail("location", mailer.server()));
    }

    private Health withCircuit(Health.Builder health) {
        return health.withDetail("circuit", mailer.circuitState()).build();
    }

    /** The check under way, or a new one when none is. */
    private synchronized Check check() {
        if (running == null || running.result().isDone()) {
            Instant started = Instant.now();
            running = new Check(started, CompletableFuture.supplyAsync(this::connect, checker));
        }
        return running;
    }

    private Result connect() {
        Result result;
        try {
            sender.testConnection();
            result = new Result(null);
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            result = new Result(root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()));
        }
        last = result;
        return result;
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }

    private record Check(Instant started, CompletableFuture<Result> result) {
    }

    private record Result(String error) {
    }
}
