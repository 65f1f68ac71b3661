package se.paverkansagenda.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default (the H2 file database of application.yaml) killed with {@code kill -9} in the
 * middle of a burst of answers, right after the first receipts: after a restart on the same files every
 * answer whose sender got the receipt page is stored. {@code -Dpa.crash.rounds=N} for more rounds than
 * the three of CI.
 */
class H2KillIT {

    private static final int ROUNDS = Integer.getInteger("pa.crash.rounds", 3);
    private static final int PER_ROUND = 24;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyAcknowledgedAnswerIsStoredAfterTheProcessIsKilled(@TempDir Path dir) throws Exception {
        Node node = Node.start(dir, ROUNDS * PER_ROUND);
        try {
            List<String[]> links = Files.readAllLines(dir.resolve(CrashNode.LINKS)).stream().map(l -> l.split(" ")).toList();
            int acknowledgedInAll = 0;
            for (int round = 0; round < ROUNDS; round++) {
                List<String[]> batch = links.subList(round * PER_ROUND, (round + 1) * PER_ROUND);
                Set<String> acknowledged = burstThenKill(node, batch);
                long killed = System.nanoTime();
                acknowledgedInAll += acknowledged.size();
                Map<String, String> locked = lockedJobs(dir);
                node = Node.start(dir, ROUNDS * PER_ROUND);
                System.out.printf("[figure] round %d: %d of %d answers acknowledged before kill -9; restarted in %d ms;"
                                + " %d jobs were locked by the killed process%n", round + 1, acknowledged.size(), batch.size(),
                        (System.nanoTime() - killed) / 1_000_000, locked.size());
                assertThat(acknowledged).as("the kill came after the first receipts").isNotEmpty();
                assertThat(lost(dir, acknowledged)).as("answers acknowledged and then not stored, round " + (round + 1)).isEmpty();
                if (round == 0 && !locked.isEmpty()) {
                    Duration takeover = awaitTakeover(dir, locked, killed);
                    System.out.printf("[figure] the jobs locked by the killed process ran again %d s after the kill%n",
                            takeover.toSeconds());
                    assertThat(takeover).as("takeover of a dead process's jobs").isLessThan(Duration.ofSeconds(75));
                }
            }
            System.out.printf("[figure] %d rounds, %d acknowledged answers, none lost%n", ROUNDS, acknowledgedInAll);
        } finally {
            node.kill();
        }
    }

