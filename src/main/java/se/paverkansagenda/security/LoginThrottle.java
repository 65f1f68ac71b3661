package se.paverkansagenda.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed logins slow down the one who fails, and nobody else: failures are counted per user and client
 * address, in memory. The first {@value #FREE_FAILURES} cost nothing; after each further one that user
 * from that address must wait 1, 2, 4 … seconds, at most {@link #MAX_WAIT}, before a password is
 * checked again. A right password clears the count; a count left alone for {@link #FORGET_AFTER} is
 * forgotten; an administrator can clear a user's counts at once ({@link #clear}). The right password
 * from any other address always works: nobody can lock another user out, and nothing is permanent.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    /** Beyond this many counts, those left alone are dropped at the next failure. */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds the user must wait from the address before a password is checked again; 0 when it may try now. */
    public long secondsToWait(String userId, String address) {
        Failures counted = failures.get(new Key(userId, address));
        if (counted == null) {
            return 0;
        }
        Instant now = clock.instant();
        if (counted.forgotten(now)) {
            failures.remove(new Key(userId, address), counted);
            return 0;
        }
        long millis = Duration.between(now, counted.waitUntil()).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    public void failed(String userId, String address) {
        Instant now = clock.instant();
        if (failures.size() > TIDY_ABOVE) {
            failures.entrySet().removeIf(entry -> entry.getValue().forgotten(now));
        }
        failures.compute(new Key(userId, address), (key, counted) -> {
            int count = counted == null || counted.forgotten(now) ? 1 : counted.count() + 1;
            return new Failures(count, now, now.plus(waitAfter(count)));
        });
    }

    public void succeeded(String userId, String address) {
        failures.remove(new Key(userId, address));
    }

    /** Clears every count of the user, from every address: the administrator's unlock. */
    public void clear(String userId) {
        failures.keySet().removeIf(key -> key.userId().equals(userId));
    }

    /** The wait after the given number of failures in a row. */
    static Duration waitAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 10);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private record Key(String userId, String address) {
    }

    private record Failures(int count, Instant last, Instant waitUntil) {
        boolean forgotten(Instant now) {
            return now.isAfter(last.plus(FORGET_AFTER));
        }
    }
}
