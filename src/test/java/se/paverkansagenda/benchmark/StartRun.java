package se.paverkansagenda.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import se.paverkansagenda.benchmark.bare.BareStarter;

/**
 * How long the application takes to start, against the bare starter ({@link BareStarter}), each in a JVM
 * of its own with the benchmark's heap, side by side: from the process's start until the web apps answer
 * ({@code GET /camunda/app/welcome/}) and the engine's REST API answers with a login, on an empty H2 file
 * database (the first start) and again on the data that start left (a restart); and for the application's
 * first start, until its log says the demo data is ready. The application runs as in production, {@code
 * java -jar target/paverkansagenda-*.jar} with its default profile (H2 file, demo data), when {@code mvn
 * package} has built the jar, else its main class from the class path. Each start is made {@code
 * bench.starts} times (3), application and bare starter one after the other, and the medians compared.
 */
public final class StartRun {

    /** What the application's log says once the demo data is complete (DemoData). */
    static final String DEMO_READY = "Demodatan är klar";
    private static final String ADMIN_PASSWORD = "Demo-Styr-2026";
    private static final Duration POLL = Duration.ofMillis(100);

    /** Seconds from the process's start: until the web apps answered, and until the demo data was ready (0: none). */
    record Start(double readySeconds, double demoReadySeconds) {
    }

    /** The medians of every start, and how the application was started. */
    record Figures(String application, int starts, List<Start> applicationFirst, List<Start> applicationRestart,
                   List<Start> bareFirst, List<Start> bareRestart) {

        double median(List<Start> starts, boolean demo) {
            return StartRun.median(starts.stream().mapToDouble(s -> demo ? s.demoReadySeconds() : s.readySeconds())
                    .boxed().toList());
        }
    }

    private final BenchmarkOptions options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private StartRun(BenchmarkOptions options) {
        this.options = options;
    }

    static Figures measure(BenchmarkOptions options) throws InterruptedException {
        return new StartRun(options).measure();
    }

    private Figures measure() throws InterruptedException {
        return measure(Optional.empty()).get(0);
    }

    /**
     * The application's jar and, when given, an earlier build's jar ({@code bench.jar.before}), each beside
     * the same bare starts: one figure set each, the earlier one second.
     */
    private List<Figures> measure(Optional<Path> before) throws InterruptedException {
        List<Start> applicationFirst = new ArrayList<>();
        List<Start> applicationRestart = new ArrayList<>();
        List<Start> beforeFirst = new ArrayList<>();
        List<Start> beforeRestart = new ArrayList<>();
        List<Start> bareFirst = new ArrayList<>();
        List<Start> bareRestart = new ArrayList<>();
        Optional<Path> jar = applicationJar();
        String application = jar.map(path -> "java -jar " + path).orElse("java -cp <class path> "
                + "se.paverkansagenda.Application (no jar in target/: mvn package -DskipTests builds it)");
        for (int i = 1; i <= options.starts(); i++) {
            Path data = temporaryDirectory("benchmark-start-application-");
            applicationFirst.add(start("application, first start " + i, applicationCommand(jar), data, DEMO_READY));
            applicationRestart.add(start("application, restart " + i, applicationCommand(jar), data, null));
            if (before.isPresent()) {
                Path beforeData = temporaryDirectory("benchmark-start-before-");
                beforeFirst.add(start("earlier application, first start " + i, applicationCommand(before), beforeData,
                        System.getProperty("bench.jar.before.demoReadyLine", DEMO_READY)));
                beforeRestart.add(start("earlier application, restart " + i, applicationCommand(before), beforeData, null));
            }
            Path bareData = temporaryDirectory("benchmark-start-bare-");
            bareFirst.add(start("bare starter, first start " + i, bareCommand(bareData), bareData, null));
            bareRestart.add(start("bare starter, restart " + i, bareCommand(bareData), bareData, null));
        }
        List<Figures> figures = new ArrayList<>(List.of(new Figures(application, options.starts(), applicationFirst,
                applicationRestart, bareFirst, bareRestart)));
        before.ifPresent(path -> figures.add(new Figures("java -jar " + path, options.starts(), beforeFirst,
                beforeRestart, bareFirst, bareRestart)));
        return figures;
    }

