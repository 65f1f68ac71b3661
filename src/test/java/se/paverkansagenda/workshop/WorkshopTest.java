package se.paverkansagenda.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.paverkansagenda.ApiClient;
import se.paverkansagenda.IntegrationTest;
import se.paverkansagenda.LifecycleDriver;
import se.paverkansagenda.Lifecycles;
import se.paverkansagenda.PageForms;
import se.paverkansagenda.agenda.AgendaService;
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.AgendaProcess;

/**
 * The workshop of step 8 with real proposals: merged, ranked and capped on the page and over JSON,
 * a stale save refused with 409, and the task completed only once a list is saved.
 */
@IntegrationTest
class WorkshopTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;
    @Autowired
    Lifecycles lifecycles;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleService cycles;
    @Autowired
    WorkshopService workshop;
    @Autowired
    AgendaService agenda;
    @Autowired
    ProposalRepository proposals;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void officialsMergeRankAndCapOnThePageAndTheTaskCompletesOnlyWithASavedList() throws Exception {
        LifecycleDriver cycle = lifecycles.atWorkshop("WSP", 2);
        String key = cycle.cycleKey();
        String page = "/api/cykel/" + key + "/workshop";

        HttpResponse<String> empty = official().get(page);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("lang=\"sv\"", "Stambanan genom Norrland", "Mittbanan Östersund–Åre",
                "Bräcke", "Fråga nr för Bredband på landsbygden från Bräcke", "Inga frågor ännu");
        assertThatThrownBy(() -> cycle.complete(Elements.TASK_PRIORITISE_INPUT, Map.of()))
                .hasMessageContaining("Workshopen behöver prioritera minst en fråga");

        // three numbers where the plan allows two: refused next to the fields, nothing saved
        Map<String, String> tooMany = choices(Map.of("2380-1", "1", "2321-1", "1", "2380-2", "2", "2305-1", "2",
                "2309-1", "3"), 0);
        HttpResponse<String> refused = post(page, tooMany);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Genomförandeplanen tillåter högst 2 prioriterade frågor",
                "Blir fråga 3, men planen tillåter högst 2.");
        assertThat(workshop.list(key).revision()).isZero();

        // Östersund's and Åre's railway proposals become one issue, ranked first; the broadband ones second,
        // titled like their first proposal, Bräcke's
        Map<String, String> merged = choices(Map.of("2380-1", "1", "2321-1", "1", "2380-2", "5", "2305-1", "5"), 0);
        merged.put("issues[0].title", "Stambanan och Mittbanan");
        HttpResponse<String> saved = post(page, merged);
        assertThat(saved.statusCode()).isEqualTo(302);
        PrioritisedList list = workshop.list(key);
        assertThat(list.revision()).isEqualTo(1);
        assertThat(list.issues()).extracting(PrioritisedIssue::rank, PrioritisedIssue::title, PrioritisedIssue::rusArea)
                .containsExactly(tuple(1, "Stambanan och Mittbanan", "RUS-1"),
                        tuple(2, "Bredband på landsbygden", "RUS-2"));
        assertThat(list.issues().get(0).proposalIds()).containsExactly("2321-1", "2380-1");
        assertThat(list.issues().get(1).proposalIds()).containsExactly("2305-1", "2380-2");
        assertThat(official().get(page + "?klart=sparad").body()).contains("Listan är sparad.", "Sparad version 1",
                "Inspel från Bräcke, Östersund");

        // a second official saving from the revision the first one replaced
        HttpResponse<String> stale = post(page, choices(Map.of("2309-1", "1"), 0));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Någon annan sparade listan före dig (version 1 av tjansteperson)",
                "Ladda om sidan");
        assertThat(workshop.list(key).issues()).hasSize(2);

        cycle.complete(Elements.TASK_PRIORITISE_INPUT, Map.of());
        SpinJsonNode handedOn = (SpinJsonNode) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(cycles.find(key).processInstanceId())
                .variableName(AgendaProcess.PRIORITISED_ISSUES.name()).singleResult().getValue();
        JsonNode issues = JSON.readTree(handedOn.toString());
        assertThat(issues).hasSize(2);
        assertThat(issues.get(0).path("id").asText()).isEqualTo(list.issues().get(0).id());
        assertThat(issues.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(issues.get(0).path("issue").asText()).isEqualTo("Stambanan och Mittbanan");
        assertThat(issues.get(0).path("proposedBy").asText()).isEqualTo("Åre, Östersund");
        HttpResponse<String> closed = post(page, choices(Map.of("2309-1", "1"), 1));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("Workshopens lista är låst");
    }

    @Test
    void theJsonApiSavesWholeListsFromTheirRevisionAndNamesEveryProblem() throws Exception {
        LifecycleDriver cycle = lifecycles.atWorkshop("WSJ", 3);
        String path = "/api/cycles/" + cycle.cycleKey() + "/workshop";

        JsonNode read = JSON.readTree(official().get(path).body());
        assertThat(read.path("revision").asInt()).isZero();
        assertThat(read.path("cap").asInt()).isEqualTo(3);
        assertThat(read.path("proposals")).hasSize(5);

        HttpResponse<String> saved = put(path, "{\"revision\": 0, \"issues\": ["
                + "{\"title\": \"Stambanan\", \"description\": \"\", \"rusArea\": \"RUS-1\", \"proposalIds\": [\"2380-1\", \"2321-1\"]},"
                + "{\"title\": \"Yrkeshögskola\", \"rusArea\": \"RUS-4\", \"proposalIds\": [\"2309-1\"]}]}");
        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(saved.body());
        assertThat(list.path("revision").asInt()).isEqualTo(1);
        assertThat(list.path("issues").get(0).path("proposals").findValuesAsText("municipalityName"))
                .containsExactly("Åre", "Östersund");

        HttpResponse<String> stale = put(path, "{\"revision\": 0, \"issues\": [{\"title\": \"X\", \"rusArea\": \"RUS-1\", \"proposalIds\": [\"2380-1\"]}]}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).path("detail").asText()).startsWith("Någon annan sparade listan före dig");

        // two officials saving from revision 1 at the same moment: one list is saved, the other gets 409
        String fromRevisionOne = "{\"revision\": 1, \"issues\": [{\"title\": \"Stambanan\", \"rusArea\": \"RUS-1\", "
                + "\"proposalIds\": [\"2380-1\", \"2321-1\"]}]}";
        List<CompletableFuture<HttpResponse<String>>> together = List.of(
                CompletableFuture.supplyAsync(() -> put(path, fromRevisionOne)),
                CompletableFuture.supplyAsync(() -> put(path, fromRevisionOne)));
        assertThat(together.stream().map(f -> f.join().statusCode()).toList()).containsExactlyInAnyOrder(200, 409);
        assertThat(workshop.list(cycle.cycleKey()).revision()).isEqualTo(2);

        HttpResponse<String> bad = put(path, "{\"revision\": 2, \"issues\": ["
                + "{\"title\": \"\", \"rusArea\": \"RUS-9\", \"proposalIds\": [\"2380-1\"]},"
                + "{\"title\": \"Dubbel\", \"rusArea\": \"RUS-1\", \"proposalIds\": [\"2380-1\", \"9999-1\"]},"
                + "{\"title\": \"<b>Tom</b>\", \"rusArea\": \"RUS-1\", \"proposalIds\": []},"
                + "{\"title\": \"För många\", \"rusArea\": \"RUS-1\", \"proposalIds\": [\"2305-1\"]}]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        Map<String, String> violations = violations(bad.body());
        assertThat(violations).containsEntry("issues", "Genomförandeplanen tillåter högst 3 prioriterade frågor; listan har 4.")
                .containsEntry("issues[0].title", "Frågans rubrik saknas.")
                .containsKey("issues[0].rusArea")
                .containsEntry("issues[2].title", "Frågans rubrik får inte innehålla HTML-taggar; skriv vanlig text.")
                .containsEntry("issues[2].proposalIds", "Fråga 3 behöver minst ett inspel från en kommun.");
        assertThat(bad.body()).contains("Inspelet 2380-1 ingår redan i fråga 1", "Inspelet 9999-1 finns inte i cykeln.");
        assertThat(workshop.list(cycle.cycleKey()).revision()).isEqualTo(2);

        assertThat(ApiClient.as("presidiet", port).get(path).statusCode()).isEqualTo(403);
        assertThat(ApiClient.as("processagare", port).get(path).statusCode()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get(path).statusCode()).isEqualTo(401);
        assertThat(official().get("/api/cycles/PA-XX-2020/workshop").statusCode()).isEqualTo(404);
        HttpResponse<String> presidiumPage = ApiClient.as("presidiet", port).get("/api/cykel/" + cycle.cycleKey() + "/workshop");
        assertThat(presidiumPage.statusCode()).isEqualTo(403);
        assertThat(presidiumPage.body()).contains("Åtkomst nekad").doesNotContain("Stambanan");
        String page = "/api/cykel/" + cycle.cycleKey() + "/workshop";
        assertThat(official().post(page, FORM, "revision=1").statusCode()).as("no action token").isEqualTo(403);
        assertThat(official().post(page, "application/json", "{}").statusCode()).isEqualTo(415);
        Map<String, String> notANumber = choices(Map.of("2380-1", "först"), 2);
        assertThat(post(page, notANumber).body()).contains("Skriv frågans nummer som ett heltal 1–99, eller lämna tomt.");
        Map<String, String> unknownProposal = choices(Map.of(), 2);
        unknownProposal.put("proposals[0].proposalId", "9999-1");
        HttpResponse<String> unknown = post(page, unknownProposal);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Formuläret stämmer inte med cykelns inspel.");
        assertThat(workshop.list(cycle.cycleKey()).revision()).isEqualTo(2);
    }

    private Map<String, String> violations(String body) throws Exception {
        Map<String, String> violations = new LinkedHashMap<>();
        JSON.readTree(body).path("violations").forEach(v -> violations.putIfAbsent(v.path("field").asText(),
                v.path("message").asText()));
        return violations;
    }

    /** The page's form: each proposal with its issue number (the others blank), at the revision. */
    private Map<String, String> choices(Map<String, String> numbers, int revision) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("revision", String.valueOf(revision));
        List<String> ids = List.of("2309-1", "2321-1", "2305-1", "2380-1", "2380-2");
        for (int i = 0; i < ids.size(); i++) {
            form.put("proposals[" + i + "].proposalId", ids.get(i));
            form.put("proposals[" + i + "].issue", numbers.getOrDefault(ids.get(i), ""));
        }
        return form;
    }

    private HttpResponse<String> post(String page, Map<String, String> form) {
        return PageForms.post(official(), page, page, form);
    }

    private HttpResponse<String> put(String path, String json) {
        return official().put(path, json);
    }

    private ApiClient official() {
        return ApiClient.as("tjansteperson", port);
    }

}
