package se.paverkansagenda.notification;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * What keeps a slow or dead mail server from holding the job executor: at most
 * {@code max-concurrent-sends} messages are handed to the server at once, and a send that finds them all
 * under way is not started (its job waits and comes back); and a circuit that, after
 * {@code circuit-failures} sends in a row failed to reach the server, tries no more for
 * {@code circuit-open-for}, then lets one send through: if it goes out, sending resumes, if not, the
 * circuit stays open for another period.
 */
final class MailGate {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final Semaphore sends;
    private final int failureThreshold;
    private final long openForNanos;
    private final Duration busyWait;
    private final LongSupplier nanoTime;

    private int failures;
    private long openUntil;
    private boolean open;
    private boolean trial;

    MailGate(int maxConcurrentSends, int failureThreshold, Duration openFor, Duration busyWait, LongSupplier nanoTime) {
        this.sends = new Semaphore(Math.max(1, maxConcurrentSends));
        this.failureThreshold = Math.max(1, failureThreshold);
        this.openForNanos = openFor.toNanos();
        this.busyWait = busyWait;
        this.nanoTime = nanoTime;
    }

    /** Leave to send now, or how long to wait before trying again. */
    Optional<Refusal> enter() {
        synchronized (this) {
            if (open) {
                long remaining = openUntil - nanoTime.getAsLong();
                if (remaining > 0 || trial) {
                    return Optional.of(new Refusal("kretsen är öppen efter " + failures
                            + " misslyckade försök i rad; e-postservern prövas igen om en stund",
                            Duration.ofNanos(Math.max(remaining, 0)).plusSeconds(1)));
                }
                trial = true;
            }
        }
        if (!sends.tryAcquire()) {
            synchronized (this) {
                if (open) {
                    trial = false;
                }
            }
            return Optional.of(new Refusal("alla " + "tillåtna samtidiga utskick pågår redan", busyWait));
        }
        return Optional.empty();
    }

    /** The message went out. */
    void succeeded() {
        sends.release();
        synchronized (this) {
            failures = 0;
            open = false;
            trial = false;
        }
    }

    /** The send failed; {@code serverUnreachable} when the server refused, failed or did not answer. */
    void failed(boolean serverUnreachable) {
        sends.release();
        synchronized (this) {
            if (serverUnreachable) {
                failures++;
                if (open || failures >= failureThreshold) {
                    open = true;
                    openUntil = nanoTime.getAsLong() + openForNanos;
                }
            } else if (open) {
                // the server answered: it is there
                failures = 0;
                open = false;
            }
            trial = false;
        }
    }

    synchronized State state() {
        if (!open) {
            return State.CLOSED;
        }
        return openUntil - nanoTime.getAsLong() > 0 ? State.OPEN : State.HALF_OPEN;
    }

    /** The circuit closed and no failure counted, as at start. */
    synchronized void reset() {
        failures = 0;
        open = false;
        trial = false;
    }

    /** Why a send was not started, and when to try again. */
    record Refusal(String reason, Duration retryIn) {
    }
}
