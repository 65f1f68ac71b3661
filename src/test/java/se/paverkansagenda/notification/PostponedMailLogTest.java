package se.paverkansagenda.notification;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the engine logs when a sending job ends with an exception, as the engine logs it (ENGINE-16004). */
class PostponedMailLogTest {

    @Test
    void aPostponedSendIsOneLineAtInfoWhileAMessageThatCouldNotBeSentStaysAnError() {
        new PostponedMailLog();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        Logger engine = context.getLogger(PostponedMailLog.ENGINE_CONTEXT_LOGGER);
        Logger jobExecutor = context.getLogger(PostponedMailLog.JOB_EXECUTOR_LOGGER);
        Logger own = context.getLogger(PostponedMailLog.class);
        engine.addAppender(seen);
        jobExecutor.addAppender(seen);
        own.addAppender(seen);
        try {
            Notification message = notification();
            // as the engine's ContextLogger logs: the message's text and the exception as parameters
            Throwable postponed = new ProcessEngineException("job", new MailPostponedException(message, "smtp.region.example:587",
                    "alla tillåtna samtidiga utskick pågår redan", Duration.ofSeconds(20)));
            engine.error("ENGINE-16004 Exception while closing command context: {}", postponed.getMessage(), postponed);
            jobExecutor.warn("ENGINE-14006 Exception while executing job {}: ", "job-1", postponed);
            Throwable failed = new NotificationFailedException(message, "smtp.region.example:587", new IOException("Connection refused"));
            engine.error("ENGINE-16004 Exception while closing command context: {}", failed.getMessage(), failed);
            jobExecutor.warn("ENGINE-14006 Exception while executing job {}: ", "job-2", failed);
            Throwable other = new IllegalStateException("något annat");
            engine.error("ENGINE-16004 Exception while closing command context: {}", other.getMessage(), other);

            List<ILoggingEvent> events = seen.list;
            assertThat(events).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO, Level.ERROR, Level.WARN, Level.ERROR);
            assertThat(events.get(0).getFormattedMessage()).contains("registrator@berg.example", "väntar", "nytt försök om 20 s");
            assertThat(events.get(0).getThrowableProxy()).as("no stack trace for a postponement").isNull();
            assertThat(events.get(1).getFormattedMessage()).contains("kunde inte skickas", "registrator@berg.example");
            assertThat(events.get(1).getThrowableProxy()).isNotNull();
            assertThat(events.get(2).getFormattedMessage()).contains("job-2");
            assertThat(events.get(3).getFormattedMessage()).contains("något annat");
        } finally {
            engine.detachAppender(seen);
            jobExecutor.detachAppender(seen);
            own.detachAppender(seen);
        }
    }

    private static Notification notification() {
        return new Notification("n-1", "k", "PA-JH-2020", "INPUT_ROUND", NotificationType.REMINDER, "registrator@berg.example",
                "Påminnelse", "text", "<p>text</p>", null, NotificationStatus.PENDING, 0, OffsetDateTime.now(), null, null, List.of());
    }
}
