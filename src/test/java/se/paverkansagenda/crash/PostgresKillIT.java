package se.paverkansagenda.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paverkansagenda.process.RequestRemindersProcess;

/**
 * The production profile on PostgreSQL killed with {@code kill -9} in the middle of a burst of answers,
 * right after the first receipts, and started again: every answer whose sender got the receipt page is
 * stored, and a reminder timer that came due while the only node was down fires once after the restart.
 * Two rounds in CI; {@code -Dpa.crash.rounds=10} for ten.
 */
class PostgresKillIT {

    private static final int ROUNDS = Integer.getInteger("pa.crash.rounds", 2);
    private static final int PER_ROUND = 24;
    private static final int SPARE = 2;
    private static final String DATABASE = "kill";
    static final String ADMIN_PASSWORD = "Kill-Test-Nyckel-1";

    private GreenMail smtp;
    private String url;

    @BeforeEach
    void database() throws Exception {
        TestPostgres.require();
        url = TestPostgres.freshDatabase(DATABASE);
        smtp = mailServer();
    }

    @AfterEach
    void drop() {
        if (smtp != null) {
            smtp.stop();
        }
        TestPostgres.dropDatabase(DATABASE);
    }

    @Test
    void everyAcknowledgedAnswerIsStoredAndADueTimerFiresOnceAfterTheNodeIsKilled(@TempDir Path dir) throws Exception {
        int municipalities = ROUNDS * PER_ROUND + SPARE;
        String[] settings = settings(url, smtp.getSmtp().getPort());
        NodeProcess node = NodeProcess.crashNode(dir, municipalities, settings);
        try {
            List<String[]> links = Files.readAllLines(dir.resolve(CrashNode.LINKS)).stream().map(l -> l.split(" ")).toList();
            List<String> spare = links.subList(ROUNDS * PER_ROUND, municipalities).stream().map(l -> l[0]).toList();
            int acknowledgedInAll = 0;
            List<String> dueWhileDown = List.of();
            for (int round = 0; round < ROUNDS; round++) {
                boolean last = round == ROUNDS - 1;
                if (last) {
                    // the spare requests' reminders come due three seconds from now: while the node is down
                    dueWhileDown = dueInSeconds(reminderTimers(spare), 3);
                }
                List<String[]> batch = links.subList(round * PER_ROUND, (round + 1) * PER_ROUND);
                Set<String> acknowledged = AnswerBurst.thenKill(node.port(), batch, node::kill);
                long killed = System.nanoTime();
                acknowledgedInAll += acknowledged.size();
                node = NodeProcess.crashNode(dir, municipalities, settings);
                System.out.printf("[figure] PostgreSQL round %d: %d of %d answers acknowledged before kill -9; restarted in %d ms%n",
                        round + 1, acknowledged.size(), batch.size(), (System.nanoTime() - killed) / 1_000_000);
                assertThat(acknowledged).as("the kill came after the first receipts").isNotEmpty();
                try (Connection db = connect()) {
                    assertThat(AnswerBurst.lost(db, acknowledged)).as("answers acknowledged and then not stored, round " + (round + 1))
                            .isEmpty();
                }
            }
            System.out.printf("[figure] PostgreSQL: %d rounds, %d acknowledged answers, none lost%n", ROUNDS, acknowledgedInAll);

            assertThat(dueWhileDown).as("the spare requests wait for a reminder").isNotEmpty();
            awaitRun(dueWhileDown);
            try (Connection db = connect()) {
                assertThat(successfulRuns(db, dueWhileDown)).as("each reminder timer that came due while the node was down")
                        .containsOnlyKeys(dueWhileDown).allSatisfy((job, runs) -> assertThat(runs).isEqualTo(1));
                List<String> reminders = messageIds(db, "REMINDER");
                assertThat(reminders).as("one reminder to each spare recipient").hasSize(SPARE);
                awaitMail(reminders);
            }
        } finally {
            node.kill();
        }
    }

