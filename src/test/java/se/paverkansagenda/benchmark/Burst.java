package se.paverkansagenda.benchmark;

import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fires submissions at the same moment: each waits on its thread until every thread is ready, then
 * all are released together and each is timed on its own. A submission returns {@code null} when it
 * succeeded, else what went wrong; one that throws is an error too.
 */
final class Burst {

    /**
     * What a burst measured: its wall time from the release to the last answer, latencies and errors,
     * and the processor time the whole JVM used meanwhile (every thread: the clients', the server's,
     * the engine's and the garbage collector's), which on a shared machine says more than the wall
     * time: it grows far less with the machine's load.
     */
    record Outcome(int submissions, long wallNanos, Latencies latencies, int errors, List<String> errorSamples,
                   long processorNanos) implements Serializable {

        double perSecond() {
            return wallNanos == 0 ? 0 : submissions / (wallNanos / 1e9);
        }

        /** The JVM's processor time per submission, in milliseconds; 0 where it could not be read. */
        double processorMillisPerSubmission() {
            return submissions == 0 || processorNanos <= 0 ? 0 : processorNanos / 1e6 / submissions;
        }
    }

    private static final int ERROR_SAMPLES = 5;

    private Burst() {
    }

    static Outcome fire(List<Callable<String>> submissions, int threads) throws InterruptedException {
        int poolSize = threads <= 0 ? submissions.size() : Math.min(threads, submissions.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(poolSize, 1));
        CountDownLatch ready = new CountDownLatch(poolSize);
        CountDownLatch release = new CountDownLatch(1);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong lastAnswer = new AtomicLong();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<String> submission : submissions) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    release.await();
                    long start = System.nanoTime();
                    String error = attempt(submission);
                    long end = System.nanoTime();
                    latencies.add(end - start);
                    lastAnswer.accumulateAndGet(end, Math::max);
                    if (error != null) {
                        errors.add(error);
                    }
                    return null;
                }));
            }
            ready.await();
            long processorAtRelease = processorNanos();
            long released = System.nanoTime();
            release.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
            long processor = processorNanos() - processorAtRelease;
            return new Outcome(submissions.size(), lastAnswer.get() - released, Latencies.ofNanos(latencies),
                    errors.size(), errors.stream().limit(ERROR_SAMPLES).toList(), processor);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A submission could not be timed", e);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** The processor time of this JVM so far, or a negative number where it cannot be read. */
    static long processorNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Null when the submission succeeded, else what went wrong. */
    private static String attempt(Callable<String> submission) {
        try {
            return submission.call();
        } catch (Exception e) {
            return e.toString();
        }
    }
}
