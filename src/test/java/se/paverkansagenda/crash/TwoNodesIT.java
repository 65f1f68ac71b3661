package se.paverkansagenda.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paverkansagenda.demo.DemoPlan;
import se.paverkansagenda.plan.PlanWithMunicipalities;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.RequestRoundProcess;

/**
 * Two nodes of the packaged jar (the {@code postgres} profile, the job executor on both, each its own
 * SMTP client) started at the same moment on one empty PostgreSQL database, with GreenMail here as the
 * mail server of both. An input round of {@value #MUNICIPALITIES} municipalities: answers posted
 * alternately to the two nodes, some of them to both at once; then every timer made due at once and the
 * last answers posted to one node, which is killed with {@code kill -9} as soon as it holds jobs (the
 * answers it did not acknowledge sent again to the other). Every answer is stored once, every mail reaches
 * the server once, every job ran to its end once, and the living node runs the dead node's jobs once
 * their lock has expired, within a minute.
 */
class TwoNodesIT {

    static final int MUNICIPALITIES = 54;
    private static final int UNANSWERED = 4;
    /** Answers posted to node B just before it is killed. */
    private static final int LAST_WAVE = 10;
    private static final String DATABASE = "nodes";
    private static final String ADMIN_PASSWORD = PostgresKillIT.ADMIN_PASSWORD;
    private static final String OWNER = "processagare";
    private static final String OWNER_PASSWORD = "Noder-Agare-Nyckel-1";
    private static final Pattern LINK = Pattern.compile("/svar/[A-Za-z0-9_\\-.~]+");

    private GreenMail smtp;
    private String url;

    @BeforeEach
    void database() throws Exception {
        TestPostgres.require();
        url = TestPostgres.freshDatabase(DATABASE);
        smtp = PostgresKillIT.mailServer();
    }

    @AfterEach
    void drop() {
        if (smtp != null) {
            smtp.stop();
        }
        TestPostgres.dropDatabase(DATABASE);
    }

