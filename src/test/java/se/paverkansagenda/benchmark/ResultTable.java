package se.paverkansagenda.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures of every run as a Markdown table. The ratio is the application's submissions per
 * second over the bare engine's on the same database: the share of the engine's own pace that the
 * application keeps with everything it does beside it. Beside it, the JVM's processor time per
 * submission during the burst, and the bare engine's over the application's: the same share as the
 * machine would give it with nothing else running, much less moved by other work on the machine.
 */
final class ResultTable {

    private static final String HEADER = "| database | run | submissions | submissions/s | p50 ms | p99 ms | max ms "
            + "| errors | lost | of them acknowledged | stored twice | settled s | lost locks | app/bare "
            + "| processor ms per submission | app/bare by processor |\n"
            + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";

    private ResultTable() {
    }

    static String render(List<RunResult> results) {
        StringBuilder table = new StringBuilder(HEADER);
        for (RunResult result : results) {
            Burst.Outcome burst = result.burst();
            table.append(String.format(Locale.ROOT,
                    "| %s | %s | %d | %.1f | %.0f | %.0f | %.0f | %d | %d | %d | %d | %.1f | %d | %s | %.1f | %s |%n",
                    result.database().label(), result.run(), burst.submissions(), burst.perSecond(),
                    burst.latencies().percentileMillis(50), burst.latencies().percentileMillis(99),
                    burst.latencies().maxMillis(), burst.errors(), result.lost(), result.lostAfterSuccess(),
                    result.duplicatesStored(),
                    result.settledSeconds(), result.optimisticLocks(), ratio(result, results),
                    burst.processorMillisPerSubmission(), processorRatio(result, results)));
        }
        return table.toString();
    }

    private static String ratio(RunResult result, List<RunResult> results) {
        return bareBeside(result, results).filter(b -> b.burst().perSecond() > 0)
                .map(b -> String.format(Locale.ROOT, "%.2f", result.burst().perSecond() / b.burst().perSecond()))
                .orElse("");
    }

    /** The bare engine's processor time per submission over the application's: 1 when they need the same. */
    private static String processorRatio(RunResult result, List<RunResult> results) {
        double own = result.burst().processorMillisPerSubmission();
        return bareBeside(result, results).filter(b -> own > 0 && b.burst().processorMillisPerSubmission() > 0)
                .map(b -> String.format(Locale.ROOT, "%.2f", b.burst().processorMillisPerSubmission() / own))
                .orElse("");
    }

    private static Optional<RunResult> bareBeside(RunResult result, List<RunResult> results) {
        if (!result.run().equals(RunResult.APPLICATION)) {
            return Optional.empty();
        }
        return results.stream().filter(other -> other.database() == result.database()
                && other.run().equals(RunResult.BARE_ENGINE)).findFirst();
    }
}
