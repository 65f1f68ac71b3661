package se.paverkansagenda.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.security.WebappSession;

/**
 * Cockpit's list "Cykler" and its planned-against-actual view read every cycle, running or finished,
 * from the plugin's resource, for process owners and administrators only.
 */
@IntegrationTest
class CockpitCyclesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/camunda/api/cockpit/plugin/paverkansagenda/default";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    CycleService cycles;
    @Autowired
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theListShowsRunningAndFinishedCyclesAndOpensEitherOnesStages() throws Exception {
        String running = lifecycles.atInputRound("CCR").cycleKey();
        String finished = lifecycles.start("CCF").at("2020-04-07T09:00").cycleKey();
        engine.getRuntimeService().deleteProcessInstance(cycles.find(finished).processInstanceId(), "Cykeln avbröts");
        ClockUtil.reset();

        WebappSession owner = WebappSession.login(port, Lifecycles.PROCESS_OWNER, ApiClient.DEMO_PASSWORD);
        HttpResponse<String> list = owner.get(API + "/cycles");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode runningCycle = cycle(JSON.readTree(list.body()), running);
        assertThat(runningCycle.path("regionName").asText()).isNotBlank();
        assertThat(runningCycle.path("year").asInt()).isEqualTo(2020);
        assertThat(runningCycle.path("finished").asBoolean()).isFalse();
        assertThat(runningCycle.path("running").toString()).contains(Step.INPUT_ROUND.swedishName());
        assertThat(runningCycle.path("lateSteps").asInt()).as("seen from today, the open round is late").isPositive();
        JsonNode input = runningCycle.path("rounds").get(0);
        assertThat(input.path("slug").asText()).isEqualTo("inspel");
        assertThat(input.path("received").asInt()).isZero();
        assertThat(input.path("expected").asInt()).isPositive();
        assertThat(runningCycle.path("nextStep").asText()).isEqualTo(Step.COMPILE_INPUT.swedishName());
        assertThat(runningCycle.path("nextStepDate").asText()).matches("2020-\\d\\d-\\d\\d");

        JsonNode finishedCycle = cycle(JSON.readTree(list.body()), finished);
        assertThat(finishedCycle.path("finished").asBoolean()).isTrue();
        assertThat(finishedCycle.path("endedAt").asText()).isNotBlank();
        assertThat(finishedCycle.path("running")).isEmpty();
        assertThat(finishedCycle.path("nextStep").isNull()).isTrue();

        HttpResponse<String> stages = owner.get(API + "/cycles/" + finished + "/stages");
        assertThat(stages.statusCode()).isEqualTo(200);
        JsonNode progress = JSON.readTree(stages.body());
        assertThat(progress.path("finished").asBoolean()).isTrue();
        assertThat(progress.path("stages")).hasSize(12);
        assertThat(progress.path("stages").get(0).path("actualStart").asText()).startsWith("2020-04-07");
        assertThat(owner.get(API + "/cycles/PA-INGEN-2020/stages").statusCode()).isEqualTo(404);

        WebappSession official = WebappSession.login(port, "tjansteperson", ApiClient.DEMO_PASSWORD);
        assertThat(official.get(API + "/cycles").statusCode()).isEqualTo(403);
        assertThat(official.get(API + "/cycles/" + finished + "/stages").statusCode()).isEqualTo(403);
        assertThat(WebappSession.anonymous(port).get(API + "/cycles").statusCode()).isIn(401, 403);
    }

    private static JsonNode cycle(JsonNode list, String key) {
        for (JsonNode cycle : list) {
            if (cycle.path("businessKey").asText().equals(key)) {
                return cycle;
            }
        }
        throw new AssertionError("Cycle " + key + " is not in the list " + list);
    }
}
