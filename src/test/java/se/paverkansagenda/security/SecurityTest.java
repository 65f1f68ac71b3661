package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundService;

/** Logins, roles and the two weaknesses of Camunda 7.24 CE, tried over HTTP as an attacker would. */
@IntegrationTest
class SecurityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Would run code on the server if the engine evaluated it. */
    private static final String EXPRESSION = "${''.getClass().forName('java.lang.Runtime')}";
    private static final String CYCLE = "PA-SEC-2020";

    @LocalServerPort
    int port;
    @Value("${camunda.bpm.admin-user.id}")
    String adminId;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;
    @Autowired
    IdentityService identityService;
    @Autowired
    FilterService filterService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;

    @BeforeEach
    void cycleWithAnOfficialsTask() {
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(CYCLE).count() == 0) {
            assertThat(ApiClient.as("processagare", port).post("/api/cycles", "application/yaml",
                    DefaultPlan.yaml().replace("code: JH", "code: SEC")).statusCode()).isEqualTo(201);
        }
        new LifecycleDriver(engine, rounds, answers, CYCLE).at("2020-04-07T09:00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theEngineApiAndTheApplicationApiNeedALogin() {
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/cycles/" + CYCLE).statusCode()).isEqualTo(401);
        assertThat(ApiClient.as("okand", "fel", port).get("/engine-rest/task").statusCode()).isEqualTo(401);
    }

    @Test
    void eachRoleSeesTheTasksOfItsOwnGroupOnly() throws Exception {
        String query = "/engine-rest/task?processInstanceBusinessKey=" + CYCLE;
        JsonNode officials = JSON.readTree(ApiClient.as("tjansteperson", port).get(query).body());
        assertThat(officials).hasSize(1);
        assertThat(officials.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_DraftPm");
        assertThat(JSON.readTree(ApiClient.as("presidiet", port).get(query).body())).isEmpty();
        assertThat(JSON.readTree(ApiClient.as("rsrsekreterare", port).get(query).body())).isEmpty();

        String taskId = officials.get(0).path("id").asText();
        assertThat(ApiClient.as("tjansteperson", port).get("/engine-rest/task/" + taskId + "/deployed-form")
                .body()).contains("\"id\": \"DraftPm\"");
        assertThat(ApiClient.as("presidiet", port).get("/engine-rest/task/" + taskId + "/deployed-form")
                .statusCode()).isIn(403, 404);
    }

    @Test
    void everyRoleHasTheTasklistFiltersAndTheGroupFilterListsItsTasks() throws Exception {
        String groupFilter = filterService.createTaskFilterQuery().filterName("Min grupps uppgifter").singleResult()
                .getId();
        JsonNode filters = JSON.readTree(ApiClient.as("presidiet", port).get("/engine-rest/filter").body());
        assertThat(filters.findValuesAsText("name"))
                .containsExactlyInAnyOrder("Mina uppgifter", "Min grupps uppgifter", "Försenade uppgifter");

        JsonNode listed = JSON.readTree(ApiClient.as("tjansteperson", port)
                .postJson("/engine-rest/filter/" + groupFilter + "/list", "{\"processInstanceBusinessKey\": \""
                        + CYCLE + "\"}").body());
        assertThat(listed.findValuesAsText("taskDefinitionKey")).containsExactly("Task_DraftPm");
    }

    @Test
    void theAdminSetupApiIsClosed() {
        long users = identityService.createUserQuery().count();

        var attempt = ApiClient.anonymous(port).postJson("/camunda/api/admin/setup/default/user/create",
                "{\"profile\": {\"id\": \"intruder\", \"firstName\": \"I\", \"lastName\": \"I\", \"email\": "
                        + "\"i@x.example\"}, \"credentials\": {\"password\": \"intruder1234\"}}");

        assertThat(attempt.statusCode()).isEqualTo(403);
        assertThat(attempt.body()).contains("Installationssidan är stängd");
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    }

    @Test
    void expressionsInTaskQueriesAreRefusedOnTheEngineApi() throws Exception {
        ApiClient official = ApiClient.as("tjansteperson", port);
        String filter = filterService.createTaskFilterQuery().filterName("Mina uppgifter").singleResult().getId();

        assertRefused(official.get("/engine-rest/task?assigneeExpression=" + encoded(EXPRESSION)));
        assertRefused(official.postJson("/engine-rest/task",
                "{\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION + "\"}]}"));
        assertRefused(official.postJson("/engine-rest/task/count",
                "{\"orQueries\": [{\"candidateGroupsExpression\": \"" + EXPRESSION + "\"}]}"));
        assertRefused(official.postJson("/engine-rest/filter/" + filter + "/list",
                "{\"orQueries\": [{\"dueBeforeExpression\": \"" + EXPRESSION + "\"}]}"));
        assertRefused(official.postJson("/engine-rest/filter/" + filter + "/count",
                "{\"assigneeExpression\": \"" + EXPRESSION + "\"}"));

        assertThat(official.get("/engine-rest/task").statusCode()).isEqualTo(200);
        assertThat(official.postJson("/engine-rest/task", "{\"orQueries\": [{\"assignee\": \"tjansteperson\"}]}")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void expressionsInTaskQueriesAreRefusedOnTheWebappsApi() throws Exception {
        WebappSession tasklist = WebappSession.login(port, "tjansteperson", IdentitySetup.DEMO_PASSWORD);
        String tasks = "/camunda/api/engine/engine/default/task";

        assertRefused(tasklist.postJson(tasks, "{\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION + "\"}]}"));
        assertRefused(tasklist.get(tasks + "?assigneeExpression=" + encoded(EXPRESSION)));

        var allowed = tasklist.postJson(tasks, "{\"processInstanceBusinessKey\": \"" + CYCLE + "\"}");
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(JSON.readTree(allowed.body()).findValuesAsText("taskDefinitionKey")).contains("Task_DraftPm");
    }

    @Test
    void anAdministratorStillCreatesFiltersWithExpressions() {
        var created = ApiClient.as(adminId, adminPassword, port).postJson("/engine-rest/filter/create",
                "{\"resourceType\": \"Task\", \"name\": \"Mina granskningar\", \"query\": "
                        + "{\"assigneeExpression\": \"${currentUser()}\"}}");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(filterService.createTaskFilterQuery().filterName("Mina granskningar").count()).isEqualTo(1);
        assertThat(ApiClient.as("tjansteperson", port).postJson("/engine-rest/filter/create",
                "{\"resourceType\": \"Task\", \"name\": \"Egen\", \"query\": {}}").statusCode()).isEqualTo(403);
    }

    private static void assertRefused(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("Uttryck är inte tillåtna");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
