package se.paverkansagenda.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A recorded message as it reaches a real SMTP server (GreenMail), without the application around it. */
class MailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final MailSettings SETTINGS = new MailSettings("Påverkansagenda <paverkansagenda@region.example>",
            Duration.ofSeconds(2), Duration.ofSeconds(2), "PT1M", "http://localhost:8080",
            new MailSettings.EmbeddedServer(false, 0), new MailSettings.Sending(3, 5, Duration.ofMinutes(1)));

    @Test
    void sendsTextHtmlAndTheInvitationUnderTheOutboxMessageId() throws Exception {
        new Mailer(sender(SMTP.getSmtp().getPort()), SETTINGS).send(notification("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"), List.of());

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<n-1@paverkansagenda>");
        assertThat(received.getSubject()).isEqualTo("Påminnelse: svar senast fredag 2 oktober 2020");
        assertThat(received.getFrom()[0].toString()).contains("paverkansagenda@region.example");
        assertThat(received.getContentType()).startsWith("multipart/mixed");
        Multipart content = (Multipart) received.getContent();
        assertThat(content.getCount()).isEqualTo(2);
        assertThat(content.getBodyPart(1).getContentType()).contains("text/calendar", "method=REQUEST");
        assertThat(content.getBodyPart(1).getFileName()).isEqualTo("kallelse.ics");
    }

    @Test
    void aServerThatIsNotThereFailsWithTheServerNamed() {
        Notification notification = notification(null);
        Mailer mailer = new Mailer(sender(1), SETTINGS);

        assertThatThrownBy(() -> mailer.send(notification, List.of())).isInstanceOf(NotificationFailedException.class)
                .hasMessageContaining("E-post kunde inte skickas till registrator@berg.example")
                .hasMessageContaining("via e-postservern 127.0.0.1:1");
    }

    @Test
    void aDeadServerOpensTheCircuitWhichLetsOneTryThroughAfterItsPeriodAndClosesWhenTheServerAnswers() throws Exception {
        MailSettings settings = new MailSettings(SETTINGS.from(), SETTINGS.connectTimeout(), SETTINGS.readTimeout(),
                SETTINGS.retryCycle(), SETTINGS.publicBaseUrl(), SETTINGS.embeddedServer(),
                new MailSettings.Sending(3, 2, Duration.ofMillis(500)));
        JavaMailSenderImpl sender = sender(1);
        Mailer mailer = new Mailer(sender, settings);
        Notification notification = notification(null);

        assertThatThrownBy(() -> mailer.send(notification, List.of())).isInstanceOf(NotificationFailedException.class);
        assertThat(mailer.circuitState()).isEqualTo("CLOSED");
        assertThatThrownBy(() -> mailer.send(notification, List.of())).isInstanceOf(NotificationFailedException.class);
        assertThat(mailer.circuitState()).isEqualTo("OPEN");
        sender.setPort(SMTP.getSmtp().getPort());
        assertThatThrownBy(() -> mailer.send(notification, List.of())).isInstanceOf(MailPostponedException.class)
                .hasMessageContaining("kretsen är öppen");
        assertThat(SMTP.getReceivedMessages()).as("not tried while the circuit is open").isEmpty();

        Thread.sleep(600);
        assertThat(mailer.circuitState()).isEqualTo("HALF_OPEN");
        mailer.send(notification, List.of());
        assertThat(mailer.circuitState()).isEqualTo("CLOSED");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aFailedTryInTheHalfOpenCircuitOpensItAgain() throws Exception {
        MailSettings settings = new MailSettings(SETTINGS.from(), SETTINGS.connectTimeout(), SETTINGS.readTimeout(),
                SETTINGS.retryCycle(), SETTINGS.publicBaseUrl(), SETTINGS.embeddedServer(),
                new MailSettings.Sending(3, 1, Duration.ofMillis(300)));
        Mailer mailer = new Mailer(sender(1), settings);
        Notification notification = notification(null);
        assertThatThrownBy(() -> mailer.send(notification, List.of())).isInstanceOf(NotificationFailedException.class);
        Thread.sleep(400);
        assertThatThrownBy(() -> mailer.send(notification, List.of())).isInstanceOf(NotificationFailedException.class);
        assertThat(mailer.circuitState()).isEqualTo("OPEN");
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().setProperty("mail.smtp.timeout", "2000");
        return sender;
    }

    private static Notification notification(String calendar) {
        return new Notification("n-1", "k", "PA-JH-2020", "INPUT_ROUND", NotificationType.REMINDER, "registrator@berg.example",
                "Påminnelse: svar senast fredag 2 oktober 2020", "Text", "<p>HTML</p>", calendar,
                NotificationStatus.PENDING, 0, OffsetDateTime.now(), null, null, List.of());
    }
}
