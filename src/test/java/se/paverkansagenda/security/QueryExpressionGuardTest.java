package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.round.AnswerService;
import se.paverkansagenda.round.RoundService;

/**
 * Task queries that carry expressions are refused, in the engine REST API and in the web apps' API,
 * however the expression is nested or the path spelled; the same queries without expressions work.
 * Only administrators store filters with expressions.
 */
@IntegrationTest
class QueryExpressionGuardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Would run code on the server if the engine evaluated it. */
    private static final String EXPRESSION = "${''.getClass().forName('java.lang.Runtime')}";
    private static final String OFFICIAL = Role.OFFICIAL.demoUserId();
    private static final String OWN_FILTER = "Egen lista";

    @LocalServerPort
    int port;
    @Value("${camunda.bpm.admin-user.id}")
    String adminId;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;
    @Autowired
    ProcessEngine engine;
    @Autowired
    FilterService filterService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    RoundService rounds;
    @Autowired
    AnswerService answers;

    OfficialsTask draft;
    ApiClient official;
    String groupFilter;

    @BeforeEach
    void cycleWithTheOfficialsTask() {
        draft = OfficialsTask.of(2033, port, engine, rounds, answers);
        official = ApiClient.as(OFFICIAL, port);
        groupFilter = filterService.createTaskFilterQuery().filterName("Min grupps uppgifter").singleResult().getId();
    }

    @AfterEach
    void resetClockAndRemoveFiltersOfTheTests() {
        ClockUtil.reset();
        for (String name : List.of(OWN_FILTER, "Mina granskningar")) {
            filterService.createFilterQuery().filterName(name).list()
                    .forEach(filter -> filterService.deleteFilter(filter.getId()));
        }
        authorizationService.createAuthorizationQuery().groupIdIn(Role.OFFICIAL.groupId())
                .resourceType(Resources.FILTER).resourceId("*").list()
                .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"assigneeExpression", "candidateGroupsExpression", "dueBeforeExpression",
            "processInstanceBusinessKeyLikeExpression", "AssigneeExpression", "assignee%45xpression"})
    void expressionParametersAreRefused(String name) {
        for (String path : List.of("/engine-rest/task", "/engine-rest/task/count", "/engine-rest/engine/default/task",
                "/engine-rest/filter/" + groupFilter + "/list")) {
            assertRefused(official.get(path + "?active=true&" + name + "=" + encoded(EXPRESSION)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"orQueries\": [{\"assigneeExpression\": \"%s\"}]}",
            "{\"orQueries\": [{\"candidateGroupsExpression\": \"%s\"}]}",
            "{\"orQueries\": [{\"active\": true}, {\"dueBeforeExpression\": \"%s\"}]}",
            "{\"assigneeExpression\": \"%s\"}",
            "{\"orQueries\": [{\"assignee\\u0045xpression\": \"%s\"}]}",
            "{\"orQueries\": [{\"ownerExpression\": \"%s\"}], \"orQueries\": []}",
    })
    void expressionsInQueryBodiesAreRefusedWhereverTheyAreNested(String template) {
        String body = template.formatted(EXPRESSION);
        for (String path : List.of("/engine-rest/task", "/engine-rest/task/count", "/engine-rest/task/",
                "/engine-rest/engine/default/task", "/engine-rest/tas%6B", "/engine-rest/task;x=1",
                "/engine-rest/filter/" + groupFilter + "/list", "/engine-rest/filter/" + groupFilter + "/count",
                "/engine-rest/filter/" + groupFilter + "/singleResult")) {
            assertRefused(official.postJson(path, body));
        }
    }

    @Test
    void aQueryBodyIsReadWhateverTheMethod() throws IOException, InterruptedException {
        String attack = "{\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION + "\"}]}";
        for (String method : List.of("GET", "PUT", "DELETE")) {
            assertRefused(HTTP.send(HttpRequest.newBuilder(official.uri("/engine-rest/task"))
                    .header("Authorization", basic(OFFICIAL, IdentitySetup.DEMO_PASSWORD))
                    .header("Content-Type", "application/json").header("X-HTTP-Method-Override", "POST")
                    .method(method, HttpRequest.BodyPublishers.ofString(attack)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void theSameQueriesWithoutExpressionsWork() throws IOException {
        String byCycle = "{\"orQueries\": [{\"processInstanceBusinessKey\": \"" + draft.cycleKey() + "\"}]}";

        assertThat(taskKeys(official.postJson("/engine-rest/task", byCycle))).containsExactly("Task_DraftPm");
        assertThat(official.postJson("/engine-rest/task/count", byCycle).body()).isEqualTo("{\"count\":1}");
        assertThat(taskKeys(official.get("/engine-rest/task?processInstanceBusinessKey=" + draft.cycleKey())))
                .containsExactly("Task_DraftPm");
        assertThat(taskKeys(official.postJson("/engine-rest/filter/" + groupFilter + "/list",
                "{\"processInstanceBusinessKey\": \"" + draft.cycleKey() + "\"}"))).containsExactly("Task_DraftPm");
        assertThat(official.postJson("/engine-rest/filter/" + groupFilter + "/list", "").statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedRatherThanPassedOn() {
        HttpResponse<String> refused = official.postJson("/engine-rest/task", "{'orQueries': []}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("ingen giltig JSON");
    }

    @Test
    void expressionsAreRefusedInTheWebAppsApiAndItsOrdinaryQueriesWork() throws IOException {
        WebappSession tasklist = WebappSession.login(port, OFFICIAL, IdentitySetup.DEMO_PASSWORD);
        String api = WebappSession.ENGINE_API;
        String attack = "{\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION + "\"}]}";

        assertRefused(tasklist.postJson(api + "/task", attack));
        assertRefused(tasklist.postJson(api + "/task/count", attack));
        assertRefused(tasklist.postJson(api + "/filter/" + groupFilter + "/list?firstResult=0&maxResults=15", attack));
        assertRefused(tasklist.postJson(api + "/filter/" + groupFilter + "/count", attack));
        assertRefused(tasklist.get(api + "/task?assigneeExpression=" + encoded(EXPRESSION)));

        // as Tasklist lists a filter's tasks and counts them
        HttpResponse<String> listed = tasklist.postJson(api + "/filter/" + groupFilter
                + "/list?firstResult=0&maxResults=15", "{\"processVariables\": [], \"taskVariables\": [], "
                + "\"caseInstanceVariables\": [], \"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}], "
                + "\"active\": true, \"processInstanceBusinessKey\": \"" + draft.cycleKey() + "\"}");
        assertThat(taskKeys(listed)).containsExactly("Task_DraftPm");
        assertThat(tasklist.get(api + "/filter?resourceType=Task&itemCount=true").statusCode()).isEqualTo(200);
        assertThat(taskKeys(tasklist.postJson(api + "/task",
                "{\"processInstanceBusinessKey\": \"" + draft.cycleKey() + "\"}"))).containsExactly("Task_DraftPm");
    }

    @Test
    void administratorsStoreFiltersWithExpressionsOverBothApis() {
        ApiClient admin = ApiClient.as(adminId, adminPassword, port);
        HttpResponse<String> created = admin.postJson("/engine-rest/filter/create", filter("Mina granskningar", adminId,
                "{\"assigneeExpression\": \"${currentUser()}\"}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String id = filterService.createFilterQuery().filterName("Mina granskningar").singleResult().getId();

        WebappSession tasklist = WebappSession.login(port, adminId, adminPassword);
        HttpResponse<String> updated = tasklist.putJson(WebappSession.ENGINE_API + "/filter/" + id,
                filter("Mina granskningar", adminId, "{\"candidateGroupsExpression\": \"${currentUserGroups()}\"}"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(204);
        assertThat(admin.get("/engine-rest/filter/" + id).body()).contains("${currentUserGroups()}");
    }

    @Test
    void othersMayNotStoreFiltersWithExpressionsEvenWhereTheyMayCreateFilters() {
        // an administrator might let officials keep filters of their own
        Authorization create = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        create.setGroupId(Role.OFFICIAL.groupId());
        create.setResource(Resources.FILTER);
        create.setResourceId("*");
        create.addPermission(Permissions.CREATE);
        authorizationService.saveAuthorization(create);

        assertFilterRefused(official.postJson("/engine-rest/filter/create",
                filter(OWN_FILTER, OFFICIAL, "{\"orQueries\": [{\"assigneeExpression\": \"" + EXPRESSION + "\"}]}")));
        assertThat(filterService.createFilterQuery().filterName(OWN_FILTER).count()).isZero();

        HttpResponse<String> plain = official.postJson("/engine-rest/filter/create", filter(OWN_FILTER, OFFICIAL,
                "{\"assignee\": \"" + OFFICIAL + "\"}"));
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
        Filter own = filterService.createFilterQuery().filterName(OWN_FILTER).singleResult();

        assertFilterRefused(putAsOfficial("/engine-rest/filter/" + own.getId(),
                filter(OWN_FILTER, OFFICIAL, "{\"assigneeExpression\": \"" + EXPRESSION + "\"}")));
        WebappSession tasklist = WebappSession.login(port, OFFICIAL, IdentitySetup.DEMO_PASSWORD);
        assertFilterRefused(tasklist.putJson(WebappSession.ENGINE_API + "/filter/" + own.getId(),
                filter(OWN_FILTER, OFFICIAL, "{\"dueBeforeExpression\": \"" + EXPRESSION + "\"}")));
        assertFilterRefused(tasklist.postJson(WebappSession.ENGINE_API + "/filter/create",
                filter(OWN_FILTER, OFFICIAL, "{\"assigneeExpression\": \"" + EXPRESSION + "\"}")));
        assertThat(official.get("/engine-rest/filter/" + own.getId()).body()).doesNotContain("java.lang.Runtime");
    }

    /** A filter as Tasklist sends it, owned by whoever stores it. */
    private static String filter(String name, String owner, String query) {
        return "{\"resourceType\": \"Task\", \"name\": \"" + name + "\", \"owner\": \"" + owner + "\", \"query\": "
                + query + ", \"properties\": {\"priority\": 5}}";
    }

    private HttpResponse<String> putAsOfficial(String path, String json) {
        try {
            return HTTP.send(HttpRequest.newBuilder(official.uri(path))
                            .header("Authorization", basic(OFFICIAL, IdentitySetup.DEMO_PASSWORD))
                            .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json))
                            .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains("Uttryck är inte tillåtna i uppgiftsfrågor");
    }

    private static void assertFilterRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(403);
        assertThat(response.body()).contains("Bara administratörer får spara filter");
    }

    private static List<String> taskKeys(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).findValuesAsText("taskDefinitionKey");
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
