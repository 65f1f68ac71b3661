package se.paverkansagenda.benchmark;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** A line on standard output for each stage of a run, so a long run shows where it is. */
final class Progress {

    private Progress() {
    }

    static void say(Database database, String run, String what) {
        System.out.printf("%s [%s, %s] %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), database.label(), run,
                what);
    }

    static String summary(RunResult result) {
        Burst.Outcome burst = result.burst();
        return String.format(Locale.ROOT, "%d submissions, %.1f/s, p50 %.0f ms, p99 %.0f ms, %d errors,"
                        + " %d lost (%d acknowledged), %d stored twice, settled after %.1f s, %d lost optimistic locks",
                burst.submissions(), burst.perSecond(), burst.latencies().percentileMillis(50),
                burst.latencies().percentileMillis(99), burst.errors(), result.lost(), result.lostAfterSuccess(),
                result.duplicatesStored(), result.settledSeconds(), result.optimisticLocks());
    }
}
