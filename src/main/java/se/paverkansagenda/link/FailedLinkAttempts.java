package se.paverkansagenda.link;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Wrong tokens per client address (behind a trusted reverse proxy, the address the proxy names): after
 * too many within a window, the address's wrong tokens get 429 until the window has passed, so links
 * cannot be guessed by trying. A right token always opens its page: others' failures from the same
 * address never keep a recipient out.
 */
@Component
public class FailedLinkAttempts {

    static final int ALLOWED = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many addresses, those whose window has passed are dropped at the next failure. */
    static final int TIDY_ABOVE = 10_000;

    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();

    public boolean blocked(String address) {
        Window window = byAddress.get(address);
        return window != null && !window.expired() && window.failures >= ALLOWED;
    }

    public void failed(String address) {
        if (byAddress.size() > TIDY_ABOVE) {
            byAddress.values().removeIf(Window::expired);
        }
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
