package se.paverkansagenda.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One part of the benchmark in a JVM of its own, with the heap the benchmark asks for
 * ({@code bench.heap}, 256 MiB): the application's run, the bare engine's, or the documents. Its own
 * JVM gives each run its own resident set size and shows whether it fits in that heap; the result
 * comes back serialized through a file.
 */
final class ForkedRun {

    enum Part { APPLICATION, BARE_ENGINE, DOCUMENTS, APPLICATION_TIMERS, BARE_ENGINE_TIMERS }

    /** What a forked part measured: a burst's result or other figures, and its RSS. */
    record Outcome(RunResult run, DocumentFigures documents, TimerDrain timers, long rssAfterStartMib,
                   long rssAfterBurstMib) implements Serializable {
    }

    private ForkedRun() {
    }

    /** The part in its own JVM; its output goes to this one's. */
    static Outcome run(Part part, Database database, BenchmarkOptions options) throws InterruptedException {
        try {
            Path result = Files.createTempFile("benchmark-" + part.name().toLowerCase() + "-", ".ser");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx" + options.heap()));
            // further options for the forked JVMs, such as a flight recording while looking for where time goes
            String extra = System.getProperty("bench.jvmOptions", "").trim();
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.replace("{part}", part.name().toLowerCase() + "-" + database.name()
                        .toLowerCase()).split("\\s+")));
            }
            command.addAll(List.of("-cp", classPath()));
            System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                    .sorted().forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
            command.addAll(List.of(ForkedRun.class.getName(), part.name(), database.name(), result.toString()));
            Process process = new ProcessBuilder(command).inheritIO().start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(part + " on " + database.label() + " failed in its JVM (-Xmx"
                        + options.heap() + "), exit status " + exit + "; see its output above");
            }
            try (InputStream in = Files.newInputStream(result); ObjectInputStream objects = new ObjectInputStream(in)) {
                return (Outcome) objects.readObject();
            } finally {
                Files.deleteIfExists(result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Part part = Part.valueOf(args[0]);
        Database database = Database.valueOf(args[1]);
        BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
        Benchmark.quietLogging();
        Outcome outcome = switch (part) {
            case APPLICATION -> withMemory(ApplicationRun.measure(database, options), null, null);
            case BARE_ENGINE -> withMemory(BareEngineRun.measure(database, options), null, null);
            case DOCUMENTS -> withMemory(null, DocumentFigures.measure(), null);
            case APPLICATION_TIMERS -> withMemory(null, null, ApplicationTimers.measure(database, options));
            case BARE_ENGINE_TIMERS -> withMemory(null, null, BareEngineTimers.measure(database, options));
        };
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(Path.of(args[2])))) {
            out.writeObject(outcome);
        }
        // the job executor's and the web server's threads would keep the JVM alive
        System.exit(0);
    }

    private static Outcome withMemory(RunResult run, DocumentFigures documents, TimerDrain timers) {
        return new Outcome(run, documents, timers, Memory.mib(Memory.AFTER_START), Memory.mib(Memory.AFTER_BURST));
    }

    /**
     * The class path this JVM runs the benchmark from: under {@code exec:java} the project's classes
     * and dependencies are in the class loader Maven made for it, not on {@code java.class.path}.
     */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        // only the loader of the benchmark's own classes: its parents are Maven's
        if (ForkedRun.class.getClassLoader() instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    entries.add(url.getPath());
                }
            }
        }
        if (entries.isEmpty()) {
            return System.getProperty("java.class.path");
        }
        return String.join(System.getProperty("path.separator"), entries);
    }
}
