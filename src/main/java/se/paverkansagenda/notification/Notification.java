package se.paverkansagenda.notification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One message as recorded: what it is, to whom, its rendered content, the stored documents it carries
 * (by id, read again whenever it is sent), and how sending went.
 */
public record Notification(
        String id,
        String idempotencyKey,
        String cycleKey,
        String step,
        NotificationType type,
        String recipient,
        String subject,
        String bodyText,
        String bodyHtml,
        String calendar,
        NotificationStatus status,
        int attempts,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt,
        String lastError,
        List<String> attachmentIds) {

    /** The Message-ID header: derived from the record, so a message sent again would carry the same id. */
    public String messageId() {
        return "<" + id + "@paverkansagenda>";
    }
}
