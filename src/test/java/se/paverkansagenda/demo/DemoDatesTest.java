package se.paverkansagenda.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/** In the demo a process owner moves a cycle to its next planned date instead of waiting for it. */
@IntegrationTest
class DemoDatesTest {

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theProcessOwnerFiresTheTimersOfTheCyclesNextDateAndOthersMayNot() {
        LifecycleDriver cycle = lifecycles.start("DDT");
        String path = "/api/demo/cycles/" + cycle.cycleKey() + "/next-date";
        assertThat(cycle.task(Elements.TASK_DRAFT_PM)).as("step 1 waits for 7 April").isNull();

        assertThat(ApiClient.as("tjansteperson", port).post(path, "application/json", "").statusCode()).isEqualTo(403);
        HttpResponse<String> moved = ApiClient.as("processagare", port).post(path, "application/json", "");

        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).contains("\"timers\":1", "\"date\":\"2020-04-0");
        assertThat(cycle.task(Elements.TASK_DRAFT_PM)).as("step 1 has begun").isNotNull();
        assertThat(ApiClient.as("processagare", port).post("/api/demo/cycles/PA-XX-1999/next-date",
                "application/json", "").statusCode()).isEqualTo(404);
    }
}
