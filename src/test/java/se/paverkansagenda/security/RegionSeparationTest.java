package se.paverkansagenda.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.refgroup.GroupDraft;
import se.paverkansagenda.refgroup.ReferenceGroupService;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.round.RoundService;
import se.paverkansagenda.stage.CockpitStagesPlugin;

/**
 * Two regions in one installation: a cycle of one region (here {@code RSJ}, worked in by the demo's
 * Jämtland Härjedalen users) and one of Västernorrland ({@code VN}, with its own users) run side by side
 * in the same engine. A user of the one region finds nothing of the other's cycle: not on the
 * application's pages, in its API, Tasklist, Cockpit or the engine REST API, nor by an id of its requests
 * or documents; every such call answers as for a cycle that does not exist.
 */
@IntegrationTest
class RegionSeparationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JH_SIDE = "RSJ";
    private static final String VN = "VN";
    private static final String VN_OWNER = "vnprocessagare";
    private static final String VN_OFFICIAL = "vntjansteperson";
    private static final String MISSING = "PA-QQQ-2020";
    private static final String COCKPIT = "/camunda/api/cockpit/plugin/" + CockpitStagesPlugin.ID + "/default";

    /** The two cycles, started once for every test of the class and taken side by side to the input round. */
    private static LifecycleDriver jh;
    private static LifecycleDriver vn;
    /** A third cycle, of the first region, at step 1: its task is open in Tasklist. */
    private static LifecycleDriver jhAtStepOne;
    /** A reference group of the first region's cycle. */
    private static String jhGroup;

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    CycleService cycles;
    @Autowired
    RoundService rounds;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    ReferenceGroupService referenceGroups;

    @BeforeEach
    void twoCyclesSideBySide() {
        if (jh != null) {
            return;
        }
        ClockUtil.setCurrentTime(Lifecycles.local("2020-04-01T09:00"));
        jh = lifecycles.of(cycles.start(Lifecycles.seedPlanWithReferenceGroups(JH_SIDE), Lifecycles.PROCESS_OWNER)
                .businessKey());
        vn = lifecycles.of(cycles.start(Lifecycles.seedPlan(VN), VN_OWNER).businessKey());
        for (LifecycleDriver cycle : List.of(jh, vn)) {
            cycle.at("2020-04-07T09:00").complete(AgendaProcess.Elements.TASK_DRAFT_PM, Lifecycles.pm());
        }
        for (LifecycleDriver cycle : List.of(jh, vn)) {
            cycle.at("2020-04-30T09:00").complete(AgendaProcess.Elements.TASK_REVIEW_PROPOSAL, Lifecycles.approve());
        }
        for (LifecycleDriver cycle : List.of(jh, vn)) {
            cycle.at("2020-05-04T09:00").registerRsrTreatment();
        }
        for (LifecycleDriver cycle : List.of(jh, vn)) {
            cycle.at("2020-05-08T09:00");
        }
        ClockUtil.setCurrentTime(Lifecycles.local("2020-04-01T09:00"));
        jhAtStepOne = lifecycles.of(cycles.start(Lifecycles.seedPlan(JH_SIDE + "T"), Lifecycles.PROCESS_OWNER)
                .businessKey()).at("2020-04-07T09:00");
        jh.at("2020-05-08T09:00");
        jhGroup = referenceGroups.save(jh.cycleKey(), null, new GroupDraft("Infrastruktur", List.of("RUS-1"), "2020-11-05",
                "13:00", "Regionens hus", List.of(new GroupDraft.MemberDraft(null, "Trafikstrateg", "Regionen",
                "trafik@regionjh.example", "Transporter"))), Lifecycles.PROCESS_OWNER);
        lifecycles.work().propose(jh.cycleKey(), "2380",
                se.paverkansagenda.AgendaWork.proposal("Stambanan genom Norrland", "RUS-1"));
    }

    @AfterAll
    static void resetClock() {
        ClockUtil.reset();
    }

    /** Every page and call of the application that takes a cycle, a request or a document. */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                get("/api/cycles/{key}"),
                get("/api/cycles/{key}/documents"),
                get("/api/documents/{document}"),
                get("/api/cycles/{key}/stages"),
                get("/api/cycles/{key}/tidslinje"),
                get("/api/cycles/{key}/stages.csv"),
                get("/api/cycles/{key}/stages.pdf"),
                get("/api/cycles/{key}/rounds/INPUT"),
                get("/api/cycles/{key}/trace"),
                get("/api/cycles/{key}/proposals/{proposal}/trace"),
                get("/api/cycles/{key}/agenda"),
                get("/api/cycles/{key}/workshop"),
                get("/api/cycles/{key}/plan/versions"),
                get("/api/cycles/{key}/plan/versions/1"),
                get("/api/cykel/{key}/agenda"),
                get("/api/cykel/{key}/plan"),
                get("/api/cykel/{key}/sparbarhet"),
                get("/api/cykel/{key}/workshop"),
                get("/api/cykel/{key}/referensgrupper"),
                get("/api/cykel/{key}/uppfoljning"),
                get("/api/cykel/{key}/referensgrupper/{group}"),
                get("/api/cycles/{key}/sharing"),
                get("/api/cykel/{key}/delning"),
                post("/api/cycles/{key}/sharing", "application/json",
                        "{\"sectionKey\": \"x\", \"targetCycleKey\": \"PA-VN-2020\", \"message\": \"Dela\"}"),
                post("/api/cykel/{key}/delning", "application/x-www-form-urlencoded", "actionToken=x"),
                get("/api/omgang/{key}/inspel"),
                get("/api/omgang/{key}/inspel/{request}"),
                post("/api/requests/{request}/answer", "application/json", "{\"text\": \"Svar\"}"),
                post("/api/demo/cycles/{key}/next-date", "application/json", "{}"),
                post("/api/cycles/{key}/plan?reason=Test", "application/yaml", "region: { code: X }"),
                post("/api/cycles/{key}/agenda/versions", "application/json", "{}"),
                post("/api/omgang/{key}/inspel/{request}/paminn", "application/x-www-form-urlencoded", "actionToken=x"),
                put("/api/cycles/{key}/workshop", "{}"));
    }

    private static Arguments get(String path) {
        return Arguments.of("GET", path, null, null);
    }

    private static Arguments post(String path, String contentType, String body) {
        return Arguments.of("POST", path, contentType, body);
    }

    private static Arguments put(String path, String body) {
        return Arguments.of("PUT", path, "application/json", body);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void anotherRegionsUserGetsWhatACycleThatDoesNotExistGets(String method, String path, String contentType, String body) {
        for (String user : List.of(VN_OWNER, VN_OFFICIAL)) {
            HttpResponse<String> other = call(user, method, path, jh.cycleKey(), contentType, body);
            HttpResponse<String> missing = call(user, method, path.replace("{key}", MISSING), jh.cycleKey(), contentType,
                    body);
            assertThat(other.statusCode()).as("%s as %s: %s", path, user, other.body()).isIn(403, 404, 405)
                    .isEqualTo(missing.statusCode());
            assertRevealsNothing(other.body());
        }
        if ("GET".equals(method)) {
            HttpResponse<String> own = call(Lifecycles.PROCESS_OWNER, method, path, jh.cycleKey(), contentType, body);
            assertThat(own.statusCode()).as("%s as the cycle's own process owner: %s", path, own.body()).isEqualTo(200);
        }
    }

    /** The same for the other way round: the Jämtland Härjedalen side's users find nothing of Västernorrland's cycle. */
    @Test
    void theOtherRegionsCycleIsAsIfItDidNotExist() {
        ApiClient owner = ApiClient.as(Lifecycles.PROCESS_OWNER, port);
        assertThat(owner.get("/api/cycles/" + vn.cycleKey()).statusCode()).isEqualTo(404);
        assertThat(owner.get("/api/cycles/" + vn.cycleKey() + "/tidslinje").statusCode()).isEqualTo(404);
        String vnRequest = rounds.requestsOf(vn.cycleKey(), RoundKind.INPUT).get(0).id();
        assertThat(owner.get("/api/omgang/" + vn.cycleKey() + "/inspel/" + vnRequest).statusCode()).isEqualTo(404);
        assertThat(ApiClient.as(VN_OWNER, port).get("/api/cycles/" + vn.cycleKey()).statusCode()).isEqualTo(200);
    }

    /**
     * A process owner starts cycles of their own regions only; a plan of another region is refused, and a region
     * that is no tenant yet is not made one by the refused start.
     */
    @Test
    void aProcessOwnerStartsCyclesOfTheirOwnRegionsOnly() {
        ApiClient vnOwner = ApiClient.as(VN_OWNER, port);
        // refused before anything else, so the answer does not tell whether that region has a cycle of the year
        HttpResponse<String> otherRegion = vnOwner.post("/api/cycles", "application/yaml",
                Lifecycles.seedPlanWithReferenceGroups(JH_SIDE));
        assertThat(otherRegion.statusCode()).as(otherRegion.body()).isEqualTo(403);
        HttpResponse<String> newRegion = vnOwner.post("/api/cycles", "application/yaml", Lifecycles.seedPlan("RSX"));
        assertThat(newRegion.statusCode()).as(newRegion.body()).isEqualTo(403);
        assertThat(identityService.createTenantQuery().tenantId("RSX").count()).isZero();
        assertThat(cycles.keys()).doesNotContain("PA-RSX-2020");
    }

    @Test
    void listsLeaveTheOtherRegionsCyclesOut() throws Exception {
        WebappSession vnCockpit = WebappSession.login(port, VN_OWNER, ApiClient.DEMO_PASSWORD);
        List<String> vnSees = keys(vnCockpit.get(COCKPIT + "/cycles"));
        assertThat(vnSees).contains(vn.cycleKey()).doesNotContain(jh.cycleKey());
        WebappSession jhCockpit = WebappSession.login(port, Lifecycles.PROCESS_OWNER, ApiClient.DEMO_PASSWORD);
        assertThat(keys(jhCockpit.get(COCKPIT + "/cycles"))).contains(jh.cycleKey()).doesNotContain(vn.cycleKey());
        assertThat(vnCockpit.get(COCKPIT + "/cycles/" + jh.cycleKey() + "/stages").statusCode()).isEqualTo(404);
        assertThat(vnCockpit.get(COCKPIT + "/process-instance/" + mainInstance(jh) + "/stages").statusCode())
                .isEqualTo(404);
        assertThat(vnCockpit.get(COCKPIT + "/process-instance/" + mainInstance(vn) + "/stages").statusCode())
                .isEqualTo(200);
        // Cockpit's own views read the web apps' engine API: nothing of the other region's instances there either
        for (String path : List.of("/process-instance?businessKey=", "/history/process-instance?processInstanceBusinessKey=",
                "/job?processInstanceId=" + mainInstance(jh) + "&x=", "/incident?processInstanceId=" + mainInstance(jh) + "&x=")) {
            assertThat(JSON.readTree(vnCockpit.get(WebappSession.ENGINE_API + path + jh.cycleKey()).body()))
                    .as(path).isEmpty();
        }
        assertThat(JSON.readTree(vnCockpit.get(WebappSession.ENGINE_API + "/process-instance?businessKey="
                + vn.cycleKey()).body())).isNotEmpty();
    }

    /**
     * Tasklist and the engine REST API, as another region's user: no task, instance, job, incident, variable
     * or history of the other region's cycle, while the user's own region's are there.
     */
    @Test
    void theEngineShowsEachRegionsUsersOnlyTheirRegionsInstancesAndTasks() throws Exception {
        String jhInstance = mainInstance(jh);
        String vnInstance = mainInstance(vn);
        WebappSession vnTasklist = WebappSession.login(port, VN_OFFICIAL, ApiClient.DEMO_PASSWORD);
        String jhTask = jhAtStepOne.task(AgendaProcess.Elements.TASK_DRAFT_PM).getId();
        String tasks = vnTasklist.postJson(WebappSession.ENGINE_API + "/task?maxResults=1000", "{}").body();
        assertThat(tasks).doesNotContain(jhInstance).doesNotContain(jhTask);
        assertThat(WebappSession.login(port, Lifecycles.PROCESS_OWNER, ApiClient.DEMO_PASSWORD)
                .postJson(WebappSession.ENGINE_API + "/task?maxResults=1000", "{}").body()).contains(jhTask);
        String filters = vnTasklist.get(WebappSession.ENGINE_API + "/filter?resourceType=Task").body();
        for (JsonNode filter : JSON.readTree(filters)) {
            String listed = vnTasklist.postJson(WebappSession.ENGINE_API + "/filter/" + filter.path("id").asText()
                    + "/list?maxResults=1000", "{}").body();
            assertThat(listed).as("filter %s", filter.path("name").asText()).doesNotContain(jhInstance)
                    .doesNotContain(jhTask);
        }
        for (String user : List.of(VN_OWNER, VN_OFFICIAL)) {
            ApiClient rest = ApiClient.as(user, port);
            for (String path : List.of("/engine-rest/process-instance?maxResults=1000", "/engine-rest/task?maxResults=1000",
                    "/engine-rest/history/process-instance?maxResults=1000",
                    "/engine-rest/history/task?maxResults=1000", "/engine-rest/job?maxResults=1000",
                    "/engine-rest/incident", "/engine-rest/execution?maxResults=1000",
                    "/engine-rest/history/variable-instance?maxResults=1000",
                    "/engine-rest/variable-instance?maxResults=1000",
                    "/engine-rest/history/activity-instance?maxResults=1000")) {
                HttpResponse<String> answer = rest.get(path);
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                assertThat(answer.body()).as("%s as %s", path, user).doesNotContain(jhInstance)
                        .doesNotContain(jh.cycleKey()).doesNotContain(jhTask);
            }
            String missing = "00000000-0000-0000-0000-000000000000";
            String jhJob = managementService.createJobQuery().processInstanceId(jhInstance).list().get(0).getId();
            for (String path : List.of("/engine-rest/process-instance/{pi}", "/engine-rest/process-instance/{pi}/variables",
                    "/engine-rest/history/process-instance/{pi}", "/engine-rest/process-instance/{pi}/activity-instances",
                    "/engine-rest/task/{task}", "/engine-rest/task/{task}/variables", "/engine-rest/task/{task}/form-variables",
                    "/engine-rest/job/{job}", "/engine-rest/execution/{pi}/localVariables")) {
                HttpResponse<String> other = rest.get(path.replace("{pi}", jhInstance).replace("{task}", jhTask)
                        .replace("{job}", jhJob));
                HttpResponse<String> none = rest.get(path.replace("{pi}", missing).replace("{task}", missing)
                        .replace("{job}", missing));
                assertThat(other.statusCode()).as("%s as %s: %s", path, user, other.body()).isIn(403, 404)
                        .isEqualTo(none.statusCode());
                assertThat(other.body()).doesNotContain("tenant").doesNotContain(jh.cycleKey());
            }
        }
        String own = ApiClient.as(VN_OWNER, port).get("/engine-rest/process-instance?maxResults=1000").body();
        assertThat(own).contains(vnInstance);
        String jhOwn = ApiClient.as(Lifecycles.PROCESS_OWNER, port).get("/engine-rest/process-instance?maxResults=1000")
                .body();
        assertThat(jhOwn).contains(jhInstance).doesNotContain(vnInstance);
    }

    /** Every instance of each cycle (the main process, its requests and their reminders) is its region's tenant. */
    @Test
    void everyInstanceOfACycleBelongsToItsRegionsTenant() {
        for (LifecycleDriver cycle : List.of(jh, vn)) {
            String region = cycle.cycleKey().split("-")[1];
            List<String> tenants = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(cycle.cycleKey()).list().stream()
                    .map(instance -> String.valueOf(instance.getTenantId())).distinct().toList();
            assertThat(tenants).as(cycle.cycleKey()).containsExactly(region);
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cycle.cycleKey())
                    .list().stream().map(ProcessInstance::getProcessDefinitionKey).distinct())
                    .as(cycle.cycleKey()).contains(AgendaProcess.KEY, "requestRound", "requestReminders");
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(cycle.cycleKey()).list())
                    .allSatisfy(task -> assertThat(task.getTenantId()).isEqualTo(region));
        }
    }

    /**
     * The two cycles run at the same time in one engine without touching each other: answers, a moved
     * deadline and the mails of the one leave the other as it was.
     */
    @Test
    void twoRegionsCyclesRunSideBySideWithoutTouchingEachOther() {
        List<RoundRequest> jhRequests = rounds.requestsOf(jh.cycleKey(), RoundKind.INPUT);
        List<RoundRequest> vnRequests = rounds.requestsOf(vn.cycleKey(), RoundKind.INPUT);
        assertThat(jhRequests).hasSize(8);
        assertThat(vnRequests).hasSize(8);
        long jhMails = mails(jh.cycleKey());
        // Västernorrland's official registers an answer of a municipality both cycles ask
        RoundRequest answered = vnRequests.stream().filter(request -> request.status().name().equals("SENT"))
                .findFirst().orElseThrow();
        HttpResponse<String> registered = ApiClient.as(VN_OFFICIAL, port).postJson("/api/requests/" + answered.id()
                + "/answer", "{\"text\": \"Inspel från Västernorrland\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        vn.runDueJobs();
        assertThat(rounds.request(answered.id()).status().name()).isEqualTo("ANSWERED");
        // the other region's requests are as they were: the same municipality's still waits, no mail of theirs went out
        assertThat(rounds.requestsOf(jh.cycleKey(), RoundKind.INPUT)).isEqualTo(jhRequests);
        assertThat(mails(jh.cycleKey())).isEqualTo(jhMails);
        // an official of the first region cannot answer for the other's municipality
        HttpResponse<String> refused = ApiClient.as(Lifecycles.PROCESS_OWNER, port).postJson("/api/requests/"
                + vnRequests.get(1).id() + "/answer", "{\"text\": \"Fel region\"}");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(rounds.request(vnRequests.get(1).id())).isEqualTo(vnRequests.get(1));
    }

    private long mails(String cycleKey) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE cycle_key = :key").param("key", cycleKey)
                .query(Long.class).single();
    }

    private String mainInstance(LifecycleDriver cycle) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(cycle.cycleKey())
                .processDefinitionKey(AgendaProcess.KEY).singleResult().getId();
    }

    private static List<String> keys(HttpResponse<String> cycles) throws Exception {
        assertThat(cycles.statusCode()).as(cycles.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        JSON.readTree(cycles.body()).forEach(cycle -> keys.add(cycle.path("businessKey").asText()));
        return keys;
    }

    /** Nothing of the first region's cycle in an answer to the other region's user: no municipality, proposal or id. */
    private void assertRevealsNothing(String body) {
        assertThat(body).doesNotContain("Stambanan").doesNotContain("Östersund").doesNotContain(mainInstance(jh))
                .doesNotContain("Region Jämtland Härjedalen");
    }

    private HttpResponse<String> call(String user, String method, String path, String cycleKey, String contentType,
                                      String body) {
        String resolved = path.replace("{key}", cycleKey)
                .replace("{document}", document(jh.cycleKey()))
                .replace("{request}", rounds.requestsOf(jh.cycleKey(), RoundKind.INPUT).get(0).id())
                .replace("{proposal}", proposal(jh.cycleKey()))
                .replace("{group}", jhGroup);
        ApiClient client = ApiClient.as(user, port);
        return switch (method) {
            case "GET" -> client.get(resolved);
            case "POST" -> client.post(resolved, contentType, body);
            case "PUT" -> client.put(resolved, body);
            default -> throw new IllegalArgumentException(method);
        };
    }

    private String document(String cycleKey) {
        return jdbc.sql("SELECT id FROM document WHERE cycle_key = :key ORDER BY created_at").param("key", cycleKey)
                .query(String.class).list().get(0);
    }

    private String proposal(String cycleKey) {
        try {
            JsonNode trace = JSON.readTree(ApiClient.as(Lifecycles.PROCESS_OWNER, port)
                    .get("/api/cycles/" + cycleKey + "/trace").body());
            return trace.findValue("proposals") == null ? "none"
                    : trace.findValue("proposals").path(0).path("proposal").path("id").asText("none");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