    static String[] settings(String url, int smtpPort) {
        return new String[] {
                "--spring.profiles.active=postgres",
                "--PA_DB_URL=" + url,
                "--PA_DB_USER=" + TestPostgres.USER,
                "--PA_DB_PASSWORD=" + TestPostgres.PASSWORD,
                "--PA_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
                "--PA_SMTP_HOST=127.0.0.1",
                "--PA_SMTP_PORT=" + smtpPort,
                "--PA_SMTP_AUTH=false",
                "--PA_SMTP_STARTTLS=false",
                // connections opened as needed, not all 30 at start: the test's nodes share a server with other tests
                "--spring.datasource.hikari.minimum-idle=2",
                "--spring.datasource.hikari.maximum-pool-size=20"};
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD);
    }

    /** The reminder timer of each request's reminders process. */
    private List<String> reminderTimers(List<String> requestIds) throws SQLException {
        List<String> jobs = new ArrayList<>();
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement("SELECT DISTINCT j.ID_ FROM ACT_RU_JOB j"
                     + " JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ AND d.ACT_ID_ = ?"
                     + " JOIN ACT_RU_VARIABLE v ON v.PROC_INST_ID_ = j.PROCESS_INSTANCE_ID_ AND v.NAME_ = ?"
                     + " WHERE v.TEXT_ = ?")) {
            for (String request : requestIds) {
                query.setString(1, RequestRemindersProcess.Elements.TIMER_REMINDER_DUE);
                query.setString(2, RequestRemindersProcess.REQUEST_ID.name());
                query.setString(3, request);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        jobs.add(rows.getString(1));
                    }
                }
            }
        }
        return jobs;
    }

    private List<String> dueInSeconds(List<String> jobs, int seconds) throws SQLException {
        try (Connection db = connect();
             PreparedStatement update = db.prepareStatement("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE ID_ = ?")) {
            for (String job : jobs) {
                update.setTimestamp(1, new java.sql.Timestamp(System.currentTimeMillis() + seconds * 1000L));
                update.setString(2, job);
                update.executeUpdate();
            }
        }
        return jobs;
    }

    private void awaitRun(List<String> jobs) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection db = connect()) {
                if (successfulRuns(db, jobs).size() == jobs.size()) {
                    Thread.sleep(2000); // a second run, if there were one, would show now
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the timers that came due while the node was down did not run within 90 s of the restart: "
                + describe(jobs));
    }

    private String describe(List<String> jobs) throws SQLException {
        StringBuilder what = new StringBuilder();
        try (Connection db = connect();
             PreparedStatement job = db.prepareStatement("SELECT DUEDATE_, LOCK_OWNER_, LOCK_EXP_TIME_, RETRIES_, EXCEPTION_MSG_, SUSPENSION_STATE_"
                     + " FROM ACT_RU_JOB WHERE ID_ = ?");
             PreparedStatement log = db.prepareStatement("SELECT JOB_STATE_, TIMESTAMP_, JOB_EXCEPTION_MSG_ FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ?")) {
            for (String id : jobs) {
                what.append("\n").append(id).append(": ");
                job.setString(1, id);
                try (ResultSet row = job.executeQuery()) {
                    what.append(row.next() ? "due " + row.getTimestamp(1) + ", lock " + row.getString(2) + " until " + row.getTimestamp(3)
                            + ", retries " + row.getInt(4) + ", " + row.getString(5) + ", suspension " + row.getInt(6) : "no job");
                }
                log.setString(1, id);
                try (ResultSet rows = log.executeQuery()) {
                    while (rows.next()) {
                        what.append("; log ").append(rows.getInt(1)).append(" at ").append(rows.getTimestamp(2)).append(' ').append(rows.getString(3));
                    }
                }
            }
        }
        return what.toString() + "\nnow " + new java.sql.Timestamp(System.currentTimeMillis());
    }

    /** For each job that ran to its end: how many times. */
    static Map<String, Integer> successfulRuns(Connection db, List<String> jobs) throws SQLException {
        Map<String, Integer> runs = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ? AND JOB_STATE_ = 2")) {
            for (String job : jobs) {
                query.setString(1, job);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getInt(1) > 0) {
                        runs.put(job, row.getInt(1));
                    }
                }
            }
        }
        return runs;
    }

    private static List<String> messageIds(Connection db, String type) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM notification WHERE type = ?")) {
            query.setString(1, type);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add("<" + rows.getString(1) + "@paverkansagenda>");
                }
            }
        }
        return ids;
    }

    /** Each message reached the mail server exactly once. */
    private void awaitMail(List<String> messageIds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, Integer> received = new HashMap<>();
        while (System.nanoTime() < deadline) {
            received.clear();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                received.merge(message.getMessageID(), 1, Integer::sum);
            }
            if (received.keySet().containsAll(messageIds)) {
                break;
            }
            Thread.sleep(500);
        }
        for (String id : messageIds) {
            assertThat(received.get(id)).as("messages received with Message-ID " + id).isEqualTo(1);
        }
    }

    /** The mail server of the nodes, here in the test, quiet about the addresses it learns. */
    static GreenMail mailServer() throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen.greenmail"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
