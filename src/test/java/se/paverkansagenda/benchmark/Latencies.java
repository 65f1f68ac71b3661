package se.paverkansagenda.benchmark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;

/** The latencies of one burst of submissions, summarised by nearest-rank percentiles in milliseconds. */
final class Latencies implements Serializable {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    static Latencies ofNanos(Collection<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    int count() {
        return sortedNanos.length;
    }

    /**
     * The smallest latency that at least {@code percent} % of the submissions did not exceed: the
     * value at rank ⌈percent/100 · n⌉. Zero when nothing was measured.
     */
    double percentileMillis(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("A percentile lies in (0, 100]: " + percent);
        }
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return millis(sortedNanos[Math.max(rank, 1) - 1]);
    }

    double maxMillis() {
        return sortedNanos.length == 0 ? 0 : millis(sortedNanos[sortedNanos.length - 1]);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
