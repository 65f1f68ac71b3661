package se.paverkansagenda.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static se.paverkansagenda.compilation.DocumentContent.pdfText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import se.paverkansagenda.answer.ProposalRepository;
import se.paverkansagenda.cycle.CycleService;
import se.paverkansagenda.process.AgendaProcess.Elements;
import se.paverkansagenda.process.AgendaProcess;
import se.paverkansagenda.round.RoundKind;
import se.paverkansagenda.round.RoundRequest;
import se.paverkansagenda.workshop.IssueDraft;
import se.paverkansagenda.workshop.WorkshopService;

/**
 * The whole lifecycle with real proposals and statements ends with an adopted agenda whose trace leads
 * back to every source: each section to the proposals merged into it, its rank and the statements
 * about it; each proposal to where it ended.
 */
@IntegrationTest
class TraceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DISSENTER = "Östersunds kommun – Förtroendevald, opposition";

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
    void theAdoptedAgendaLeadsBackToEveryProposalAndStatementAndEveryProposalToWhereItEnded() throws Exception {
        LifecycleDriver cycle = lifecycles.atWorkshop("TRC", 10);
        String key = cycle.cycleKey();
        workshop.save(key, 0, List.of(
                new IssueDraft("Stambanan och Mittbanan", "Järnväg genom länet", "RUS-1", List.of("2380-1", "2321-1")),
                new IssueDraft("Bredband i hela länet", "", "RUS-2", List.of("2380-2", "2305-1"))), "tjansteperson");
        cycle.complete(Elements.TASK_PRIORITISE_INPUT, Map.of());
        List<SectionDraft> sections = new ArrayList<>(agenda.draft(key).stream()
                .map(s -> new SectionDraft(s.key(), s.issueId(), s.title(), "Länet kräver: " + s.title())).toList());
        sections.add(new SectionDraft("", null, "Finansiering", "Regionen söker EU-medel."));
        agenda.save(key, 0, sections, "Till samråd", "tjansteperson");
        cycle.complete(Elements.TASK_WRITE_AGENDA, Map.of())
                .at("2020-12-19T09:00").answerAllBut(RoundKind.CONSULTATION, "Almi");
        AgendaVersion draft = agenda.latest(key).orElseThrow();
        List<RoundRequest> statements = agenda.statements(key);
        assertThat(statements).hasSize(18);
        for (int i = 0; i < statements.size(); i++) {
            agenda.link(key, statements.get(i).id(), draft.sections().get(i % 3).key(), "tjansteperson");
        }
        cycle.at("2021-02-01T09:00").complete(Elements.TASK_REGISTER_ADOPTION, Map.of(
                AgendaProcess.ADOPTION_DECISION.name(), AgendaProcess.DECISION_ADOPT,
                AgendaProcess.ADOPTION_BODY.name(), "REGIONAL_DEVELOPMENT_COMMITTEE",
                AgendaProcess.ADOPTION_PARAGRAPH.name(), "7",
                AgendaProcess.ADOPTION_DATE.name(), "2021-02-01",
                AgendaProcess.ADOPTION_CONSENSUS.name(), AgendaProcess.CONSENSUS_NO,
                AgendaProcess.ADOPTION_DISSENT_ROWS.get(0).author().name(), DISSENTER,
                AgendaProcess.ADOPTION_DISSENT_ROWS.get(0).opinion().name(), "Bredbandet <script>först</script>."));

        HttpResponse<String> response = ApiClient.as("tjansteperson", port).get("/api/cycles/" + key + "/trace");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode trace = JSON.readTree(response.body());
        assertThat(trace.path("agendaState").asText()).isEqualTo("ADOPTED");
        assertThat(trace.path("adoptedVersion").asInt()).isEqualTo(1);

        JsonNode railway = trace.path("sections").get(0);
        assertThat(railway.path("title").asText()).isEqualTo("Stambanan och Mittbanan");
        assertThat(railway.path("inAdoptedAgenda").asBoolean()).isTrue();
        assertThat(railway.path("issue").path("rank").asInt()).isEqualTo(1);
        assertThat(railway.path("proposals").findValuesAsText("municipality")).containsExactly("Åre", "Östersund");
        assertThat(railway.path("proposals").findValuesAsText("title"))
                .containsExactly("Mittbanan Östersund–Åre", "Stambanan genom Norrland");
        assertThat(railway.path("versions").get(0).path("change").asText()).isEqualTo("ADDED");
        JsonNode own = trace.path("sections").get(2);
        assertThat(own.path("origin").asText()).isEqualTo("ADDED");
        assertThat(own.path("proposals")).isEmpty();

        Set<String> statementsTraced = new HashSet<>();
        Set<String> proposalsTraced = new HashSet<>();
        trace.path("sections").forEach(section -> {
            statementsTraced.addAll(section.path("statements").findValuesAsText("id"));
            proposalsTraced.addAll(section.path("proposals").findValuesAsText("id"));
        });
        assertThat(statementsTraced).as("every statement leads to a section")
                .containsExactlyInAnyOrderElementsOf(statements.stream().map(RoundRequest::id).toList());
        assertThat(proposalsTraced).as("every prioritised proposal leads to a section")
                .containsExactlyInAnyOrder("2380-1", "2321-1", "2380-2", "2305-1");
        assertThat(trace.path("proposals")).hasSize(5).allSatisfy(p -> assertThat(p.path("outcome").asText())
                .isEqualTo(p.path("proposal").path("id").asText().equals("2309-1") ? "NOT_PRIORITISED" : "IN_ADOPTED_AGENDA"));

        JsonNode bracke = JSON.readTree(ApiClient.as("processagare", port)
                .get("/api/cycles/" + key + "/proposals/2305-1/trace").body());
        assertThat(bracke.path("proposal").path("municipality").asText()).isEqualTo("Bräcke");
        assertThat(bracke.path("mergedInto").path("title").asText()).isEqualTo("Bredband i hela länet");
        assertThat(bracke.path("mergedInto").path("rank").asInt()).isEqualTo(2);
        assertThat(bracke.path("sectionKey").asText()).isEqualTo(draft.sections().get(1).key());
        assertThat(bracke.path("outcome").asText()).isEqualTo("IN_ADOPTED_AGENDA");
        // the proposal went before RSR with the compilation, and before the adopting body with the agenda
        assertThat(bracke.path("treatments")).hasSize(2);
        JsonNode compilation = bracke.path("treatments").get(0);
        assertThat(compilation.path("step").asInt()).isEqualTo(7);
        assertThat(compilation.path("body").asText()).isEqualTo("Regionens samverkansråd (RSR)");
        assertThat(compilation.path("item").asText()).isEqualTo("Sammanställning av kommunernas inspel");
        assertThat(compilation.path("meetingDate").asText()).isEqualTo("2020-10-30");
        assertThat(List.of(bracke.path("treatments").get(1))).singleElement().satisfies(adoption -> {
            assertThat(adoption.path("step").asInt()).isEqualTo(12);
            assertThat(adoption.path("body").asText()).isEqualTo("Regionala utvecklingsnämnden (RUN)");
            assertThat(adoption.path("meetingDate").asText()).isEqualTo("2021-02-01");
            assertThat(adoption.path("paragraph").asText()).isEqualTo("7");
            assertThat(adoption.path("item").asText()).isEqualTo("Länsgemensam påverkansagenda, version 1");
            assertThat(adoption.path("consensus").asBoolean()).isFalse();
            assertThat(adoption.path("dissents").findValuesAsText("author")).containsExactly(DISSENTER);
            assertThat(adoption.path("minutes")).hasSize(2);
        });
        JsonNode notPrioritised = JSON.readTree(ApiClient.as("processagare", port)
                .get("/api/cycles/" + key + "/proposals/2309-1/trace").body());
        assertThat(notPrioritised.path("treatments")).as("a proposal the workshop left out went before RSR with the "
                + "compilation, and before no council after the workshop").hasSize(1);
        assertThat(notPrioritised.path("treatments").get(0).path("step").asInt()).isEqualTo(7);
        assertThat(trace.path("treatments").findValuesAsText("stepName")).as("every decision of the cycle")
                .containsExactly("Förslaget presenteras för RUN:s presidium", "Förslaget behandlas på RSR",
                        "Sammanställning skickas till RSR", "Fastställande");
        String minutes = trace.path("treatments").get(3).path("minutes").get(0).asText();
        HttpResponse<byte[]> pdf = ApiClient.as("tjansteperson", port).download(minutes);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(pdf.body()).replaceAll("\\s+", " ")).contains("Regionala utvecklingsnämnden (RUN)", "§ 7",
                "Länsgemensam påverkansagenda, version 1", "Nej, ställningstagandet fattades inte i konsensus", DISSENTER,
                "Bredbandet <script>först</script>.", "Bakgrundsdokument", "Sammanställning av samrådet, PDF");
        assertThat(ApiClient.as("tjansteperson", port).get("/api/cycles/" + key + "/proposals/2305-9/trace")
                .statusCode()).isEqualTo(404);

        HttpResponse<String> page = ApiClient.as("tjansteperson", port).get("/api/cykel/" + key + "/sparbarhet");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"sv\"", "Agendan är fastställd: version 1.", "Östersund: Stambanan genom Norrland",
                "Åre: Mittbanan Östersund–Åre", "rang 1 i workshopen", "Mittuniversitetet", "Med i den fastställda agendan",
                "Inte prioriterat i workshopen", "Tillagd av tjänstepersonerna", "Rådens beslut",
                "Steg 12 (Fastställande): Regionala utvecklingsnämnden (RUN) 2021-02-01, § 7", DISSENTER,
                "Bredbandet &lt;script&gt;först&lt;/script&gt;.", "Fattades inte i konsensus.");
        assertThat(page.body()).doesNotContain("<script>först");
        assertThat(ApiClient.as("presidiet", port).get("/api/cykel/" + key + "/sparbarhet").statusCode()).isEqualTo(403);
        assertThat(ApiClient.as("rsrsekreterare", port).get("/api/cycles/" + key + "/trace").statusCode()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/cycles/" + key + "/trace").statusCode()).isEqualTo(401);
    }
}