    @Test
    void twoNodesOnOneDatabaseStoreSendAndRunEverythingOnce(@TempDir Path dir) throws Exception {
        int portA = PostgresKillIT.freePort();
        int portB = PostgresKillIT.freePort();
        long starting = System.nanoTime();
        CompletableFuture<NodeProcess> startingA = CompletableFuture.supplyAsync(() -> start(dir, "node-a", portA, portA));
        CompletableFuture<NodeProcess> startingB = CompletableFuture.supplyAsync(() -> start(dir, "node-b", portB, portA));
        CompletableFuture.allOf(startingA, startingB).handle((started, failed) -> null).join();
        if (startingA.isCompletedExceptionally() || startingB.isCompletedExceptionally()) {
            // a node that started is not left running when the other did not
            for (CompletableFuture<NodeProcess> node : List.of(startingA, startingB)) {
                if (!node.isCompletedExceptionally()) {
                    node.join().kill();
                }
            }
        }
        NodeProcess a = startingA.join();
        NodeProcess b = startingB.join();
        System.out.printf("[figure] two nodes started at once on an empty database in %d s%n", (System.nanoTime() - starting) / 1_000_000_000);
        try {
            List<String[]> links = openInputRound(portA);
            List<String[]> answered = links.subList(0, MUNICIPALITIES - UNANSWERED);
            List<String[]> firstWave = answered.subList(0, answered.size() - LAST_WAVE);
            List<String[]> lastWave = answered.subList(answered.size() - LAST_WAVE, answered.size());
            Map<Integer, Integer> statuses = answerOnBothNodes(firstWave, a.port(), b.port());
            assertThat(statuses.keySet()).as("answers to the two nodes: the receipt page (303) or a page saying it is stored, no error")
                    .allMatch(status -> status == 303 || status / 100 == 2 || status == 409);
            try (Connection db = connect()) {
                awaitCount(db, "SELECT COUNT(*) FROM notification WHERE type = 'ANSWER_RECEIPT' AND status = 'SENT'", firstWave.size());
                assertThat(count(db, "SELECT COUNT(*) FROM round_request WHERE status = 'ANSWERED'")).isEqualTo(firstWave.size());
            }

            // every timer due now, and the last answers posted to node B, whose job executor is told of their jobs at
            // once: node B is killed as soon as it holds jobs
            // (the deadlines of the requests still to be answered only once their answers are in)
            Set<String> timers = new HashSet<>(timersDueNow(false));
            ExecutorService lastSenders = Executors.newFixedThreadPool(LAST_WAVE);
            List<Future<Integer>> lastAnswers = new ArrayList<>();
            for (String[] link : lastWave) {
                lastAnswers.add(lastSenders.submit(() -> AnswerBurst.receipt(b.port(), link)));
            }
            Map<String, Timestamp> heldByB = awaitJobsLockedBy("node-b");
            b.kill();
            long killed = System.nanoTime();
            Timestamp killedAt = new Timestamp(System.currentTimeMillis());
            // an answer node B did not acknowledge is sent again, to node A, as its sender would
            int resent = 0;
            for (int i = 0; i < lastWave.size(); i++) {
                if (lastAnswers.get(i).get(2, TimeUnit.MINUTES) != 303) {
                    resent++;
                    assertThat(AnswerBurst.receipt(a.port(), lastWave.get(i))).as("an answer sent again to the living node").isEqualTo(303);
                }
            }
            lastSenders.shutdownNow();
            System.out.printf("[figure] %d of the %d answers posted to node B as it was killed got no receipt and were sent again to node A%n",
                    resent, lastWave.size());
            Duration takeover = awaitTakeover(heldByB.keySet(), killed);
            System.out.printf("[figure] node B killed holding %d jobs; node A ran them %d s after the kill%n", heldByB.size(), takeover.toSeconds());
            assertThat(takeover).as("takeover of the dead node's jobs").isLessThanOrEqualTo(Duration.ofMinutes(1));
            awaitDone(timers);
            // the timers that the first ones set (the next steps' starts and late notices, the next reminders)
            timers.addAll(timersDueNow(true));
            awaitDone(timers);

            try (Connection db = connect()) {
                assertThat(count(db, "SELECT COUNT(*) FROM round_request WHERE status = 'ANSWERED'")).isEqualTo(answered.size());
                assertThat(count(db, "SELECT COUNT(*) FROM round_request r WHERE r.status = 'ANSWERED'"
                        + " AND (SELECT COUNT(*) FROM proposal p WHERE p.request_id = r.id) <> 2"))
                        .as("answered requests with other than their two proposals").isZero();
                awaitCount(db, "SELECT COUNT(*) FROM notification WHERE type = 'ANSWER_RECEIPT' AND status = 'SENT'", answered.size());
                assertThat(count(db, "SELECT COUNT(*) FROM notification WHERE type = 'ANSWER_RECEIPT'"))
                        .as("one receipt each").isEqualTo(answered.size());
                assertThat(count(db, "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT")).as("deployments").isEqualTo(1);
                assertThat(count(db, "SELECT COUNT(*) FROM (SELECT KEY_ FROM ACT_RE_PROCDEF GROUP BY KEY_ HAVING COUNT(*) > 1) d"))
                        .as("process definitions deployed twice").isZero();
                assertThat(count(db, "SELECT COUNT(*) FROM (SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"
                        + " GROUP BY version HAVING COUNT(*) > 1) m")).as("migrations run twice").isZero();
                assertThat(count(db, "SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2"
                        + " GROUP BY JOB_ID_ HAVING COUNT(*) > 1) j")).as("jobs that ran to their end twice").isZero();
                Set<String> deleted = deletedUnrun(db, timers);
                assertThat(PostgresKillIT.successfulRuns(db, List.copyOf(timers))).as("each timer ran once, unless deleted unrun")
                        .hasSize(timers.size() - deleted.size()).allSatisfy((job, runs) -> assertThat(runs).isEqualTo(1));
                assertThat(hostsThatRanJobs(db)).as("both nodes ran jobs").contains("node-a", "node-b");
                for (String job : heldByB.keySet()) {
                    Timestamp ranByA = firstRun(db, job, "node-a");
                    if (ranByA != null) {
                        assertThat(ranByA).as("node A ran " + job + " after node B's lock expired, not while its run could be alive")
                                .isAfterOrEqualTo(new Timestamp(heldByB.get(job).getTime() - 1000));
                    }
                }
                assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_INCIDENT")).as("incidents").isZero();
                assertThat(count(db, "SELECT COUNT(*) FROM round_request WHERE status IN ('SENT', 'ANSWERED')"))
                        .as("requests still open after their deadline").isEqualTo(answered.size());
                // the round's one message about its unanswered requests is a job after the round, not a timer
                awaitCount(db, "SELECT COUNT(*) FROM notification WHERE type = 'LATE_ANSWER'", 1);
                int reminders = count(db, "SELECT COUNT(*) FROM notification WHERE type = 'REMINDER'");
                int late = count(db, "SELECT COUNT(*) FROM notification WHERE type = 'LATE_ANSWER'");
                System.out.printf("[figure] %d timers ran once each (%d more deleted unrun); %d reminders, %d late notices; B's kill at %s%n",
                        timers.size() - deleted.size(), deleted.size(), reminders, late, killedAt);
                assertThat(reminders).as("reminders to the recipients who did not answer").isPositive();
                assertThat(types(db)).as("the kinds of message sent by the two nodes")
                        .contains("INPUT_REQUEST", "ANSWER_RECEIPT", "REMINDER", "LATE_ANSWER", "STEERING_REPORT");
                assertThat(late).as("one message about the round's requests without an answer").isOne();
                awaitMailOnce(db, heldByB.size());
            }
        } finally {
            a.kill();
            b.kill();
        }
    }

