package se.paverkansagenda.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one recorded message to the SMTP server: plain text and HTML, the calendar invitation if any,
 * and the files it carries.
 */
@Component
public class Mailer {

    static final String CALENDAR_FILE = "kallelse.ics";
    static final String CALENDAR_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    static final String CALENDAR_CANCEL_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

    private final JavaMailSenderImpl sender;
    private final MailSettings settings;
    private final MailGate gate;

    public Mailer(JavaMailSenderImpl sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
        MailSettings.Sending sending = settings.sending();
        this.gate = new MailGate(sending.maxConcurrent(), sending.circuitFailures(), sending.circuitOpenFor(),
                settings.readTimeout(), System::nanoTime);
    }

    /**
     * Sends the message; a refusing, failing or silent server ends in {@link NotificationFailedException}.
     * When the allowed number of sends is under way, or the circuit is open after a run of failures, the
     * message is not tried and {@link MailPostponedException} says when to come back.
     */
    public void send(Notification notification, List<MailAttachment> files) {
        MimeMessage message;
        try {
            message = compose(notification, files);
        } catch (MessagingException e) {
            throw new NotificationFailedException(notification, server(), e);
        }
        MailGate.Refusal refusal;
        try {
            refusal = gate.enter().orElse(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailPostponedException(notification, server(), "avbrutet", settings.readTimeout());
        }
        if (refusal != null) {
            throw new MailPostponedException(notification, server(), refusal.reason(), refusal.retryIn());
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            gate.failed(unreachable(e));
            throw new NotificationFailedException(notification, server(), e);
        } catch (RuntimeException | Error e) {
            gate.failed(false);
            throw e;
        }
        gate.succeeded();
    }

    /** The circuit: {@code CLOSED} (sending), {@code OPEN} (not trying the server) or {@code HALF_OPEN} (one try). */
    public String circuitState() {
        return gate.state().name();
    }

    /** Closes the circuit, as when the application starts. */
    void resetCircuit() {
        gate.reset();
    }

    /** The server refused, failed or did not answer, rather than refusing this one message. */
    private static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.io.IOException) {
                return true;
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                    && unreachable(messaging.getNextException())) {
                return true;
            }
        }
        return false;
    }

    /** The server messages go to, as {@code host:port}. */
    public String server() {
        return sender.getHost() + ":" + sender.getPort();
    }

    private MimeMessage compose(Notification notification, List<MailAttachment> files) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(notification.recipient());
        helper.setSubject(notification.subject());
        helper.setText(notification.bodyText(), notification.bodyHtml());
        if (notification.calendar() != null) {
            helper.addAttachment(CALENDAR_FILE, new ByteArrayResource(notification.calendar().getBytes(StandardCharsets.UTF_8)),
                    notification.calendar().contains("\nMETHOD:CANCEL") ? CALENDAR_CANCEL_TYPE : CALENDAR_TYPE);
        }
        for (MailAttachment file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.mediaType());
        }
        message.setHeader("Message-ID", notification.messageId());
        return message;
    }

    /** A file sent with a message. */
    public record MailAttachment(String fileName, String mediaType, byte[] content) {
    }
}
