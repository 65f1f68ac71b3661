package se.paverkansagenda.crash;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Answers posted from the links of {@link CrashNode#LINKS} (request id, link path, recipient), as a
 * municipality's browser posts the answer page's form, and what became of them in the database.
 */
final class AnswerBurst {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private AnswerBurst() {
    }

    /**
     * Every answer of the batch at once; {@code kill} runs as soon as a third of them got their receipt.
     * @return the requests whose senders got the receipt before the kill
     */
    static Set<String> thenKill(int port, List<String[]> batch, KillAction kill) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        CountDownLatch enough = new CountDownLatch(Math.max(1, batch.size() / 3));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(batch.size());
        try {
            for (String[] link : batch) {
                senders.submit(() -> {
                    release.await();
                    if (receipt(port, link) == 303) {
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
            kill.kill();
            return beforeKill;
        } finally {
            senders.shutdownNow();
            senders.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    interface KillAction {
        void kill() throws Exception;
    }

    /**
     * Posts the answer of the link; 303 when the sender was sent on to the receipt page, the status of
     * any other answer, and 0 when none came (connection refused or cut).
     */
    static int receipt(int port, String[] link) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + link[1]))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(link[2]), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            boolean toReceipt = response.statusCode() / 100 == 3
                    && response.headers().firstValue("Location").orElse("").endsWith("/kvitto");
            return toReceipt ? 303 : response.statusCode();
        } catch (IOException | InterruptedException killed) {
            return 0;
        }
    }

    static String form(String who) {
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

    /** The acknowledged requests that are not answered with both proposals. */
    static List<String> lost(Connection db, Set<String> acknowledged) throws SQLException {
        List<String> lost = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT r.status, (SELECT COUNT(*) FROM proposal p WHERE p.request_id = r.id)"
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
}
