package se.paverkansagenda.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's clock is shared by every thread. Work that moves it (the demo's backdated history)
 * runs {@link #whileNoRequestRuns alone}: it waits for the requests in progress to finish, and every
 * request that comes meanwhile, to the application, the engine's REST API, the web apps or the
 * actuator, waits until the clock is back, so no request ever sees the moved clock. A request that
 * has waited {@code paverkansagenda.clock-gate.wait} (two minutes unless configured) is answered 503
 * with Retry-After. The job executor, the only other thread that uses the clock, is stopped by the
 * work itself.
 */
@Component
public class ClockGate extends OncePerRequestFilter implements Ordered {

    private static final int RETRY_AFTER_SECONDS = 30;

    /** Fair: while the work waits for the requests in progress, new requests queue behind it. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final Duration wait;

    public ClockGate(@Value("${paverkansagenda.clock-gate.wait:PT2M}") Duration wait) {
        this.wait = wait;
    }

    /** Runs the work once no request runs, and keeps requests waiting until it is done. */
    public <T> T whileNoRequestRuns(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** An error page is rendered after the request's own chain has let go of the gate: it waits as well. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = lock.readLock().tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("Tjänsten förbereds och svarar om en stund; försök igen om "
                    + RETRY_AFTER_SECONDS + " sekunder.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            lock.readLock().unlock();
        }
    }
}
