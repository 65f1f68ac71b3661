package se.paverkansagenda.demo;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import se.paverkansagenda.document.DocumentStore;
import se.paverkansagenda.notification.SwedishDates;

/**
 * One message the demo's mail server received, as the mail viewer shows it: a stable id made from its
 * Message-ID (the position in the server's list moves as mail comes in), headers decoded, the time in
 * Swedish, the text and HTML bodies and every attached file.
 */
public record ReceivedMail(String id, Instant sentAt, String sent, String from, String to, String subject,
                           String text, String html, String calendar, List<Attachment> attachments) {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** An attached file: its position among the message's files, name, type and content. */
    public record Attachment(int number, String fileName, String contentType, byte[] content) {

        public String size() {
            return content.length < 1024 ? content.length + " byte" : (content.length + 512) / 1024 + " kB";
        }
    }

    /**
     * @param occurrence how many messages with the same Message-ID came before this one (a message sent
     *                   again after a crash keeps its Message-ID)
     */
    static ReceivedMail of(MimeMessage message, int occurrence) {
        try {
            Parts parts = new Parts();
            parts.collect(message);
            Date sentDate = message.getSentDate() == null ? new Date(0) : message.getSentDate();
            return new ReceivedMail(idOf(message, occurrence), sentDate.toInstant(), swedish(sentDate),
                    addresses(message.getFrom()), addresses(message.getAllRecipients()), message.getSubject(),
                    parts.text, parts.html, parts.calendar, List.copyOf(parts.attachments));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A received message cannot be read", e);
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID() == null ? "" : message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException("A received message has no readable Message-ID", e);
        }
    }

    private static String idOf(MimeMessage message, int occurrence) {
        String hash = DocumentStore.sha256(messageId(message).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return occurrence == 0 ? hash : hash + "-" + (occurrence + 1);
    }

    private static String swedish(Date date) {
        ZonedDateTime at = date.toInstant().atZone(STOCKHOLM);
        return SwedishDates.day(at.toLocalDate()) + String.format(" kl. %02d:%02d", at.getHour(), at.getMinute());
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet && internet.getPersonal() != null
                        ? internet.getPersonal() + " <" + internet.getAddress() + ">" : address.toString())
                .collect(Collectors.joining(", "));
    }

    private static final class Parts {
        private String text;
        private String html;
        private String calendar;
        private final List<Attachment> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
                return;
            }
            if (part.getFileName() != null) {
                attachments.add(new Attachment(attachments.size() + 1, MimeUtility.decodeText(part.getFileName()),
                        part.getContentType().split(";")[0].trim(), read(part)));
            }
            if (part.isMimeType("text/calendar")) {
                calendar = new String(read(part), StandardCharsets.UTF_8);
            } else if (part.isMimeType("text/html") && part.getFileName() == null) {
                html = new String(read(part), StandardCharsets.UTF_8);
            } else if (part.isMimeType("text/plain") && part.getFileName() == null) {
                text = new String(read(part), StandardCharsets.UTF_8);
            }
        }

        private static byte[] read(Part part) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                return in.readAllBytes();
            }
        }
    }
}