    private NodeProcess start(Path dir, String name, int port, int publicPort) {
        List<String> settings = new ArrayList<>(List.of(PostgresKillIT.settings(url, smtp.getSmtp().getPort())));
        settings.add("--PA_NODE_NAME=" + name);
        settings.add("--PA_PUBLIC_BASE_URL=http://localhost:" + publicPort);
        try {
            return NodeProcess.jar(dir, name, port, settings.toArray(String[]::new));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A process owner, a cycle of the municipalities whose input round is opened at once; each request's link and recipient. */
    private List<String[]> openInputRound(int port) throws Exception {
        send(port, "admin", ADMIN_PASSWORD, "POST", "/engine-rest/user/create", "application/json",
                "{\"profile\":{\"id\":\"" + OWNER + "\",\"firstName\":\"Process\",\"lastName\":\"Ägare\","
                        + "\"email\":\"utvecklingsdirektor@regionjh.example\"},\"credentials\":{\"password\":\"" + OWNER_PASSWORD + "\"}}", 204);
        send(port, "admin", ADMIN_PASSWORD, "PUT", "/engine-rest/group/" + AgendaProcess.Groups.PROCESS_OWNERS + "/members/" + OWNER,
                "application/json", "", 204);
        // as an administrator does for a new region: its tenant, with the process owner as a member
        send(port, "admin", ADMIN_PASSWORD, "POST", "/engine-rest/tenant/create", "application/json",
                "{\"id\":\"TN\",\"name\":\"Testnorrland\"}", 204);
        send(port, "admin", ADMIN_PASSWORD, "PUT", "/engine-rest/tenant/TN/user-members/" + OWNER, "application/json", "", 204);
        String plan = PlanWithMunicipalities.first(MUNICIPALITIES, DemoPlan.startingOn(LocalDate.now().plusDays(7)), "TN");
        String cycle = send(port, OWNER, OWNER_PASSWORD, "POST", "/api/cycles", "application/yaml", plan, 201);
        Matcher key = Pattern.compile("\"businessKey\"\\s*:\\s*\"([^\"]+)\"").matcher(cycle);
        assertThat(key.find()).as("the cycle's key in " + cycle).isTrue();
        String instances = send(port, "admin", ADMIN_PASSWORD, "GET", "/engine-rest/process-instance?processDefinitionKey="
                + AgendaProcess.KEY + "&businessKey=" + key.group(1), null, null, 200);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(instances);
        assertThat(id.find()).isTrue();
        send(port, "admin", ADMIN_PASSWORD, "POST", "/engine-rest/process-instance/" + id.group(1) + "/modification", "application/json",
                "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"" + AgendaProcess.Elements.TIMER_DRAFT_PM_START + "\"},"
                        + "{\"type\":\"startBeforeActivity\",\"activityId\":\"" + AgendaProcess.Elements.TASK_OPEN_INPUT_ROUND + "\"}]}", 204);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            List<String[]> links = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                Matcher link = LINK.matcher(text(message));
                if (link.find()) {
                    links.add(new String[] {message.getMessageID(), link.group(), message.getRecipients(Message.RecipientType.TO)[0].toString()});
                }
            }
            if (links.size() >= MUNICIPALITIES) {
                assertThat(links).as("one request each").hasSize(MUNICIPALITIES);
                return links;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(links.size() + " of " + MUNICIPALITIES + " requests reached the mail server within two minutes");
            }
            Thread.sleep(500);
        }
    }

