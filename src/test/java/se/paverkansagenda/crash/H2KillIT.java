package se.paverkansagenda.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void everyAcknowledgedAnswerIsStoredAfterTheProcessIsKilled(@TempDir Path dir) throws Exception {
        NodeProcess node = NodeProcess.crashNode(dir, ROUNDS * PER_ROUND);
        try {
            List<String[]> links = Files.readAllLines(dir.resolve(CrashNode.LINKS)).stream().map(l -> l.split(" ")).toList();
            int acknowledgedInAll = 0;
            for (int round = 0; round < ROUNDS; round++) {
                List<String[]> batch = links.subList(round * PER_ROUND, (round + 1) * PER_ROUND);
                Set<String> acknowledged = AnswerBurst.thenKill(node.port(), batch, node::kill);
                long killed = System.nanoTime();
                acknowledgedInAll += acknowledged.size();
                Map<String, String> locked = lockedJobs(dir);
                node = NodeProcess.crashNode(dir, ROUNDS * PER_ROUND);
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
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("paverkansagenda") + ";AUTO_SERVER=TRUE", "sa", "")) {
            return AnswerBurst.lost(db, acknowledged);
        }
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
}
