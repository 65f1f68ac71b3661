package se.paverkansagenda.demo;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.security.CurrentUser;

/**
 * The demo's mailbox: every message the embedded SMTP server received, newest first, each under a
 * stable id, with its attached files to download (behind the Camunda login of {@code /api},
 * administrators only), so a newcomer sees what a municipality received.
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
        model.addAttribute("mails", newestFirst());
        return "demo/mail";
    }

    @GetMapping("/api/demo/mail/{id}")
    public String show(@PathVariable String id, Model model) {
        user.requireAnyGroup();
        model.addAttribute("mail", find(id));
        return "demo/mail-message";
    }

    /** An attached file as the recipient got it: a compilation, an agenda, a calendar invitation. */
    @GetMapping("/api/demo/mail/{id}/bilagor/{number}")
    public ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable int number) {
        user.requireAnyGroup();
        ReceivedMail.Attachment file = find(id).attachments().stream().filter(a -> a.number() == number).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ingen bilaga nummer " + number));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    private ReceivedMail find(String id) {
        return all().stream().filter(mail -> mail.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Inget meddelande " + id));
    }

    /** The newest first; the server lists its messages recipient by recipient. */
    private List<ReceivedMail> newestFirst() {
        List<ReceivedMail> mails = new ArrayList<>(all());
        Collections.reverse(mails);
        mails.sort(Comparator.comparing(ReceivedMail::sentAt).reversed());
        return mails;
    }

    private List<ReceivedMail> all() {
        Map<String, Integer> seen = new HashMap<>();
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : server.receivedMessages()) {
            int occurrence = seen.merge(ReceivedMail.messageId(message), 1, Integer::sum) - 1;
            mails.add(ReceivedMail.of(message, occurrence));
        }
        return mails;
    }
}
