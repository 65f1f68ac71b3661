package se.paverkansagenda.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/**
 * The actuator: the health status for everyone and its components for those allowed, Prometheus for
 * administrators and the monitoring group only, with the application's and the engine's metrics moving
 * as a cycle runs (region MT).
 */
@IntegrationTest
class ActuatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String OPEN_INPUT = "paverkansagenda_requests_open{cycle=\"PA-MT-2020\",round=\"INPUT\"}";
    private static final String SENT = "paverkansagenda_notifications{status=\"SENT\"}";
    private static final String ACTIVITIES = "camunda_engine_events_total{event=\"activity-instance-start\"}";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anyoneSeesTheHealthStatusAndOnlyAllowedRolesItsComponents() throws Exception {
        HttpResponse<String> anonymous = ApiClient.anonymous(port).get("/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        JsonNode status = JSON.readTree(anonymous.body());
        assertThat(status.path("status").asText()).isEqualTo("UP");
        assertThat(status.has("components")).isFalse();
        assertThat(JSON.readTree(ApiClient.as("tjansteperson", port).get("/actuator/health/komponenter").body())
                .has("components")).as("officials see the status only").isFalse();

        for (String user : new String[] {"processagare", "overvakning"}) {
            JsonNode health = JSON.readTree(ApiClient.as(user, port).get("/actuator/health/komponenter").body());
            assertThat(health.path("status").asText()).as(user).isEqualTo("UP");
            JsonNode components = health.path("components");
            assertThat(components.path("db").path("status").asText()).as(user).isEqualTo("UP");
            assertThat(components.path("processEngine").path("status").asText()).isEqualTo("UP");
            assertThat(components.path("mail").path("status").asText()).isEqualTo("UP");
            assertThat(components.path("mail").path("details").path("location").asText()).startsWith("127.0.0.1:");
            // the tests drive jobs themselves, with the job executor switched off
            assertThat(components.path("jobExecutor").path("status").asText()).isEqualTo("UNKNOWN");
            assertThat(components.path("jobExecutor").path("details").path("active").asBoolean()).isFalse();
        }
        assertThat(ApiClient.as("admin", ApiClient.ADMIN_PASSWORD, port).get("/actuator/health/komponenter").body()).contains("\"components\"");
        assertThat(ApiClient.as("okand", "fel", port).get("/actuator/health/komponenter").statusCode()).isEqualTo(401);
    }

    @Test
    void theHealthStatusNeedsNoLoginAndLooksAtNoneSentWithIt() throws Exception {
        HttpResponse<String> wrong = ApiClient.as("admin", "fel", port).get("/actuator/health");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(wrong.body()).has("components")).isFalse();
        assertThat(ApiClient.as("admin", ApiClient.ADMIN_PASSWORD, port).get("/actuator/health").body()).doesNotContain("components");
    }

    @Test
    void prometheusNeedsAnAdministratorOrAMonitoringUser() {
        HttpResponse<String> anonymous = ApiClient.anonymous(port).get("/actuator/prometheus");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        assertThat(ApiClient.as("okand", "fel", port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(ApiClient.as("processagare", port).get("/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(ApiClient.as("tjansteperson", port).get("/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/actuator").statusCode()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/actuator/health/../prometheus").statusCode()).isIn(400, 401, 404);
        assertThat(ApiClient.as("overvakning", port).get("/actuator/prometheus").statusCode()).isEqualTo(200);
        assertThat(ApiClient.as("admin", ApiClient.ADMIN_PASSWORD, port).get("/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    @Test
    void theMetricsMoveWhenRequestsGoOutAndAreAnswered() {
        LifecycleDriver cycle = lifecycles.start("MT");
        cycle.at("2020-04-07T09:00").complete(Elements.TASK_DRAFT_PM, Map.of(AgendaProcess.PM_TEXT.name(), "Struktur"))
                .at("2020-04-30T09:00").complete(Elements.TASK_REVIEW_PROPOSAL, Map.of(
                        AgendaProcess.PRESIDIUM_DECISION.name(), AgendaProcess.DECISION_APPROVE))
                .at("2020-05-04T09:00");
        String before = scrape();
        assertThat(before).doesNotContain(OPEN_INPUT).contains("paverkansagenda_steps_late{cycle=\"PA-MT-2020\"} 0.0");

        cycle.registerRsrTreatment().at("2020-05-08T09:00");
        String sent = scrape();
        assertThat(value(sent, OPEN_INPUT)).isEqualTo(8);
        assertThat(value(sent, SENT)).as("the eight requests went out").isGreaterThanOrEqualTo(value(before, SENT) + 8);
        assertThat(value(sent, ACTIVITIES)).isGreaterThan(value(before, ACTIVITIES));

        RoundRequest first = rounds.requestsOf("PA-MT-2020", RoundKind.INPUT).get(0);
        answers.record(first.id(), "Inspel", "tjansteperson");
        cycle.runDueJobs();
        String answered = scrape();
        assertThat(value(answered, OPEN_INPUT)).isEqualTo(7);
        assertThat(value(answered, SENT)).as("the receipt").isEqualTo(value(sent, SENT) + 1);

        cycle.at("2020-10-30T09:00");
        assertThat(scrape()).doesNotContain(OPEN_INPUT)
                .contains("paverkansagenda_steps_late{cycle=\"PA-MT-2020\"} 1.0")
                .contains("camunda_jobs_executable ", "camunda_incidents_open ",
                        "paverkansagenda_notifications_failed_attempts ", "camunda_engine_events_total{event=\"job-successful\"}");
    }

    private String scrape() {
        HttpResponse<String> response = ApiClient.as("overvakning", port).get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        assertThat(line.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(line.group(1));
    }

    private static Date local(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant());
    }
}
