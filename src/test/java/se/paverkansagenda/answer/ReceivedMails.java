package se.paverkansagenda.answer;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paverkansagenda.link.AnswerTokens;
import se.paverkansagenda.notification.EmbeddedMailServer;
import se.paverkansagenda.round.RoundRequest;

/** What the application's SMTP server received in a test: messages to an address, their text, their links. */
public final class ReceivedMails {

    private static final Pattern LINK = Pattern.compile("/svar/([A-Za-z0-9_-]{22})");

    private ReceivedMails() {
    }

    public static List<MimeMessage> to(EmbeddedMailServer server, String address) {
        return server.receivedMessages().stream().filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().contains(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The files a message carries, at any depth of its parts. */
    public static List<Part> attachments(Part part) {
        try {
            List<Part> files = new ArrayList<>();
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    files.addAll(attachments(multipart.getBodyPart(i)));
                }
            } else if (part.getFileName() != null) {
                files.add(part);
            }
            return files;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text parts of a message, decoded. */
    public static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(text(multipart.getBodyPart(i)));
                }
                return text.toString();
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the link to the request in a mail its recipient got, {@code /svar/<token>}. */
    public static String linkTo(EmbeddedMailServer server, AnswerTokens tokens, RoundRequest request) {
        for (MimeMessage message : to(server, request.recipientEmail())) {
            Matcher link = LINK.matcher(text(message));
            while (link.find()) {
                if (tokens.requestOf(link.group(1)).filter(request.id()::equals).isPresent()) {
                    return link.group();
                }
            }
        }
        throw new AssertionError("No mail with a link to " + request.recipientName());
    }

    /** The text of the latest message to the address whose text contains the words. */
    public static Optional<String> latestWith(EmbeddedMailServer server, String address, String words) {
        List<String> texts = to(server, address).stream().map(ReceivedMails::text)
                .filter(text -> text.contains(words)).toList();
        return texts.isEmpty() ? Optional.empty() : Optional.of(texts.get(texts.size() - 1));
    }
}
