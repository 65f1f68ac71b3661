package se.paverkansagenda.answer;

import java.time.OffsetDateTime;
import java.util.Locale;

/** A file attached to a statement, without its content. */
public record Attachment(String id, String requestId, String fileName, AttachmentType type, int sizeBytes,
                         OffsetDateTime uploadedAt) {

    /** The size as people read it: "48 kB", "1,2 MB". */
    public String size() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " kB";
        }
        return String.format(Locale.forLanguageTag("sv-SE"), "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
