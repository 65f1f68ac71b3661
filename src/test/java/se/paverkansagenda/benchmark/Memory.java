package se.paverkansagenda.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resident set size (RSS) of this JVM at named moments of a run, as Linux counts it: the memory
 * the process holds, heap and everything else. Each run has a JVM of its own, so it is that run's.
 */
final class Memory {

    static final String AFTER_START = "after start";
    static final String AFTER_BURST = "after the burst";

    private static final Map<String, Long> SAMPLES = new ConcurrentHashMap<>();

    private Memory() {
    }

    static void sample(String moment) {
        SAMPLES.put(moment, residentKib());
    }

    /** The RSS at the moment in MiB; 0 when it was not sampled or cannot be read. */
    static long mib(String moment) {
        return SAMPLES.getOrDefault(moment, 0L) / 1024;
    }

    /** VmRSS from /proc/self/status in KiB; 0 where there is no such file. */
    static long residentKib() {
        try (var lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:")).map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
