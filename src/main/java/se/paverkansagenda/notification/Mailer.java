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

    private final JavaMailSenderImpl sender;
    private final MailSettings settings;

    public Mailer(JavaMailSenderImpl sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** Sends the message; a refusing, failing or silent server ends in {@link NotificationFailedException}. */
    public void send(Notification notification, List<MailAttachment> files) {
        try {
            sender.send(compose(notification, files));
        } catch (MailException | MessagingException e) {
            throw new NotificationFailedException(notification, server(), e);
        }
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
                    CALENDAR_TYPE);
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
