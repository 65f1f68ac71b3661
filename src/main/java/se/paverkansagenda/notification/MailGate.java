package se.paverkansagenda.notification;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What keeps a slow or dead mail server from holding the job executor: at most
 * {@code max-concurrent} messages are handed to the server at once, and a send that finds them all
 * under way waits for one to end only while the server answers quickly, else it is not started (its job
 * waits and comes back); and a circuit that, after
 * {@code circuit-failures} sends in a row failed to reach the server, tries no more for
 * {@code circuit-open-for}, then lets one send through: if it goes out, sending resumes, if not, the
 * circuit stays open for another period.
 */
final class MailGate {

    enum State { CLOSED, OPEN, HALF_OPEN }

    /** A send under way longer than this means a slow server: others no longer wait for it. */
    static final Duration SLOW_AFTER = Duration.ofMillis(500);
    /** The longest a send waits for one under way to end. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final Map<Thread, Long> active = new ConcurrentHashMap<>();

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

    /**
     * Leave to send now, or how long to wait before trying again. When the allowed sends are all under
     * way the caller waits for one to end, as long as the server answers quickly: once a send under way
     * has taken longer than {@link #SLOW_AFTER}, or after {@link #MAX_WAIT}, it gives up its thread.
     */
    Optional<Refusal> enter() throws InterruptedException {
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
        long giveUp = nanoTime.getAsLong() + MAX_WAIT.toNanos();
        while (!sends.tryAcquire(20, TimeUnit.MILLISECONDS)) {
            if (slow() || nanoTime.getAsLong() > giveUp) {
                synchronized (this) {
                    if (open) {
                        trial = false;
                    }
                }
                return Optional.of(new Refusal("alla tillåtna samtidiga utskick pågår redan och e-postservern svarar långsamt",
                        busyWait));
            }
        }
        active.put(Thread.currentThread(), nanoTime.getAsLong());
        return Optional.empty();
    }

    /** A send under way has taken longer than a server that answers takes. */
    private boolean slow() {
        long now = nanoTime.getAsLong();
        return active.values().stream().anyMatch(started -> now - started > SLOW_AFTER.toNanos());
    }

    private void release() {
        active.remove(Thread.currentThread());
        sends.release();
    }

    /** The message went out. */
    void succeeded() {
        release();
        synchronized (this) {
            failures = 0;
            open = false;
            trial = false;
        }
    }

    /** The send failed; {@code serverUnreachable} when the server refused, failed or did not answer. */
    void failed(boolean serverUnreachable) {
        release();
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
