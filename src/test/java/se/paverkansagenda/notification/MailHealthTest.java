package se.paverkansagenda.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;

/**
 * The mail server is down or hangs: the status that load balancers read (the whole status, liveness,
 * readiness) stays UP and answers within a second; the mail component, for those allowed to see it,
 * says that mail cannot go out.
 */
@IntegrationTest
class MailHealthTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedMailServer mailServer;

    @BeforeEach
    void warmUp() {
        ApiClient.anonymous(port).get("/actuator/health");
    }

    /** The silent server's port can take a moment to be free again after its connections close. */
    @AfterEach
    void restore() throws InterruptedException {
        for (int attempt = 1; !mailServer.greenMail().isRunning(); attempt++) {
            try {
                mailServer.greenMail().start();
            } catch (IllegalStateException portNotFreeYet) {
                mailServer.greenMail().stop();
                if (attempt == 10) {
                    throw portNotFreeYet;
                }
                Thread.sleep(500);
            }
        }
    }

    @Test
    void aStoppedMailServerDegradesTheMailComponentAndNotTheStatus() throws Exception {
        mailServer.greenMail().stop();

        assertTrafficStatusUpWithinASecond();
        JsonNode mail = mailComponent();
        assertThat(mail.path("status").asText()).isEqualTo(MailHealth.DEGRADED_CODE);
        assertThat(mail.path("details").path("error").asText()).contains("onnect");

        mailServer.greenMail().start();
        assertThat(mailComponent().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void aMailServerThatNeverAnswersLeavesTheStatusUpAndAnsweringWithinASecond() throws Exception {
        mailServer.greenMail().stop();
        try (SilentSmtpServer silent = new SilentSmtpServer(mailServer.port())) {
            for (int i = 0; i < 3; i++) {
                assertTrafficStatusUpWithinASecond();
                Instant begin = Instant.now();
                JsonNode mail = mailComponent();
                assertThat(Duration.between(begin, Instant.now())).isLessThan(Duration.ofSeconds(1));
                assertThat(mail.path("status").asText()).isEqualTo(MailHealth.DEGRADED_CODE);
                assertThat(mail.path("details").path("error").asText()).containsAnyOf("svarat", "SocketTimeoutException");
            }
            assertThat(silent.connections()).as("one check at a time (a new one after the read timeout), not one per request").isLessThanOrEqualTo(2);
        }
    }

    private void assertTrafficStatusUpWithinASecond() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            Instant begin = Instant.now();
            HttpResponse<String> response = ApiClient.anonymous(port).get(path);
            Duration took = Duration.between(begin, Instant.now());
            System.out.println("[figure] " + path + " answered in " + took.toMillis() + " ms");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            JsonNode health = JSON.readTree(response.body());
            assertThat(health.path("status").asText()).as(path).isEqualTo("UP");
            assertThat(health.has("components")).as(path).isFalse();
            assertThat(took).as(path).isLessThan(Duration.ofSeconds(1));
        }
    }

    private JsonNode mailComponent() throws Exception {
        HttpResponse<String> response = ApiClient.as("overvakning", port).get("/actuator/health/komponenter");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        return health.path("components").path("mail");
    }
}
