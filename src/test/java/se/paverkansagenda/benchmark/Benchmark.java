package se.paverkansagenda.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Every municipality submits its answer from its link at the same moment, against the whole
 * application and against the bare engine with the same model, on each database asked for:
 * {@code mvn -Pbenchmark test-compile exec:java}. Prints submissions per second, latencies, errors,
 * answers lost and answers stored twice, and fails when any submission failed, was lost or was
 * stored twice. Each run has a JVM of its own with the same largest heap (see {@link ForkedRun}); a
 * second table, under the first, gives each one's memory and the documents' times.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<RunResult> results = new ArrayList<>();
        List<FigureTable.SideBySide> memory = new ArrayList<>();
        List<FigureTable.SideBySide> timers = new ArrayList<>();
        for (Database database : options.databases()) {
            if (options.fork()) {
                ForkedRun.Outcome application = ForkedRun.run(ForkedRun.Part.APPLICATION, database, options);
                ForkedRun.Outcome bare = ForkedRun.run(ForkedRun.Part.BARE_ENGINE, database, options);
                results.add(application.run());
                results.add(bare.run());
                memory.add(new FigureTable.SideBySide(database, application, bare));
                if (options.timers() > 0) {
                    timers.add(new FigureTable.SideBySide(database,
                            ForkedRun.run(ForkedRun.Part.APPLICATION_TIMERS, database, options),
                            ForkedRun.run(ForkedRun.Part.BARE_ENGINE_TIMERS, database, options)));
                }
            } else {
                quietLogging();
                results.add(ApplicationRun.measure(database, options));
                quietLogging();
                results.add(BareEngineRun.measure(database, options));
            }
        }
        StartRun.Figures starts = options.starts() > 0 ? StartRun.measure(options) : null;
        DocumentFigures documents = options.fork()
                ? ForkedRun.run(ForkedRun.Part.DOCUMENTS, Database.H2, options).documents()
                : DocumentFigures.measure();
        System.out.printf(Locale.ROOT, "%n%d municipalities, %.0f %% of them submitting twice, after a warm-up round"
                        + " of %d; %s, %d processors, Java %s, load average %.1f before and %.1f after:%n%n",
                options.municipalities(), options.duplicateShare() * 100, options.warmUpMunicipalities(),
                machine(), Runtime.getRuntime().availableProcessors(), Runtime.version(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(ResultTable.render(results));
        System.out.println(FigureTable.render(options, memory, timers, documents));
        if (starts != null) {
            System.out.println(StartTable.render(options, starts));
        }
        List<String> problems = results.stream().filter(RunResult::failed)
                .flatMap(result -> result.problems().stream().limit(10)
                        .map(problem -> result.database().label() + ", " + result.run() + ": " + problem))
                .collect(Collectors.toCollection(ArrayList::new));
        for (FigureTable.SideBySide drain : timers) {
            for (ForkedRun.Outcome outcome : List.of(drain.application(), drain.bare())) {
                outcome.timers().problems().stream().limit(10)
                        .forEach(problem -> problems.add(drain.database().label() + ", deadlines: " + problem));
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(System.out::println);
            throw new IllegalStateException("Submissions failed, were lost or were stored twice, or deadlines were lost or mailed twice; see above");
        }
    }

    /** The processor's model and the machine's memory, as Linux tells them; empty elsewhere. */
    static String machine() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        return (cpu.isEmpty() ? "unknown processor" : cpu) + (memory.isEmpty() ? ""
                : String.format(Locale.ROOT, ", %.0f GiB of memory",
                        Long.parseLong(memory.replaceAll("\\D", "")) / 1024.0 / 1024.0));
    }

    private static String firstValue(Path file, String key) {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(key)).map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Warnings only, also before and after Spring Boot sets the application's log levels. */
    static void quietLogging() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    }
}