    /** Each answer to one node, in turns; every fourth to both at once. The statuses answered, with how many. */
    private static Map<Integer, Integer> answerOnBothNodes(List<String[]> links, int portA, int portB) throws Exception {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                String[] link = links.get(i);
                List<Integer> ports = i % 4 == 0 ? List.of(portA, portB) : List.of(i % 2 == 0 ? portA : portB);
                for (int port : ports) {
                    sent.add(CompletableFuture.runAsync(() -> statuses.merge(AnswerBurst.receipt(port, link), 1, Integer::sum), senders));
                }
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(3, TimeUnit.MINUTES);
        } finally {
            senders.shutdownNow();
        }
        System.out.printf("[figure] answers to two nodes, %d of them to both at once: statuses %s%n", (links.size() + 3) / 4, statuses);
        return statuses;
    }

    /** Every timer not yet due made due now, the requests' deadlines only if asked; their ids. */
    private List<String> timersDueNow(boolean deadlines) throws SQLException {
        List<String> jobs = new ArrayList<>();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement("SELECT j.ID_ FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_"
                     + " WHERE j.TYPE_ = 'timer' AND j.DUEDATE_ > ? AND (? OR d.ACT_ID_ <> ?)");
             PreparedStatement update = db.prepareStatement("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE ID_ = ? AND LOCK_OWNER_ IS NULL")) {
            query.setTimestamp(1, now);
            query.setBoolean(2, deadlines);
            query.setString(3, RequestRoundProcess.Elements.TIMER_ANSWER_DEADLINE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    jobs.add(rows.getString(1));
                }
            }
            for (String job : jobs) {
                update.setTimestamp(1, now);
                update.setString(2, job);
                update.executeUpdate();
            }
        }
        return jobs;
    }

    /** The jobs the node holds, with the end of their lock, as soon as it holds any. */
    private Map<String, Timestamp> awaitJobsLockedBy(String node) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement("SELECT ID_, LOCK_EXP_TIME_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ = ?")) {
            query.setString(1, node);
            while (System.nanoTime() < deadline) {
                Map<String, Timestamp> held = new HashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        held.put(rows.getString(1), rows.getTimestamp(2));
                    }
                }
                if (!held.isEmpty()) {
                    return held;
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError(node + " locked no job within a minute");
    }

    /** How long after the kill no job is locked by the dead node any more: each done or locked anew. */
    private Duration awaitTakeover(Set<String> jobs, long killed) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ = 'node-b'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getInt(1) == 0) {
                        return Duration.ofNanos(System.nanoTime() - killed);
                    }
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the dead node's jobs " + jobs + " were not taken over within 3 minutes");
    }

    /**
     * Until every one of the jobs has run to its end, or was deleted without running because what it waited
     * for ended first (a request's deadline once its answer came).
     */
    private void awaitDone(Set<String> jobs) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection db = connect()) {
                if (PostgresKillIT.successfulRuns(db, List.copyOf(jobs)).size() + deletedUnrun(db, jobs).size() == jobs.size()) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not every timer ran within 3 minutes");
    }

    /** The jobs deleted without a run to their end. */
    private static Set<String> deletedUnrun(Connection db, Set<String> jobs) throws SQLException {
        Set<String> deleted = new HashSet<>();
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FILTER (WHERE JOB_STATE_ = 3),"
                + " COUNT(*) FILTER (WHERE JOB_STATE_ = 2) FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ?")) {
            for (String job : jobs) {
                query.setString(1, job);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getInt(1) > 0 && row.getInt(2) == 0) {
                        deleted.add(job);
                    }
                }
            }
        }
        return deleted;
    }

    /** Every message of the outbox sent, and received by the server once; duplicates only from the dead node's window. */
    private void awaitMailOnce(Connection db, int heldByDeadNode) throws Exception {
        awaitCount(db, "SELECT COUNT(*) FROM notification WHERE status <> 'SENT'", 0);
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM notification");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add("<" + rows.getString(1) + "@paverkansagenda>");
            }
        }
        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(message.getMessageID(), 1, Integer::sum);
        }
        assertThat(ids).as("every message of the outbox reached the mail server").allMatch(received::containsKey);
        List<String> twice = ids.stream().filter(id -> received.get(id) > 1).toList();
        System.out.printf("[figure] %d messages sent by two nodes, %d of them received twice (same Message-ID)%n", ids.size(), twice.size());
        assertThat(twice).as("messages received twice, only those the dead node had handed to the server and not marked")
                .hasSizeLessThanOrEqualTo(heldByDeadNode);
        assertThat(received.keySet()).as("no message the outbox does not know").allMatch(ids::contains);
    }

    private static Set<String> types(Connection db) throws SQLException {
        Set<String> types = new HashSet<>();
        try (PreparedStatement query = db.prepareStatement("SELECT DISTINCT type FROM notification");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                types.add(rows.getString(1));
            }
        }
        return types;
    }

    private static Set<String> hostsThatRanJobs(Connection db) throws SQLException {
        Set<String> hosts = new HashSet<>();
        try (PreparedStatement query = db.prepareStatement("SELECT DISTINCT HOSTNAME_ FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                hosts.add(rows.getString(1));
            }
        }
        return hosts;
    }

    private static Timestamp firstRun(Connection db, String job, String host) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT MIN(TIMESTAMP_) FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ? AND HOSTNAME_ = ?"
                + " AND JOB_STATE_ IN (1, 2)")) {
            query.setString(1, job);
            query.setString(2, host);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getTimestamp(1);
            }
        }
    }

    private void awaitCount(Connection db, String sql, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int count = count(db, sql);
        while (count != expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
            count = count(db, sql);
        }
        assertThat(count).as(sql).isEqualTo(expected);
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, TestPostgres.USER, TestPostgres.PASSWORD);
    }

    private static String send(int port, String user, String password, String method, String path, String type, String body,
                               Integer expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("X-Requested-With", "XMLHttpRequest")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = AnswerBurst.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    /** The message's text, its parts decoded. */
    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/*") || body.isMimeType("multipart/*")) {
                    text.append(text(body)).append('\n');
                }
            }
            return text.toString();
        }
        return "";
    }
}
