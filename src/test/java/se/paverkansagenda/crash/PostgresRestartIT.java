package se.paverkansagenda.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped for a while and started again (a restart of its server) while answers come in and
 * jobs run, on a server of the test's own: the application comes back without a restart of its own;
 * meanwhile its pages answer 503 with Retry-After and a text saying nothing was stored, never 500; every
 * acknowledged answer is stored, and its receipt goes out once the database is back; the readiness
 * status is DOWN while the database is away and UP after.
 */
class PostgresRestartIT {

    private static final int MUNICIPALITIES = 14;
    /** Longer than the connection pool's wait for a connection (30 s), within which a request just waits. */
    private static final Duration AWAY = Duration.ofSeconds(40);

    /** A request sent and answered, in nanoseconds from the test's start, and its status (0: no answer). */
    private record Seen(long sent, long at, int status) {
    }

    private static void checkUnavailable(HttpResponse<String> response, List<String> wrong) {
        if (response != null && !(response.headers().firstValue("Retry-After").isPresent()
                && response.body().contains("inget av det du skickade har sparats"))) {
            wrong.add("503 without Retry-After or the Swedish text: " + response.headers().map() + " " + response.body());
        }
    }

    /** Each run of the same status in the order sent: the status, from when to when sent, and the longest wait for it. */
    private static String summary(List<Seen> seen) {
        List<Seen> sorted = seen.stream().sorted(java.util.Comparator.comparingLong(Seen::sent)).toList();
        StringBuilder runs = new StringBuilder();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            long longest = 0;
            while (j < sorted.size() && sorted.get(j).status() == sorted.get(i).status()) {
                longest = Math.max(longest, sorted.get(j).at() - sorted.get(j).sent());
                j++;
            }
            runs.append(String.format(" %d x%d sent %.1f-%.1f s (longest %.1f s);", sorted.get(i).status(), j - i,
                    sorted.get(i).sent() / 1e9, sorted.get(j - 1).sent() / 1e9, longest / 1e9));
            i = j;
        }
        return runs.toString();
    }

    @Test
    void pagesAnswer503WhileTheDatabaseIsAwayAndTheApplicationRecoversByItself(@TempDir Path dir) throws Exception {
        GreenMail smtp = PostgresKillIT.mailServer();
        try (OwnPostgres postgres = OwnPostgres.create()) {
            NodeProcess node = NodeProcess.crashNode(dir, MUNICIPALITIES, PostgresKillIT.settings(postgres.url(), smtp.getSmtp().getPort()));
            try {
                List<String[]> links = Files.readAllLines(dir.resolve(CrashNode.LINKS)).stream().map(l -> l.split(" ")).toList();
                ConcurrentLinkedQueue<String[]> waiting = new ConcurrentLinkedQueue<>(links.subList(1, links.size()));
                String page = links.get(0)[1];
                Set<String> acknowledged = ConcurrentHashMap.newKeySet();
                List<Seen> answers = new CopyOnWriteArrayList<>();
                List<Seen> pages = new CopyOnWriteArrayList<>();
                List<Seen> health = new CopyOnWriteArrayList<>();
                List<String> wrong = new CopyOnWriteArrayList<>();
                AtomicBoolean stop = new AtomicBoolean();
                long begin = System.nanoTime();
                ExecutorService sender = Executors.newSingleThreadExecutor();
                sender.submit(() -> {
                    while (!stop.get() && !waiting.isEmpty()) {
                        String[] link = waiting.poll();
                        long sent = System.nanoTime() - begin;
                        HttpResponse<String> response = post(node.port(), link);
                        int status = response == null ? 0 : response.statusCode();
                        answers.add(new Seen(sent, System.nanoTime() - begin, status));
                        if (status / 100 == 3 && response.headers().firstValue("Location").orElse("").endsWith("/kvitto")) {
                            acknowledged.add(link[0]);
                        } else if (status == 503 || status == 0) {
                            // nothing stored, or no answer: sent again, as the page asks
                            checkUnavailable(response, wrong);
                            waiting.add(link);
                        } else {
                            wrong.add("answer " + status + ": " + response.body().replaceAll("\\s+", " "));
                        }
                        Thread.sleep(1000);
                    }
                    return null;
                });
                // every second, without waiting for the one before: the answer page, and the readiness status
                ScheduledExecutorService polls = Executors.newSingleThreadScheduledExecutor();
                polls.scheduleAtFixedRate(() -> {
                    long sent = System.nanoTime() - begin;
                    AnswerBurst.HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + page))
                                    .timeout(Duration.ofSeconds(60)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString())
                            .whenComplete((response, failed) -> {
                                int status = response == null ? 0 : response.statusCode();
                                pages.add(new Seen(sent, System.nanoTime() - begin, status));
                                if (status == 503) {
                                    checkUnavailable(response, wrong);
                                } else if (status != 200) {
                                    wrong.add("page " + status + (response == null ? " " + failed : ": " + response.body().replaceAll("\\s+", " ")));
                                }
                            });
                    AnswerBurst.HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + "/actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding())
                            .whenComplete((response, failed) -> health.add(new Seen(sent, System.nanoTime() - begin,
                                    response == null ? 0 : response.statusCode())));
                }, 0, 1, TimeUnit.SECONDS);

                Thread.sleep(3000);
                long away = System.nanoTime() - begin;
                postgres.stop();
                Thread.sleep(AWAY.toMillis());
                postgres.start();
                long back = System.nanoTime() - begin;
                long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                while (acknowledged.size() < MUNICIPALITIES - 1 && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                Thread.sleep(3000);
                stop.set(true);
                polls.shutdown();
                sender.shutdown();
                assertThat(sender.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
                Thread.sleep(2000);

                System.out.printf("[figure] database stopped at %.1f s and started again at %.1f s (away %.1f s)%n",
                        away / 1e9, back / 1e9, (back - away) / 1e9);
                System.out.printf("[figure] answers: %s; the page: %s; readiness: %s%n", summary(answers), summary(pages), summary(health));
                assertThat(wrong).as("answers other than the receipt, the page or 503 with Retry-After and the text").isEmpty();
                assertThat(pages).as("the page answered 503 while the database was away").anyMatch(seen -> seen.status() == 503);
                assertThat(pages).as("the page answered again once the database was back")
                        .anyMatch(seen -> seen.status() == 200 && seen.sent() > back);
                assertThat(acknowledged).as("every answer acknowledged in the end").hasSize(MUNICIPALITIES - 1);
                assertThat(health).as("readiness DOWN while the database was away").anyMatch(seen -> seen.status() == 503);
                assertThat(health).as("readiness UP once the database was back").anyMatch(seen -> seen.status() == 200 && seen.sent() > back);
                try (Connection db = DriverManager.getConnection(postgres.url(), TestPostgres.USER, TestPostgres.PASSWORD)) {
                    assertThat(AnswerBurst.lost(db, acknowledged)).as("acknowledged answers not stored").isEmpty();
                    long receipts = awaitReceipts(db);
                    assertThat(receipts).as("receipts sent once the database was back").isEqualTo(MUNICIPALITIES - 1);
                }
            } finally {
                node.kill();
            }
        } finally {
            smtp.stop();
        }
    }

    private static HttpResponse<String> post(int port, String[] link) {
        try {
            return AnswerBurst.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + link[1]))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html")
                            .POST(HttpRequest.BodyPublishers.ofString(AnswerBurst.form(link[2]), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static long awaitReceipts(Connection db) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        long count = 0;
        while (System.nanoTime() < deadline) {
            try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM notification WHERE type = 'ANSWER_RECEIPT' AND status = 'SENT'");
                 ResultSet row = query.executeQuery()) {
                row.next();
                count = row.getLong(1);
            }
            if (count >= MUNICIPALITIES - 1) {
                return count;
            }
            Thread.sleep(500);
        }
        return count;
    }
}
