package se.paverkansagenda.round;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Runs a transaction again when it collided with another one, so that concurrent answers reach
 * their callers as answers and never as locking errors. Anything else is passed on at once.
 */
public final class CollisionRetry {

    static final int MAX_ATTEMPTS = 8;

    private CollisionRetry() {
    }

    public static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (!isCollision(e)) {
                    throw e;
                }
                if (attempt == MAX_ATTEMPTS) {
                    throw new IllegalStateException("Svaret kunde inte sparas efter " + MAX_ATTEMPTS
                            + " försök; inget har ändrats, försök igen", e);
                }
                pause(attempt);
            }
        }
    }

    /**
     * A collision with another transaction, which a new attempt resolves: the engine's optimistic
     * lock, or the database giving up waiting for a row lock or breaking a deadlock.
     */
    static boolean isCollision(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof TransientDataAccessException
                    || cause instanceof SQLTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }
}