    /** Every answer of the batch at once; the node is killed as soon as a third of them got their receipt. */
    private Set<String> burstThenKill(Node node, List<String[]> batch) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(Math.max(1, batch.size() / 3));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(batch.size());
        try {
            for (String[] link : batch) {
                senders.submit(() -> {
                    release.await();
                    if (receipt(node.port, link)) {
                        acknowledged.add(link[0]);
                        enough.countDown();
                    }
                    return null;
                });
            }
            release.countDown();
            if (!enough.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("no receipts within a minute");
            }
            // kill -9 right after the receipts: every answer counted as acknowledged got its receipt before this
            Set<String> beforeKill = Set.copyOf(acknowledged);
            node.kill();
            return beforeKill;
        } finally {
            senders.shutdownNow();
            senders.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private boolean receipt(int port, String[] link) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + link[1]))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(link[2]), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 3 && response.headers().firstValue("Location").orElse("").endsWith("/kvitto");
        } catch (IOException | InterruptedException killed) {
            return false;
        }
    }

    private static String form(String who) {
        StringBuilder form = new StringBuilder("action=submit");
        String[] areas = {"RUS-1", "RUS-2"};
        String[] levels = {"EU", "NATIONAL"};
        for (int i = 0; i < 2; i++) {
            String field = "&proposals%5B" + i + "%5D.";
            form.append(field).append("title=").append(encode("Förslag " + (i + 1) + " från " + who))
                    .append(field).append("description=").append(encode("Beskrivning"))
                    .append(field).append("rusArea=").append(areas[i])
                    .append(field).append("decisionLevel=").append(levels[i])
                    .append(field).append("justification=").append(encode("Motivering"))
                    .append(field).append("contactPerson=").append(encode("Kommunstrateg"));
        }
        return form.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The jobs locked when the process died, with their lock owner, read from the files alone. */
    private static Map<String, String> lockedJobs(Path dir) throws Exception {
        Map<String, String> locked = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("paverkansagenda"), "sa", "");
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT ID_, LOCK_OWNER_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL")) {
            while (rows.next()) {
                locked.put(rows.getString(1), rows.getString(2));
            }
        }
        return locked;
    }

    /** How long after the kill every job the dead process had locked was done or locked by the new one. */
    private static Duration awaitTakeover(Path dir, Map<String, String> locked, long killed) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("paverkansagenda") + ";AUTO_SERVER=TRUE", "sa", "");
             PreparedStatement query = db.prepareStatement("SELECT LOCK_OWNER_ FROM ACT_RU_JOB WHERE ID_ = ?")) {
            while (System.nanoTime() < deadline) {
                boolean all = true;
                for (Map.Entry<String, String> job : locked.entrySet()) {
                    query.setString(1, job.getKey());
                    try (ResultSet row = query.executeQuery()) {
                        if (row.next() && job.getValue().equals(row.getString(1))) {
                            all = false;
                            break;
                        }
                    }
                }
                if (all) {
                    return Duration.ofNanos(System.nanoTime() - killed);
                }
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the jobs locked by the killed process were not taken over within 3 minutes");
    }

    /** The acknowledged requests that are not answered with both proposals, read through the running node's H2 server. */
    private static List<String> lost(Path dir, Set<String> acknowledged) throws Exception {
        List<String> lost = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("paverkansagenda") + ";AUTO_SERVER=TRUE", "sa", "");
             PreparedStatement query = db.prepareStatement("SELECT r.status, (SELECT COUNT(*) FROM proposal p WHERE p.request_id = r.id)"
                     + " FROM round_request r WHERE r.id = ?")) {
            for (String id : acknowledged) {
                query.setString(1, id);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next() || !"ANSWERED".equals(row.getString(1)) || row.getInt(2) != 2) {
                        lost.add(id);
                    }
                }
            }
        }
        return lost;
    }

    /** What a commit costs on an H2 file with and without WRITE_DELAY=0: one row per transaction. */
    @Test
    void measuresWhatAWriteCostsWithoutTheWriteDelay(@TempDir Path dir) throws Exception {
        long delayed = commits(dir.resolve("delayed"), "");
        long immediate = commits(dir.resolve("immediate"), ";WRITE_DELAY=0");
        System.out.printf("[figure] 2000 single-row commits on an H2 file: %d ms with the default write delay,"
                + " %d ms with WRITE_DELAY=0%n", delayed, immediate);
        assertThat(immediate).isPositive();
    }

    private static long commits(Path file, String settings) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + file + settings, "sa", "")) {
            try (Statement create = db.createStatement()) {
                create.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(200))");
            }
            long begin = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = 0; i < 2000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "Förslag " + i);
                    insert.executeUpdate();
                }
            }
            return (System.nanoTime() - begin) / 1_000_000;
        }
    }

    /** The application in a JVM of its own, started with this test's class path. */
    private static final class Node {
        private final Process process;
        private final int port;

        private Node(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Node start(Path dir, int municipalities) throws Exception {
            Path portFile = dir.resolve(CrashNode.PORT);
            Files.deleteIfExists(portFile);
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx768m", "-cp", classPath, CrashNode.class.getName(),
                    dir.toString(), Integer.toString(municipalities))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("node.log").toFile()))
                    .directory(dir.toFile())
                    .start();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!Files.exists(portFile)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new AssertionError("the node did not start; its log: " + dir.resolve("node.log")
                            + "\n" + tail(dir.resolve("node.log")));
                }
                Thread.sleep(100);
            }
            return new Node(process, Integer.parseInt(Files.readString(portFile).trim()));
        }

        /** kill -9: no shutdown hook, no flush. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join(File.separator.equals("/") ? "\n" : "\r\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "";
            }
        }
    }
}
