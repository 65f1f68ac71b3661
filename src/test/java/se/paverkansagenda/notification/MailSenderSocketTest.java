package se.paverkansagenda.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import java.net.Socket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The sender's sockets do not wait for the server's delayed acknowledgement: the end of each message went
 * out about 40 ms late, in every message the lifecycle sent (most of the demo history's time).
 */
class MailSenderSocketTest {

    private static final MailSettings SETTINGS = new MailSettings("Påverkansagenda <paverkansagenda@region.example>",
            Duration.ofSeconds(2), Duration.ofSeconds(2), "PT1M", "http://localhost:8080",
            new MailSettings.EmbeddedServer(false, 0), new MailSettings.Sending(3, 5, Duration.ofMinutes(1)));

    @Test
    void theConfiguredSenderConnectsWithoutNaglesDelayAndItsMessagesArrive() throws Exception {
        try (EmbeddedMailServer server = new EmbeddedMailServer(0)) {
            MailProperties mail = new MailProperties();
            mail.setHost(EmbeddedMailServer.HOST);
            mail.setPort(server.port());
            JavaMailSenderImpl sender = new MailConfiguration().mailSender(mail, SETTINGS,
                    new StaticListableBeanFactory().getBeanProvider(EmbeddedMailServer.class));

            Session session = sender.getSession();
            Object factory = session.getProperties().get("mail.smtp.socketFactory");
            assertThat(factory).isInstanceOf(SocketFactory.class);
            try (Socket socket = ((SocketFactory) factory).createSocket()) {
                assertThat(socket.getTcpNoDelay()).isTrue();
            }

            Mailer mailer = new Mailer(sender, SETTINGS);
            for (int i = 1; i <= 3; i++) {
                mailer.send(new Notification("n-" + i, "k-" + i, "PA-JH-2020", "INPUT_ROUND", NotificationType.REMINDER,
                        "registrator@berg.example", "Ämne " + i, "Text åäö", "<p>Text</p>", null,
                        NotificationStatus.PENDING, 0, OffsetDateTime.now(), null, null, List.of()), List.of());
            }
            assertThat(server.receivedMessages()).extracting(message -> message.getSubject())
                    .containsExactly("Ämne 1", "Ämne 2", "Ämne 3");
        }
    }
}
