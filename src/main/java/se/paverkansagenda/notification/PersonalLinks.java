package se.paverkansagenda.notification;

/**
 * Makes the personal link a message carries for its recipient (an answer link) at the moment the
 * message is sent. The outbox keeps the message with a placeholder in its place
 * ({@link Notifications#personalLink}), so no usable link is ever stored.
 */
public interface PersonalLinks {

    /** A fresh link for the subject (a request's id), to go into the message being sent now. */
    String linkFor(String subjectId);

    /** Whether this maker's links are the subject's; the first maker in order that says so makes the link. */
    default boolean handles(String subjectId) {
        return true;
    }
}
