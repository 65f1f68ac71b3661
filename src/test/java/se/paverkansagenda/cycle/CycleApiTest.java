package se.paverkansagenda.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;

@IntegrationTest
class CycleApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

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
        String plan = DefaultPlan.yaml() + "#" + "x".repeat(CycleController.MAX_PLAN_CHARS);

        HttpResponse<String> refused = post("/api/cycles", plan, "processagare");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("detail").asText()).contains("för stor");
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
