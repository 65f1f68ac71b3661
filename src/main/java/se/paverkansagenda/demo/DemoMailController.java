package se.paverkansagenda.demo;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.security.CurrentUser;

/**
 * The demo's mailbox: every message the embedded SMTP server received, for the administrator (behind
 * the Camunda login of {@code /api}, administrators only).
 */
@Controller
@ConditionalOnProperty(name = "paverkansagenda.mail.embedded-server.enabled", havingValue = "true")
public class DemoMailController {

    private final EmbeddedMailServer server;
    private final CurrentUser user;

    public DemoMailController(EmbeddedMailServer server, CurrentUser user) {
        this.server = server;
        this.user = user;
    }

    @GetMapping("/api/demo/mail")
    public String list(Model model) {
        user.requireAnyGroup();
        List<ReceivedMail> mails = new ArrayList<>();
        List<MimeMessage> received = server.receivedMessages();
        for (int i = received.size() - 1; i >= 0; i--) {
            mails.add(ReceivedMail.of(i, received.get(i)));
        }
        model.addAttribute("mails", mails);
        return "demo/mail";
    }

    @GetMapping("/api/demo/mail/{number}")
    public String show(@PathVariable int number, Model model) {
        user.requireAnyGroup();
        List<MimeMessage> received = server.receivedMessages();
        if (number < 0 || number >= received.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Inget meddelande nummer " + number);
        }
        model.addAttribute("mail", ReceivedMail.of(number, received.get(number)));
        return "demo/mail-message";
    }

    /** One received message as the page shows it. */
    public record ReceivedMail(int number, String sent, String from, String to, String subject, String text, String html,
                               String calendar) {

        static ReceivedMail of(int number, MimeMessage message) {
            try {
                Parts parts = new Parts();
                parts.collect(message);
                return new ReceivedMail(number, String.valueOf(message.getSentDate()), join(message.getFrom()),
                        join(message.getAllRecipients()), message.getSubject(), parts.text, parts.html, parts.calendar);
            } catch (Exception e) {
                throw new IllegalStateException("The received message " + number + " cannot be read", e);
            }
        }

        private static String join(Object[] addresses) {
            return addresses == null ? "" : Arrays.stream(addresses).map(String::valueOf).collect(Collectors.joining(", "));
        }
    }

    private static final class Parts {
        private String text;
        private String html;
        private String calendar;

        void collect(Part part) throws Exception {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/calendar")) {
                calendar = read(part);
            } else if (part.isMimeType("text/html")) {
                html = read(part);
            } else if (part.isMimeType("text/plain")) {
                text = read(part);
            }
        }

        private static String read(Part part) throws IOException, jakarta.mail.MessagingException {
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