    /** One start until it answers, and until its log has the demo's line when one is given. */
    private Start start(String what, List<String> command, Path data, String demoLine) throws InterruptedException {
        boolean waitForDemo = demoLine != null;
        int port = freePort();
        List<String> full = new ArrayList<>(command);
        full.add("--server.port=" + port);
        full.add("--paverkansagenda.mail.embedded-server.port=" + freePort());
        full.add("--paverkansagenda.mail.public-base-url=http://localhost:" + port);
        Path log = data.resolve("start-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("PA_H2_FILE", data.resolve("paverkansagenda").toString());
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture<Long> demoReady = new CompletableFuture<>();
        Thread reader = new Thread(() -> copy(process, log, demoLine, demoReady), "start-log");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = started + options.timeout().toNanos();
            awaitAnswer(process, deadline, "/camunda/app/welcome/", port, false, what, log);
            awaitAnswer(process, deadline, "/engine-rest/user/admin/profile", port, true, what, log);
            double ready = (System.nanoTime() - started) / 1e9;
            double demo = 0;
            if (waitForDemo) {
                try {
                    demo = (demoReady.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) - started) / 1e9;
                } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(what + ": no \"" + demoLine + "\" in its log within "
                            + options.timeout() + "; see " + log);
                }
            }
            Progress.say(Database.H2, "start", String.format(Locale.ROOT, "%s: web apps answering after %.1f s%s",
                    what, ready, waitForDemo ? String.format(Locale.ROOT, ", demo data ready after %.1f s", demo) : ""));
            return new Start(ready, demo);
        } finally {
            stop(process);
        }
    }

    private void awaitAnswer(Process process, long deadline, String path, int port, boolean login, String what,
                             Path log) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(options.timeout()).GET();
        if (login) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " ended with status " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": " + path + " did not answer within " + options.timeout()
                        + "; see " + log);
            }
            try {
                if (http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The process's output into its log file; the moment the demo data's line came. */
    private static void copy(Process process, Path log, String demoLine, CompletableFuture<Long> demoReady) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (demoLine != null && line.contains(demoLine)) {
                    demoReady.complete(System.nanoTime());
                }
                out.println(line);
            }
        } catch (IOException e) {
            demoReady.completeExceptionally(e);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private List<String> applicationCommand(Optional<Path> jar) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + options.heap()));
        if (jar.isPresent()) {
            command.addAll(List.of("-jar", jar.get().toString()));
        } else {
            command.addAll(List.of("-cp", classPath(false, null), "se.paverkansagenda.Application"));
        }
        return command;
    }

    private List<String> bareCommand(Path data) {
        return new ArrayList<>(List.of(java(), "-Xmx" + options.heap(), "-cp", classPath(true, models(data)),
                BareStarter.class.getName(), "--spring.config.name=bare-starter",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("paverkansagenda") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0"));
    }

    /** The application's models and forms alone, in a folder of their own on the bare starter's class path. */
    private static Path models(Path data) {
        try {
            Path models = Files.createDirectories(data.resolve("models"));
            Path classes = Path.of(StartRun.class.getResource("/" + se.paverkansagenda.process.RequestRoundProcess.BPMN_RESOURCE)
                    .toURI()).getParent();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(classes, "*.{bpmn,dmn,form}")) {
                for (Path file : files) {
                    Files.copy(file, models.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The production jar, as {@code mvn package} names it, or the one in {@code bench.jar}. */
    private static Optional<Path> applicationJar() {
        if (System.getProperty("bench.jar") != null) {
            return Optional.of(Path.of(System.getProperty("bench.jar")).toAbsolutePath());
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("paverkansagenda-.*\\.jar"))
                    .map(Path::toAbsolutePath).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Jars a bare Camunda starter with web apps, REST and JDBC would not have: their auto-configurations would run. */
    private static final List<String> NOT_BARE = List.of("flyway", "thymeleaf", "mail", "greenmail", "actuator",
            "micrometer-core", "micrometer-registry", "micrometer-jakarta9", "prometheus",
            "selenium", "postgresql", "openhtmltopdf", "pdfbox",
            "poi", "ical4j", "jollyday", "archunit", "jasperreports");

    /**
     * The class path the benchmark runs from, for the application without the test classes; for the bare
     * starter without the application's classes and the jars only the application needs, with the models.
     */
    private static String classPath(boolean bare, Path models) {
        List<String> entries = new ArrayList<>();
        if (StartRun.class.getClassLoader() instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    entries.add(url.getPath());
                }
            }
        } else {
            entries.addAll(List.of(System.getProperty("java.class.path").split(System.getProperty("path.separator"))));
        }
        List<String> kept = new ArrayList<>();
        for (String entry : entries) {
            String name = Path.of(entry).getFileName().toString();
            boolean testClasses = entry.endsWith("test-classes");
            boolean classes = !testClasses && entry.endsWith("classes");
            if (bare ? classes || NOT_BARE.stream().anyMatch(name::contains) : testClasses) {
                continue;
            }
            kept.add(entry);
        }
        if (models != null) {
            kept.add(0, models.toString());
        }
        return String.join(System.getProperty("path.separator"), kept);
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The start part alone: {@code mvn -Pbenchmark test-compile exec:java
     * -Dexec.mainClass=se.paverkansagenda.benchmark.StartRun}.
     */
    public static void main(String[] args) throws InterruptedException {
        BenchmarkOptions options = BenchmarkOptions.fromSystemProperties();
        double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Figures> figures = new StartRun(options).measure(
                Optional.ofNullable(System.getProperty("bench.jar.before")).map(Path::of));
        System.out.printf(Locale.ROOT, "%n%s, %d processors, Java %s, load average %.1f before and %.1f after:%n%n",
                Benchmark.machine(), Runtime.getRuntime().availableProcessors(), Runtime.version(), loadBefore,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        figures.forEach(each -> System.out.println(StartTable.render(options, each)));
        System.exit(0);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
