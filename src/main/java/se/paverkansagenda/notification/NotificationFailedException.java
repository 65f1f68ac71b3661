package se.paverkansagenda.notification;

/**
 * A message could not be handed to the mail server. The job that tried fails with this message,
 * retries on the notification back-off, and then shows as an incident in Cockpit with it.
 */
public class NotificationFailedException extends RuntimeException {

    public NotificationFailedException(Notification notification, String server, Throwable cause) {
        super("E-post kunde inte skickas till " + notification.recipient() + " (" + notification.type() + ", "
                + notification.cycleKey() + ") via e-postservern " + server + ": " + rootMessage(cause)
                + ". Inget har skickats två gånger; när servern svarar igen: försök jobbet på nytt (Retry).", cause);
    }

    private static String rootMessage(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }
}
