package se.paverkansagenda.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The application in a JVM of its own, started by a test that may kill it with {@code kill -9}. */
final class NodeProcess {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final int port;

    private NodeProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** {@link CrashNode} with this test's class path: it opens the round on its first start in the directory. */
    static NodeProcess crashNode(Path dir, int municipalities, String... settings) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classPath, CrashNode.class.getName(),
                dir.toString(), Integer.toString(municipalities)));
        command.addAll(List.of(settings));
        return start(dir, command, dir.resolve(CrashNode.PORT), null);
    }

    /** The packaged jar, as a region runs it, on the given port. */
    static NodeProcess jar(Path dir, String name, int port, String... settings) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx640m", "-XX:TieredStopAtLevel=1", "-jar",
                packagedJar().toString(), "--server.port=" + port));
        command.addAll(List.of(settings));
        return start(dir.resolve(name), command, null, port);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private static NodeProcess start(Path dir, List<String> command, Path portFile, Integer port) throws Exception {
        Files.createDirectories(dir);
        if (portFile != null) {
            Files.deleteIfExists(portFile);
        }
        Path log = dir.resolve("node.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .directory(dir.toFile())
                .start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (portFile != null ? !Files.exists(portFile) : !ready(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new AssertionError("the node did not start; its log: " + log + "\n" + tail(log));
            }
            Thread.sleep(200);
        }
        return new NodeProcess(process, portFile != null ? Integer.parseInt(Files.readString(portFile).trim()) : port);
    }

    static boolean ready(int port) {
        try {
            return AnswerBurst.HTTP.send(java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5)).build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Path packagedJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("paverkansagenda-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no packaged jar in target/; run mvn verify")).toAbsolutePath();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
