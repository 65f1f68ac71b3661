package se.paverkansagenda.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.notification.Notification;
import se.paverkansagenda.notification.NotificationRepository;
import se.paverkansagenda.notification.NotificationStatus;
import se.paverkansagenda.notification.NotificationType;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;

@IntegrationTest
class CycleApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    NotificationRepository outbox;

    @Test
    void processOwnerStartsACycleFromAPlanAndASecondStartWithTheSameKeyIsRefused() throws Exception {
        String plan = DefaultPlan.yaml().replace("code: JH", "code: CYA");

        HttpResponse<String> started = post("/api/cycles", plan, "processagare");
        assertThat(started.statusCode()).isEqualTo(201);
        assertThat(started.headers().firstValue("Location")).hasValue("/api/cycles/PA-CYA-2020");
        JsonNode body = JSON.readTree(started.body());
        assertThat(body.path("businessKey").asText()).isEqualTo("PA-CYA-2020");
        assertThat(body.path("startedBy").asText()).isEqualTo("processagare");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AgendaProcess.KEY)
                .processInstanceBusinessKey("PA-CYA-2020").count()).isEqualTo(1);

        HttpResponse<String> again = post("/api/cycles", plan, "processagare");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("detail").asText()).contains("PA-CYA-2020", "finns redan");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PA-CYA-2020").count())
                .isEqualTo(1);
    }

    @Test
    void anInvalidPlanIsRefusedWithEveryProblemNamedAndNothingStarted() throws Exception {
        String plan = DefaultPlan.yaml().replace("code: JH", "code: CYB")
                .replace("end: 2020-04-24", "end: 2020-04-01")
                .replace("registrator@krokom.example", "krokom-at-example");

        HttpResponse<String> refused = post("/api/cycles", plan, "processagare");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode violations = JSON.readTree(refused.body()).path("violations");
        assertThat(violations).hasSize(2);
        assertThat(violations.get(0).asText()).startsWith("steps.DRAFT_PM.end");
        assertThat(violations.get(1).asText()).startsWith("municipalities[2].email");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PA-CYB-2020").count())
                .isZero();
    }

    @Test
    void startingACycleNeedsALoginAndTheProcessOwnerRole() throws Exception {
        String plan = DefaultPlan.yaml().replace("code: JH", "code: CYC");

        assertThat(post("/api/cycles", plan, null).statusCode()).isEqualTo(401);
        assertThat(post("/api/cycles", plan, "tjansteperson").statusCode()).isEqualTo(403);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PA-CYC-2020").count())
                .isZero();
    }

    @Test
    void aPlanSentAsPlainTextAsAFormOnAnotherSiteCouldIsRefusedAndNothingStarts() throws Exception {
        String plan = DefaultPlan.yaml().replace("code: JH", "code: CYD");

        HttpResponse<String> refused = ApiClient.as("processagare", port).post("/api/cycles", "text/plain", plan);

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PA-CYD-2020").count())
                .isZero();
    }

    @Test
    void anEmptyBodyIsABadRequest() throws Exception {
        HttpResponse<String> refused = post("/api/cycles", "", "processagare");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("detail").asText()).contains("saknar plan");
    }

    @Test
    void anOversizedPlanIsRefusedAndNothingStarts() throws Exception {
        String plan = DefaultPlan.yaml().replace("code: JH", "code: CYE") + "#" + "x".repeat(PlanUpload.MAX_BYTES);

        HttpResponse<String> refused = post("/api/cycles", plan, "processagare");

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(refused.body()).path("detail").asText()).contains("för stor");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PA-CYE-2020").count())
                .isZero();
    }

    /**
     * Refused within 100 ms, whether the body declares its length or comes in chunks. The machine may be
     * busy with other work: the fastest of three tries counts, each one answered 413 without the body
     * being read to its end.
     */
    @Test
    void aFiftyMegabytePlanIsRefusedWithinATenthOfASecondWithoutBeingRead() throws Exception {
        assertThat(post("/api/cycles", "", "processagare").statusCode()).as("warm-up").isEqualTo(400);
        long fiftyMegabytes = 50L * 1024 * 1024;

        long fastestDeclared = Long.MAX_VALUE;
        long fastestChunked = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && Math.max(fastestDeclared, fastestChunked) >= 100; attempt++) {
            try (RawPost declared = RawPost.open(port, "Content-Length: " + fiftyMegabytes)) {
                declared.write(new byte[64 * 1024]);
                long started = System.nanoTime();
                String status = declared.statusLine();
                fastestDeclared = Math.min(fastestDeclared, (System.nanoTime() - started) / 1_000_000);
                assertThat(status).startsWith("HTTP/1.1 413");
            }
            try (RawPost chunked = RawPost.open(port, "Transfer-Encoding: chunked")) {
                long started = System.nanoTime();
                chunked.writeChunksInTheBackground(fiftyMegabytes);
                String status = chunked.statusLine();
                fastestChunked = Math.min(fastestChunked, (System.nanoTime() - started) / 1_000_000);
                assertThat(status).startsWith("HTTP/1.1 413");
                // socket buffers take some megabytes the server never reads; the answer comes long before the end
                assertThat(chunked.written()).as("bytes sent when the answer came").isLessThan(fiftyMegabytes / 2);
            }
        }
        assertThat(fastestDeclared).as("ms until the answer, length declared").isLessThan(100);
        assertThat(fastestChunked).as("ms until the answer, chunked").isLessThan(100);
    }

    @Test
    void aDeadlineThePlanKeepsOnASaturdayIsAcceptedWithAWarningInTheAnswerAndInTheProcessOwnersMail() throws Exception {
        String plan = DefaultPlan.yaml().replace("code: JH", "code: CYF");
        String warning = "steps.WRITE_AGENDA.end: 2020-12-19 är en lördag, ingen arbetsdag; tidsgränsen står kvar"
                + " eftersom planen anger deadlines.moveToNextBusinessDay: false";

        HttpResponse<String> started = post("/api/cycles", plan, "processagare");

        assertThat(started.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(started.body()).path("warnings")).singleElement()
                .satisfies(w -> assertThat(w.asText()).isEqualTo(warning));
        List<Notification> mails = outbox.findByCycle("PA-CYF-2020").stream()
                .filter(n -> n.type() == NotificationType.PLAN_WARNINGS).toList();
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("utvecklingsdirektor@regionjh.example");
            assertThat(mail.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(mail.subject()).isEqualTo("Planen för PA-CYF-2020 har tidsgränser på helgdagar");
            assertThat(mail.bodyText()).contains("- " + warning);
        });

        String moved = plan.replace("code: CYF", "code: CYG").replace("moveToNextBusinessDay: false", "moveToNextBusinessDay: true");
        HttpResponse<String> withoutWarning = post("/api/cycles", moved, "processagare");
        assertThat(withoutWarning.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(withoutWarning.body()).path("warnings")).isEmpty();
        assertThat(outbox.findByCycle("PA-CYG-2020")).noneMatch(n -> n.type() == NotificationType.PLAN_WARNINGS);
    }

    @Test
    void aPlanWhoseYearIsNotTheYearItStartsInIsRefused() throws Exception {
        String plan = DefaultPlan.yaml().replace("code: JH", "code: CYH").replace("year: 2020", "year: 2097");

        HttpResponse<String> refused = post("/api/cycles", plan, "processagare");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("violations")).singleElement()
                .satisfies(v -> assertThat(v.asText()).startsWith("year: 2097 är inte året då cykeln startar"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("PA-CYH-2097").count()).isZero();
    }

    @Test
    void aPlanWithAnAliasIsRefusedWithAMessageThatSaysSo() throws Exception {
        String plan = DefaultPlan.yaml().replace("code: JH", "code: CYI")
                .replace("processOwner: utvecklingsdirektor@regionjh.example", "processOwner: &po utvecklingsdirektor@regionjh.example")
                .replace("rsr: rsr-sekretariat@regionjh.example", "rsr: *po");

        HttpResponse<String> refused = post("/api/cycles", plan, "processagare");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("violations")).singleElement()
                .satisfies(v -> assertThat(v.asText()).startsWith("contacts.processOwner: ankaret &po (rad 8) är inte tillåtet"));
    }

    /** A POST of a plan written straight to the socket, to send more than is read and see when the answer comes. */
    private static final class RawPost implements AutoCloseable {

        private final Socket socket;
        private final OutputStream out;
        private final AtomicLong written = new AtomicLong();
        private Thread writer;

        private RawPost(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        static RawPost open(int port, String lengthHeader) throws IOException {
            RawPost post = new RawPost(new Socket("localhost", port));
            String credentials = Base64.getEncoder().encodeToString(("processagare:" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            post.out.write(("POST /api/cycles HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nContent-Type: application/yaml\r\n" + lengthHeader + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            post.out.flush();
            return post;
        }

        void write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
            written.addAndGet(bytes.length);
        }

        /** Sends the body in chunks of 64 kB until it is all sent or the server stops reading. */
        void writeChunksInTheBackground(long total) {
            byte[] chunk = ("#" + "x".repeat(64 * 1024 - 2) + "\n").getBytes(StandardCharsets.US_ASCII);
            byte[] header = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            writer = new Thread(() -> {
                try {
                    while (written.get() < total) {
                        out.write(header);
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        written.addAndGet(chunk.length);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closed) {
                    // the server answered and closed the connection
                }
            });
            writer.setDaemon(true);
            writer.start();
        }

        long written() {
            return written.get();
        }

        String statusLine() throws IOException {
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString().trim();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void theDefaultPlanCanBeDownloadedAsATemplate() throws Exception {
        HttpResponse<String> plan = ApiClient.as("processagare", port).get("/api/plans/default");

        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).isEqualTo(DefaultPlan.yaml());
    }

    private HttpResponse<String> post(String path, String body, String user) {
        ApiClient client = user == null ? ApiClient.anonymous(port) : ApiClient.as(user, port);
        return client.post(path, "application/yaml", body);
    }
}
