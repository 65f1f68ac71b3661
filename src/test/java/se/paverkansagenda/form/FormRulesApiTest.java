package se.paverkansagenda.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.plan.Plan;
import se.paverkansagenda.plan.Step;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.AgendaProcess.Elements;

/**
 * The form rules over the engine REST API: a task completed with values that break a rule is refused
 * with 400 and the rule's Swedish message, and stays open with nothing saved. The configured
 * administrator completes the tasks, logged in with HTTP Basic like any client of the API.
 */
@IntegrationTest
class FormRulesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Date LATER = Date.from(Instant.parse("2100-01-01T00:00:00Z"));

    @LocalServerPort
    int port;

    @Value("${camunda.bpm.admin-user.id}")
    String adminUser;

    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    CycleService cycles;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void removeInstances() {
        started.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test", true, true, true, true));
    }

    @Test
    void thePresidiumCannotSendTheProposalBackWithoutSayingWhatToRework() throws Exception {
        String instance = startAt(Elements.TASK_REVIEW_PROPOSAL, Variables.createVariables());
        Task review = taskAt(instance, Elements.TASK_REVIEW_PROPOSAL);

        HttpResponse<String> refused = complete(review, presidiumDecision(" "));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body());
        assertThat(error.path("type").asText()).isEqualTo(FormRuleViolation.class.getSimpleName());
        assertThat(error.path("message").asText())
                .isEqualTo("Ett förslag som återsänds behöver en kommentar om vad som ska arbetas om.");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(instance, AgendaProcess.PRESIDIUM_DECISION.name()))
                .isEqualTo(AgendaProcess.DECISION_PENDING);

        HttpResponse<String> accepted = complete(review, presidiumDecision("Förtydliga RUS-kopplingen"));

        assertThat(accepted.statusCode()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isZero();
        assertThat(taskAt(instance, Elements.TASK_DRAFT_PM)).isNotNull();
    }

    @Test
    void theWorkshopCannotBeCompletedBeforeItsListIsSavedOnTheWorkshopPage() throws Exception {
        String cycleKey = cycles.start(DefaultPlan.yaml().replace("code: JH", "code: FRW"), "processagare").businessKey();
        started.add(cycles.find(cycleKey).processInstanceId());
        VariableMap variables = Variables.createVariables();
        AgendaProcess.CYCLE_KEY.putIn(variables, cycleKey);
        AgendaProcess.PRIORITISED_ISSUE_CAP.putIn(variables, 2);
        String instance = startAt(Elements.TASK_PRIORITISE_INPUT, variables);
        Task workshop = taskAt(instance, Elements.TASK_PRIORITISE_INPUT);

        HttpResponse<String> refused = submitForm(workshop, JSON.createObjectNode());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("message").asText())
                .isEqualTo("Workshopen behöver prioritera minst en fråga: spara listan på workshopsidan /api/cykel/"
                        + cycleKey + "/workshop innan uppgiften slutförs.");
        assertThat(taskService.createTaskQuery().taskId(workshop.getId()).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(instance, AgendaProcess.PRIORITISED_ISSUES.name())).isNull();
    }

    /** A cycle's instance started right at one task, with every step still to come. */
    private String startAt(String taskId, VariableMap variables) {
        for (Step step : Step.values()) {
            AgendaProcess.startOf(step).putIn(variables, LATER);
            AgendaProcess.dueOf(step).putIn(variables, LATER);
        }
        AgendaProcess.PRESIDIUM_DECISION.putIn(variables, AgendaProcess.DECISION_PENDING);
        AgendaProcess.ADOPTION_DECISION.putIn(variables, AgendaProcess.DECISION_PENDING);
        AgendaProcess.STEERING_REPORT_CYCLE.putIn(variables, Plan.SteeringReport.MONTHLY.timeCycle());
        String id = runtimeService.createProcessInstanceByKey(AgendaProcess.KEY).setVariables(variables)
                .startBeforeActivity(taskId).execute().getId();
        started.add(id);
        return id;
    }

    private Task taskAt(String instance, String taskId) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskId).singleResult();
    }

    private HttpResponse<String> complete(Task task, ObjectNode variables) {
        return post("/engine-rest/task/" + task.getId() + "/complete", variables);
    }

    /** The call Tasklist makes to complete a task with a Camunda Form. */
    private HttpResponse<String> submitForm(Task task, ObjectNode variables) {
        return post("/engine-rest/task/" + task.getId() + "/submit-form", variables);
    }

    private HttpResponse<String> post(String path, ObjectNode variables) {
        ObjectNode body = JSON.createObjectNode().set("variables", variables);
        return ApiClient.as(adminUser, adminPassword, port).postJson(path, body.toString());
    }

    /** What the review form submits when the presidium sends the proposal back. */
    private static ObjectNode presidiumDecision(String comment) {
        ObjectNode variables = JSON.createObjectNode();
        variables.putObject(AgendaProcess.PRESIDIUM_DECISION.name()).put("value", AgendaProcess.DECISION_SEND_BACK);
        variables.putObject(AgendaProcess.PRESIDIUM_COMMENT.name()).put("value", comment);
        return variables;
    }
}
