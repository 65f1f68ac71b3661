package se.paverkansagenda.link;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Wrong tokens per address: after too many within a window, the address gets no answers about
 * tokens at all until the window has passed, so links cannot be guessed by trying.
 */
@Component
public class FailedLinkAttempts {

    static final int ALLOWED = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();

    public boolean blocked(String address) {
        Window window = byAddress.get(address);
        return window != null && !window.expired() && window.failures >= ALLOWED;
    }

    public void failed(String address) {
        byAddress.compute(address, (key, window) ->
                window == null || window.expired() ? new Window(Instant.now(), 1) : window.plusOne());
    }

    /** Seconds until the address may try again. */
    public long retryAfterSeconds(String address) {
        Window window = byAddress.get(address);
        return window == null ? 0 : Math.max(1, Duration.between(Instant.now(), window.start.plus(WINDOW)).toSeconds());
    }

    void forget(String address) {
        byAddress.remove(address);
    }

    private record Window(Instant start, int failures) {
        boolean expired() {
            return Instant.now().isAfter(start.plus(WINDOW));
        }

        Window plusOne() {
            return new Window(start, failures + 1);
        }
    }
}
