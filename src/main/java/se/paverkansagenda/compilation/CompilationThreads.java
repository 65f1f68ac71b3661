package se.paverkansagenda.compilation;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The threads a compilation renders its PDF on, beside the job that writes its DOCX and CSV. Two, as
 * a cycle compiles at most its input and its consultation at a time (a third waits for one of them);
 * they end after a minute without work. Not an {@link Executor} bean itself, so that it is never the
 * one injected where Spring or the engine ask for an executor by type.
 */
@Component
public class CompilationThreads implements AutoCloseable {

    private static final int THREADS = 2;

    private final ThreadPoolExecutor threads;

    public CompilationThreads() {
        AtomicInteger count = new AtomicInteger();
        threads = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "sammanstallning-pdf-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        threads.allowCoreThreadTimeOut(true);
    }

    Executor executor() {
        return threads;
    }

    /** Lets a PDF under way finish, takes no new one. */
    @Override
    public void close() {
        threads.shutdown();
    }
}
