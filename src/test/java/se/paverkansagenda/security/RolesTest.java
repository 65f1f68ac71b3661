package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.plan.DefaultPlan;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.process.RequestRoundProcess;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RequestStatus;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;

/** The roles, their demo users, what each may see and do in the engine, and their Tasklist filters, over HTTP. */
@IntegrationTest
class RolesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = "/engine-rest";
    private static final String OFFICIAL = Role.OFFICIAL.demoUserId();
    private static final String PRESIDIUM = Role.PRESIDIUM.demoUserId();
    private static final String RSR_SECRETARY = Role.RSR_SECRETARY.demoUserId();
    private static final String OWNER = Role.PROCESS_OWNER.demoUserId();
    /** Created by the tests that need it; a failed login delays the user's next one, so never a demo user. */
    private static final String NO_ROLE = "utanroll";
    private static final String NO_ROLE_PASSWORD = "Utan-Roll-2026";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentitySetup identitySetup;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;

    OfficialsTask draft;

    @BeforeEach
    void cycleWithTheOfficialsTask() {
        draft = OfficialsTask.of(2031, port, engine, rounds, answers);
    }

    @AfterEach
    void resetClockAndUsers() {
        ClockUtil.reset();
        identityService.deleteUser(NO_ROLE);
    }

    @Test
    void everyRoleIsAGroupWithASwedishNameAndADemoUserNamedAfterTheRole() {
        assertThat(identityService.createGroupQuery().groupId(AgendaProcess.Groups.PROCESS_OWNERS).singleResult()
                .getName()).isEqualTo("Processägare");
        assertThat(identityService.createGroupQuery().groupId(AgendaProcess.Groups.OFFICIALS).singleResult()
                .getName()).isEqualTo("Tjänstepersoner");
        assertThat(identityService.createGroupQuery().groupId(AgendaProcess.Groups.PRESIDIUM).singleResult()
                .getName()).isEqualTo("RUN:s presidium");
        assertThat(identityService.createGroupQuery().groupId(AgendaProcess.Groups.RSR_SECRETARIES).singleResult()
                .getName()).isEqualTo("RSR:s sekreterare");

        User owner = identityService.createUserQuery().userId("processagare").singleResult();
        assertThat(owner.getFirstName()).isEqualTo("Processägare");
        assertThat(owner.getLastName()).isEqualTo("(demo)");
        for (Role role : Role.values()) {
            assertThat(identityService.createUserQuery().userId(role.demoUserId())
                    .memberOfGroup(role.groupId()).count()).as(role.demoUserId()).isEqualTo(1);
            assertThat(identityService.createGroupQuery().groupMember(role.demoUserId()).count()).isEqualTo(1);
            assertThat(identityService.checkPassword(role.demoUserId(), ApiClient.DEMO_PASSWORD)).isTrue();
        }
    }

    @Test
    void startingAgainAddsNothing() {
        long groups = identityService.createGroupQuery().count();
        long users = identityService.createUserQuery().count();
        long memberships = identityService.createUserQuery().memberOfGroup(AgendaProcess.Groups.OFFICIALS).count();
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long filters = filterService.createFilterQuery().count();

        identitySetup.run(null);

        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(identityService.createUserQuery().memberOfGroup(AgendaProcess.Groups.OFFICIALS).count())
                .isEqualTo(memberships);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    }

    @Test
    void withoutAValidLoginTheEngineApiAndTheApplicationApiAnswer401() {
        ApiClient anonymous = ApiClient.anonymous(port);
        for (String path : List.of(ENGINE + "/task", ENGINE + "/process-definition", ENGINE + "/filter",
                ENGINE + "/user", "/api/cycles/" + draft.cycleKey(), "/api/plans/default")) {
            assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.post("/api/cycles", "application/yaml", DefaultPlan.yaml()).statusCode()).isEqualTo(401);
        createUserWithoutRole();
        assertThat(ApiClient.as(NO_ROLE, "fel", port).get(ENGINE + "/task").statusCode()).isEqualTo(401);
        assertThat(ApiClient.as("okand", ApiClient.DEMO_PASSWORD, port).get("/api/plans/default").statusCode()).isEqualTo(401);
    }

    @Test
    void officialsSeeTheirTaskAndEverythingTasklistLoadsToShowItsForm() throws IOException {
        assertThat(taskKeys(ApiClient.as(OFFICIAL, port).get(tasksOfTheCycle()))).containsExactly("Task_DraftPm");

        // the calls Tasklist makes to open a task with a Camunda Form, in the same session it uses
        WebappSession tasklist = WebappSession.login(port, OFFICIAL, IdentitySetup.DEMO_PASSWORD);
        String task = WebappSession.ENGINE_API + "/task/" + draft.taskId();
        for (String path : List.of(task, task + "/form", task + "/form-variables",
                WebappSession.ENGINE_API + "/process-definition/" + draft.processDefinitionId(),
                WebappSession.ENGINE_API + "/process-definition/" + draft.processDefinitionId() + "/xml")) {
            assertThat(tasklist.get(path).statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<String> form = tasklist.get(task + "/deployed-form");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(form.body()).path("id").asText()).isEqualTo("DraftPm");
        assertThat(ApiClient.as(OFFICIAL, port).get(ENGINE + "/task/" + draft.taskId() + "/deployed-form")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void thePresidiumAndTheRsrSecretaryDoNotSeeTheOfficialsTaskNorItsForm() throws IOException {
        for (String user : List.of(PRESIDIUM, RSR_SECRETARY)) {
            ApiClient client = ApiClient.as(user, port);
            assertThat(taskKeys(client.get(tasksOfTheCycle()))).as(user).isEmpty();
            assertThat(client.get(ENGINE + "/task/" + draft.taskId() + "/deployed-form").statusCode()).as(user)
                    .isEqualTo(403);
            assertThat(client.get(ENGINE + "/task/" + draft.taskId() + "/form-variables").statusCode()).as(user)
                    .isEqualTo(403);
            assertThat(definitionKeys(client)).as(user).containsExactly(AgendaProcess.KEY);
            assertThat(instancesOfTheCycle(client)).as(user).isZero();
        }
        assertThat(definitionKeys(ApiClient.as(OFFICIAL, port)))
                .containsExactlyInAnyOrder(AgendaProcess.KEY, RequestRoundProcess.KEY);
    }

    @Test
    void theProcessOwnerStartsAndFollowsCyclesButLeavesTheTasksToTheirRoles() throws IOException {
        ApiClient owner = ApiClient.as(OWNER, port);
        assertThat(instancesOfTheCycle(owner)).isEqualTo(1);
        assertThat(taskKeys(owner.get(tasksOfTheCycle()))).containsExactly("Task_DraftPm");
        assertThat(owner.postJson(ENGINE + "/task/" + draft.taskId() + "/claim", "{\"userId\": \"" + OWNER + "\"}")
                .statusCode()).isEqualTo(403);
        assertThat(WebappSession.tryLogin(port, "cockpit", OWNER, ApiClient.DEMO_PASSWORD).statusCode()).isEqualTo(200);

        ApiClient official = ApiClient.as(OFFICIAL, port);
        assertThat(instancesOfTheCycle(official)).isZero();
        assertThat(WebappSession.tryLogin(port, "cockpit", OFFICIAL, ApiClient.DEMO_PASSWORD).statusCode()).isEqualTo(403);
        assertThat(official.post("/api/cycles", "application/yaml", DefaultPlan.yaml()).statusCode()).isEqualTo(403);
        assertThat(official.postJson(ENGINE + "/process-definition/key/" + AgendaProcess.KEY + "/start", "{}")
                .statusCode()).isEqualTo(403);
        for (Role role : Role.values()) {
            assertThat(WebappSession.tryLogin(port, "tasklist", role.demoUserId(), ApiClient.DEMO_PASSWORD).statusCode())
                    .as(role.demoUserId()).isEqualTo(200);
        }
    }

    @Test
    void aUserWithoutARoleSeesNothingAndMayDoNothing() throws IOException {
        createUserWithoutRole();
        ApiClient nobody = ApiClient.as(NO_ROLE, NO_ROLE_PASSWORD, port);

        assertThat(taskKeys(nobody.get(ENGINE + "/task"))).isEmpty();
        assertThat(JSON.readTree(nobody.get(ENGINE + "/filter").body())).isEmpty();
        assertThat(definitionKeys(nobody)).isEmpty();
        // a user of no region: the task of a region's cycle is not there for them
        assertThat(nobody.get(ENGINE + "/task/" + draft.taskId() + "/deployed-form").statusCode()).isEqualTo(404);
        assertThat(nobody.post("/api/cycles", "application/yaml", DefaultPlan.yaml()).statusCode()).isEqualTo(403);
        assertThat(nobody.get("/api/cycles/" + draft.cycleKey()).statusCode()).isEqualTo(403);
        assertThat(WebappSession.tryLogin(port, "tasklist", NO_ROLE, NO_ROLE_PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    void everyRoleHasTheThreeFiltersAndEachListsWhatItsNameSays() throws IOException {
        for (Role role : Role.values()) {
            JsonNode filters = JSON.readTree(ApiClient.as(role.demoUserId(), port).get(ENGINE + "/filter").body());
            List<String> names = new ArrayList<>();
            filters.forEach(filter -> names.add(filter.get("name").asText()));
            assertThat(names).as(role.demoUserId())
                    .containsExactlyInAnyOrder("Mina uppgifter", "Min grupps uppgifter", "Försenade uppgifter");
        }
        assertThat(filterService.createTaskFilterQuery().filterName("Min grupps uppgifter").singleResult()
                .getProperties().get("priority")).isEqualTo(-10);

        ApiClient official = ApiClient.as(OFFICIAL, port);
        assertThat(filterResults("Min grupps uppgifter", official)).containsExactly("Task_DraftPm");
        assertThat(filterResults("Min grupps uppgifter", ApiClient.as(PRESIDIUM, port))).isEmpty();
        assertThat(filterResults("Mina uppgifter", official)).isEmpty();
        assertThat(filterResults("Försenade uppgifter", official)).isEmpty();

        // the PM draft is due by the end of 2020-04-24
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse("2020-04-25T10:00")
                .atZone(ZoneId.of("Europe/Stockholm")).toInstant()));
        assertThat(filterResults("Försenade uppgifter", official)).containsExactly("Task_DraftPm");

        assertThat(official.postJson(ENGINE + "/task/" + draft.taskId() + "/claim",
                "{\"userId\": \"" + OFFICIAL + "\"}").statusCode()).isEqualTo(204);
        try {
            assertThat(filterResults("Mina uppgifter", official)).containsExactly("Task_DraftPm");
            assertThat(filterResults("Min grupps uppgifter", official)).isEmpty();
            assertThat(filterResults("Försenade uppgifter", official)).containsExactly("Task_DraftPm");
        } finally {
            engine.getTaskService().setAssignee(draft.taskId(), null);
        }
    }

    @Test
    void everyFilterListsTheSoonestPlannedEndFirstAndShowsTheCycleOfEachTask() {
        for (String name : List.of("Min grupps uppgifter", "Mina uppgifter", "Försenade uppgifter")) {
            Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
            assertThat(filter.getProperties().get("variables")).as(name)
                    .isEqualTo(List.of(Map.of("name", "cycleLabel", "label", "Cykel")));
            List<QueryOrderingProperty> order = ((TaskQueryImpl) filter.getQuery()).getOrderingProperties();
            assertThat(order).as(name).hasSize(1);
            assertThat(order.get(0).getQueryProperty()).isEqualTo(TaskQueryProperty.DUE_DATE);
            assertThat(order.get(0).getDirection()).isEqualTo(Direction.ASCENDING);
        }
        assertThat(engine.getTaskService().getVariableLocal(draft.taskId(), AgendaProcess.CYCLE_LABEL.name()))
                .isEqualTo(draft.cycleKey() + " – Region Jämtland Härjedalen");
    }

    @Test
    void officialsAndTheProcessOwnerRegisterAnswersAsThemselvesAndOtherRolesMayNot() throws IOException {
        List<RoundRequest> requests = openInputRound(2032);
        String answer = "{\"text\": \"Inspel per telefon\"}";

        assertThat(ApiClient.as(OFFICIAL, port).postJson(answerPath(requests.get(0)), answer).statusCode())
                .isEqualTo(201);
        assertThat(ApiClient.as(OWNER, port).postJson(answerPath(requests.get(1)), answer).statusCode())
                .isEqualTo(201);
        assertThat(ApiClient.as(PRESIDIUM, port).postJson(answerPath(requests.get(2)), answer).statusCode())
                .isEqualTo(403);

        assertThat(rounds.request(requests.get(0).id()).answeredBy()).isEqualTo(OFFICIAL);
        assertThat(rounds.request(requests.get(1).id()).answeredBy()).isEqualTo(OWNER);
        assertThat(rounds.request(requests.get(2).id()).status()).isEqualTo(RequestStatus.SENT);
    }

    private void createUserWithoutRole() {
        User user = identityService.newUser(NO_ROLE);
        user.setPassword(NO_ROLE_PASSWORD);
        identityService.saveUser(user);
    }

    /** A cycle of its own moved straight to its input round, every request sent. */
    private List<RoundRequest> openInputRound(int year) {
        OfficialsTask cycle = OfficialsTask.of(year, port, engine, rounds, answers);
        String instanceId = engine.getTaskService().createTaskQuery().taskId(cycle.taskId()).singleResult()
                .getProcessInstanceId();
        engine.getRuntimeService().createProcessInstanceModification(instanceId)
                .cancelAllForActivity(AgendaProcess.Elements.TASK_DRAFT_PM)
                .startBeforeActivity(AgendaProcess.Elements.TASK_OPEN_INPUT_ROUND)
                .execute();
        new LifecycleDriver(engine, rounds, answers, cycle.cycleKey()).at("2020-05-08T09:00");
        List<RoundRequest> requests = rounds.requestsOf(cycle.cycleKey(), RoundKind.INPUT);
        assertThat(requests).hasSizeGreaterThan(2);
        return requests;
    }

    private static String answerPath(RoundRequest request) {
        return "/api/requests/" + request.id() + "/answer";
    }

    private String tasksOfTheCycle() {
        return ENGINE + "/task?processInstanceBusinessKey=" + draft.cycleKey();
    }

    private long instancesOfTheCycle(ApiClient client) throws IOException {
        return JSON.readTree(client.get(ENGINE + "/process-instance/count?businessKey=" + draft.cycleKey()).body())
                .path("count").asLong();
    }

    private static List<String> definitionKeys(ApiClient client) throws IOException {
        return JSON.readTree(client.get(ENGINE + "/process-definition?latestVersion=true").body())
                .findValuesAsText("key");
    }

    private List<String> filterResults(String filterName, ApiClient client) throws IOException {
        String id = filterService.createTaskFilterQuery().filterName(filterName).singleResult().getId();
        return taskKeys(client.postJson(ENGINE + "/filter/" + id + "/list",
                "{\"processInstanceBusinessKey\": \"" + draft.cycleKey() + "\"}"));
    }

    private static List<String> taskKeys(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).findValuesAsText("taskDefinitionKey");
    }
}
