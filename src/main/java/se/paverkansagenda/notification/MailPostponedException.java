package se.paverkansagenda.notification;

import java.time.Duration;

/**
 * A message was not handed to the mail server because too many sends are under way or the circuit is
 * open ({@link MailGate}). The job is not counted as a failed try: it waits {@link #retryIn()} and runs
 * again, with its retries as they were.
 */
public class MailPostponedException extends RuntimeException {

    private final transient Duration retryIn;

    public MailPostponedException(Notification notification, String server, String reason, Duration retryIn) {
        super("E-post till " + notification.recipient() + " (" + notification.type() + ", " + notification.cycleKey()
                + ") väntar: " + reason + " (e-postservern " + server + "); nytt försök om " + retryIn.toSeconds() + " s.");
        this.retryIn = retryIn;
    }

    public Duration retryIn() {
        return retryIn;
    }
}
