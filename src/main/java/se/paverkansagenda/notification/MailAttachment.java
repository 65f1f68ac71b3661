package se.paverkansagenda.notification;

/** A file sent with a message, such as the steering group's report as PDF. */
public record MailAttachment(String fileName, String mediaType, byte[] content) {
}
